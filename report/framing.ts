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

export interface FramingSummary {
  sources: { id: string; name: string; frames: { frame: string; share: number }[]; voices: { name: string; role: string; share: number }[] }[];
  actors: { name: string; labels: { shown: string[]; more: number }[] }[];
}

/** What both the HTML and the Markdown report show of the framing, in the sources' order. */
export function framingSummary(analysis: Analysis, sourceName: (id: string) => string): FramingSummary | null {
  const framing = framingOf(analysis);
  if (!framing) return null;
  const frames = new Map(framing.frames.map((f) => [f.source, f]));
  const speakers = new Map(framing.speakers.map((s) => [s.source, s]));
  const sources = analysis.sources.map((source) => {
    const voices = speakers.get(source.id)?.speakers ?? [];
    const total = voices.reduce((sum, v) => sum + v.characters, 0) || 1;
    return {
      id: source.id,
      name: sourceName(source.id),
      frames: (frames.get(source.id)?.shares ?? []).slice(0, TOP_FRAMES).map((s) => ({ frame: s.frame.replace(/-/g, ' '), share: s.share })),
      voices: voices.slice(0, TOP_SPEAKERS).map((v) => ({ name: flat(v.name), role: ROLE[v.role] ?? v.role, share: v.characters / total })),
    };
  });
  const actors = framing.naming.actors.slice(0, MAX_ACTORS).map((actor) => ({
    name: flat(actor.name),
    labels: analysis.sources.map((source) => {
      const labels = [...new Set(framing.naming.labels.filter((l) => l.actor === actor.key && l.source === source.id).map((l) => flat(l.text)))];
      return { shown: labels.slice(0, MAX_LABELS), more: Math.max(0, labels.length - MAX_LABELS) };
    }),
  }));
  return { sources, actors };
}

export function framingSectionHtml(analysis: Analysis, sourceName: (id: string) => string): string {
  const summary = framingSummary(analysis, sourceName);
  if (!summary) return '';
  const rows = summary.sources.map((source) => {
    const top = source.frames.map((f) => `${escapeHtml(f.frame)} (${percent(f.share)})`);
    const named = source.voices.map((v) => `${escapeHtml(v.name)} <span class="note">(${escapeHtml(v.role)}, ${percent(v.share)})</span>`);
    return `<tr><th scope="row">${escapeHtml(source.name)}</th><td>${top.join(', ') || '<span class="note">none found</span>'}</td><td>${named.join('<br>') || '<span class="note">none</span>'}</td></tr>`;
  });
  const naming = summary.actors.map((actor) => {
    const cells = actor.labels.map(({ shown, more }) => {
      const text = shown.map((l) => `“${escapeHtml(l)}”`).join(', ');
      return `<td>${text || '<span class="note">–</span>'}${more ? ` <span class="note">+${more}</span>` : ''}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(actor.name)}</th>${cells.join('')}</tr>`;
  });
  const head = summary.sources.map((s) => `<th scope="col">${escapeHtml(s.name)}</th>`).join('');
  return `<section class="report-section framing" aria-labelledby="framing-heading">
<h2 id="framing-heading">How each source frames the story</h2>
<table class="framing-table"><thead><tr><th scope="col">Source</th><th scope="col">Main frames (share of its claims)</th><th scope="col">Main voices (share of its text)</th></tr></thead><tbody>${rows.join('')}</tbody></table>
${summary.actors.length ? `<h3 class="naming-heading">How each source names the actors</h3><table class="naming-table"><thead><tr><th scope="col">Actor</th>${head}</tr></thead><tbody>${naming.join('')}</tbody></table>` : '<p class="note">No actor is named by two or more sources.</p>'}
</section>`;
}

/** The same summary for the Markdown report: a list per source, then the naming table. */
export function framingSectionMarkdown(analysis: Analysis, sourceName: (id: string) => string, inline: (text: string) => string): string[] {
  const summary = framingSummary(analysis, sourceName);
  if (!summary) return [];
  const cell = (text: string) => inline(text).replace(/\|/g, '\\|');
  const lines = ['## How each source frames the story', ''];
  for (const source of summary.sources) {
    const frames = source.frames.map((f) => `${f.frame} (${percent(f.share)})`).join(', ') || 'none found';
    const voices = source.voices.map((v) => `${inline(v.name)} (${v.role}, ${percent(v.share)})`).join('; ') || 'none';
    lines.push(`- **${inline(source.name)}**: main frames ${frames}; main voices ${voices}.`);
  }
  lines.push('');
  if (!summary.actors.length) return [...lines, '_No actor is named by two or more sources._', ''];
  lines.push('### How each source names the actors', '');
  lines.push(`| Actor | ${summary.sources.map((s) => cell(s.name)).join(' | ')} |`, `| --- | ${summary.sources.map(() => '---').join(' | ')} |`);
  for (const actor of summary.actors) {
    const cells = actor.labels.map(({ shown, more }) => (shown.map((l) => `“${cell(l)}”`).join(', ') || '–') + (more ? ` +${more}` : ''));
    lines.push(`| ${cell(actor.name)} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  return lines;
}
