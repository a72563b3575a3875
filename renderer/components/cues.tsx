// A claim's text with the words that carry a reason ("cues") marked.
import type { Claim, Cue } from '../../engine/types';

export function ClaimWithCues({ claim, cues }: { claim: Claim; cues: Cue[] }) {
  const spans = cues
    .filter((c) => c.claim === claim.id && c.start >= claim.start && c.end <= claim.end && c.end > c.start)
    .map((c) => [c.start - claim.start, c.end - claim.start] as const)
    .sort((a, b) => a[0] - b[0]);
  const parts: (string | React.ReactElement)[] = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start < cursor) continue;
    if (start > cursor) parts.push(claim.text.slice(cursor, start));
    parts.push(
      <mark key={start} className="cue">
        {claim.text.slice(start, end)}
      </mark>,
    );
    cursor = end;
  }
  parts.push(claim.text.slice(cursor));
  return <>{parts}</>;
}
