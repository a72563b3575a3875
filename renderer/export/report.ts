// What "Export…" writes: a Markdown report a teacher can print or share, or the engine's
// analysis as JSON (the parallax/analysis@1 document) for analysts' own tools.
import type { Analysis } from '../../engine/types';
import type { CaseDocument } from '../../shared/case-file';
import { buildViewModel, STATUS_LABEL } from '../analysis/view-model';

export function markdownReport(document: CaseDocument, analysis: Analysis): string {
  const names = new Map(document.sources.map((s) => [s.id, s.name]));
  const model = buildViewModel(analysis, document.sources.map((s) => s.id), names);
  const lines: string[] = [`# ${document.title || 'Untitled case'}`, ''];
  lines.push(`Sources: ${document.sources.map((s) => (s.kind ? `${s.name} (${s.kind})` : s.name)).join(', ')}.`, '');
  lines.push(`${model.pointCounts.agreed} agreed, ${model.pointCounts.contested} contested and ${model.pointCounts.unique} only in one source.`, '');
  for (const status of ['contested', 'agreed', 'unique'] as const) {
    const points = model.points.filter((p) => p.status === status);
    if (!points.length) continue;
    lines.push(`## ${status === 'unique' ? 'Only in one source' : STATUS_LABEL[status]}`, '');
    for (const point of points) {
      lines.push(`### Point ${model.points.indexOf(point) + 1}`, '');
      for (const id of point.claims) {
        const claim = model.claim.get(id);
        if (claim) lines.push(`- **${model.sourceName(claim.source)}:** ${claim.text.replace(/\s+/g, ' ')}`);
      }
      const reasons = point.reasons.filter((r) => r.kind !== 'same-content' || status === 'agreed');
      if (reasons.length) lines.push('', ...reasons.map((r) => `> ${r.detail}`));
      lines.push('');
    }
  }
  return lines.join('\n');
}

export function analysisJson(analysis: Analysis): string {
  return JSON.stringify(analysis, null, 2) + '\n';
}
