// A claim's text as HTML with the words that carry a reason marked, escaped piece by piece.
import type { Claim, Cue } from '../engine/types';
import { escapeHtml } from './escape';

export function claimWithCuesHtml(claim: Claim, cues: readonly Cue[]): string {
  const spans = cues
    .filter((c) => c.claim === claim.id && c.start >= claim.start && c.end <= claim.end && c.end > c.start)
    .map((c) => [c.start - claim.start, c.end - claim.start] as const)
    .sort((x, y) => x[0] - y[0]);
  let html = '';
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start < cursor) continue;
    html += escapeHtml(claim.text.slice(cursor, start));
    html += `<mark class="cue">${escapeHtml(claim.text.slice(start, end))}</mark>`;
    cursor = end;
  }
  return html + escapeHtml(claim.text.slice(cursor));
}
