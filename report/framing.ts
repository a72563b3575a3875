// The framing summary of a report: per source its main frames and voices, and how each source
// names the actors the sources share. Shown only when the analysis carries framing data.
import type { Analysis, Framing, SpeakerRole } from '../engine/types';
import { escapeHtml, flat } from './escape';

const ROLE: Record<SpeakerRole, string> = { official: 'official', expert: 'expert', witness: 'witness', advocate: 'advocate', 'source-itself': 'its own voice', other: 'other' };
const TOP_FRAMES = 3;
const TOP_SPEAKERS = 4;
const MAX_ACTORS = 12;
const MAX_LABELS = 4;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Older analyses (and engines without the framing stage) have none: the section is left out. */
export function framingOf(analysis: Analysis): Framing | null {
  const framing = (analysis as Partial<Analysis>).framing;
  return framing && Array.isArray(framing.frames) && Array.isArray(framing.speakers) && framing.naming ? framing : null;
}

export function framingSectionHtml(analysis: Analysis, sourceName: (id: string) => string): string {
  const framing = framingOf(analysis);
  if (!framing) return '';
  const frames = new Map(framing.frames.map((f) => [f.source, f]));
  const speakers = new Map(framing.speakers.map((s) => [s.source, s]));
  const rows = analysis.sources.map((source) => {
    const profile = frames.get(source.id);
    const top = profile?.shares.slice(0, TOP_FRAMES).map((s) => `${escapeHtml(s.frame.replace(/-/g, ' '))} (${percent(s.share)})`) ?? [];
    const voices = speakers.get(source.id)?.speakers ?? [];
    const total = voices.reduce((sum, v) => sum + v.characters, 0) || 1;
    const named = voices.slice(0, TOP_SPEAKERS).map((v) => `${escapeHtml(flat(v.name))} <span class="note">(${ROLE[v.role] ?? v.role}, ${percent(v.characters / total)})</span>`);
    return `<tr><th scope="row">${escapeHtml(sourceName(source.id))}</th><td>${top.join(', ') || '<span class="note">none found</span>'}</td><td>${named.join('<br>') || '<span class="note">none</span>'}</td></tr>`;
  });
  const actors = framing.naming.actors.slice(0, MAX_ACTORS);
  const naming = actors.map((actor) => {
    const cells = analysis.sources.map((source) => {
      const labels = [...new Set(framing.naming.labels.filter((l) => l.actor === actor.key && l.source === source.id).map((l) => flat(l.text)))];
      const shown = labels.slice(0, MAX_LABELS).map((l) => `“${escapeHtml(l)}”`).join(', ');
      return `<td>${shown || '<span class="note">–</span>'}${labels.length > MAX_LABELS ? ` <span class="note">+${labels.length - MAX_LABELS}</span>` : ''}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(flat(actor.name))}</th>${cells.join('')}</tr>`;
  });
  const head = analysis.sources.map((s) => `<th scope="col">${escapeHtml(sourceName(s.id))}</th>`).join('');
  return `<section class="report-section framing" aria-labelledby="framing-heading">
<h2 id="framing-heading">How each source frames the story</h2>
<table class="framing-table"><thead><tr><th scope="col">Source</th><th scope="col">Main frames (share of its claims)</th><th scope="col">Main voices (share of its text)</th></tr></thead><tbody>${rows.join('')}</tbody></table>
${actors.length ? `<h3 class="naming-heading">How each source names the actors</h3><table class="naming-table"><thead><tr><th scope="col">Actor</th>${head}</tr></thead><tbody>${naming.join('')}</tbody></table>` : '<p class="note">No actor is named by two or more sources.</p>'}
</section>`;
}
