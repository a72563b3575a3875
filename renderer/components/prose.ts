// Splits a source's text into the blocks shown as prose (paragraphs and headings), each
// cut into plain runs and claims. Offsets are the engine's: UTF-16 indexes into the text.
import type { Claim } from '../../engine/types';

export type Run = { kind: 'text'; text: string } | { kind: 'claim'; text: string; claim: Claim };

export interface ProseBlock {
  kind: 'paragraph' | 'heading';
  start: number;
  runs: Run[];
}

const HEADING = /^#{1,6}[ \t]+/;

/** `claims` sorted by start. The headline (first line, "# ...") is left out: the column header shows it. */
export function toProse(text: string, claims: Claim[], skipHeadline: boolean): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const pattern = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  let claimIndex = 0;
  let first = true;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const heading = HEADING.exec(match[0]);
    if (heading && first && skipHeadline) {
      first = false;
      while (claimIndex < claims.length && claims[claimIndex].end <= end) claimIndex++;
      continue;
    }
    first = false;
    const runs: Run[] = [];
    let cursor = heading ? start + heading[0].length : start;
    while (claimIndex < claims.length && claims[claimIndex].start < end) {
      const claim = claims[claimIndex++];
      const from = Math.max(claim.start, cursor);
      const to = Math.min(claim.end, end);
      if (to <= from) continue;
      if (from > cursor) runs.push({ kind: 'text', text: text.slice(cursor, from) });
      runs.push({ kind: 'claim', text: text.slice(from, to), claim });
      cursor = to;
    }
    if (cursor < end) runs.push({ kind: 'text', text: text.slice(cursor, end) });
    blocks.push({ kind: heading ? 'heading' : 'paragraph', start, runs });
  }
  return blocks;
}
