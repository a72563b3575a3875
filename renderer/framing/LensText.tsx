// One run of a column's prose with the lens cues that fall inside it marked. The explanation of a
// cue travels in `data-explain` to the one shared tooltip (LensTooltip); screen readers get a short
// label after the word instead, and the whole explanation when the claim is focused.
import type { ReactNode } from 'react';
import type { LensCue } from './lens-model';

const MAX_TAG = 28;

/** First cue whose start is at or after `offset` (cues sorted by start). */
function firstFrom(cues: LensCue[], offset: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `text` starts at `offset` of the source. Cues on the same words share one mark; a cue that
 * overlaps one already drawn is left out (the tooltip of the claim still lists it).
 */
export function lensText(text: string, offset: number, cues: LensCue[] | undefined): ReactNode {
  if (!cues?.length) return text;
  const end = offset + text.length;
  let i = firstFrom(cues, offset);
  if (i >= cues.length || cues[i].start >= end) return text;
  const parts: ReactNode[] = [];
  let cursor = offset;
  while (i < cues.length && cues[i].start < end) {
    const cue = cues[i];
    const group = [cue];
    while (i + 1 < cues.length && cues[i + 1].start === cue.start && cues[i + 1].end === cue.end) group.push(cues[++i]);
    i++;
    if (cue.start < cursor) continue;
    if (cue.start > cursor) parts.push(text.slice(cursor - offset, cue.start - offset));
    cursor = cue.start;
    if (cue.variant === 'speaker') {
      parts.push(<SpeakerTag key={`s${cue.start}-${parts.length}`} cue={cue} />);
      continue;
    }
    const to = Math.min(cue.end, end);
    parts.push(
      <WordMark key={`w${cue.start}`} cues={group}>
        {text.slice(cue.start - offset, to - offset)}
      </WordMark>,
    );
    cursor = to;
  }
  if (cursor < end) parts.push(text.slice(cursor - offset));
  return parts;
}

function WordMark({ cues, children }: { cues: LensCue[]; children: string }) {
  const classes = ['lens-cue', ...new Set(cues.map((c) => `lens-cue--${c.variant}`))];
  if (cues.some((c) => c.quoted)) classes.push('is-quoted');
  if (cues.some((c) => c.negated)) classes.push('is-negated');
  const badges = [...new Set(cues.map((c) => c.badge).filter(Boolean))];
  return (
    <span className={classes.join(' ')} data-explain={cues.map((c) => c.explanation).join('\n')} data-layer={cues.map((c) => c.layer).join(' ')}>
      {children}
      {badges.length > 0 && (
        <sup className="lens-badge" aria-hidden="true">
          {badges.join(' ')}
        </sup>
      )}
      <span className="sr-only"> ({cues.map((c) => c.label).join('; ')})</span>
    </span>
  );
}

function SpeakerTag({ cue }: { cue: LensCue }) {
  const name = cue.badge.length > MAX_TAG ? `${cue.badge.slice(0, MAX_TAG - 1)}…` : cue.badge;
  return (
    <span className="lens-cue lens-cue--speaker" data-explain={cue.explanation} data-layer="speakers">
      <span aria-hidden="true">
        <span className="lens-speaker-glyph">“</span>
        {name}
      </span>
      <span className="sr-only">({cue.label}) </span>
    </span>
  );
}

/** Where each run of a prose block starts in the source text (runs are contiguous after a heading's "# "). */
export function runOffsets(text: string, block: { kind: string; start: number; runs: { text: string }[] }): number[] {
  let at = block.start + (block.kind === 'heading' ? (/^#{1,6}[ \t]+/.exec(text.slice(block.start, block.start + 8))?.[0].length ?? 0) : 0);
  return block.runs.map((run) => {
    const start = at;
    at += run.text.length;
    return start;
  });
}
