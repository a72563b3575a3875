// The Markdown report: the case, its sources, then its points, contested first.
import { framingSectionMarkdown } from './framing';
import type { Analysis, Point, PointStatus } from '../engine/types';
import { flat, plural, shorten } from './escape';
import { buildReportModel, shownReasons, isContestKind, REASON_LABEL, type ReportModel } from './model';
import { groupExtent, groupReasons, sharedWordsLine, sourceWordsLine } from './reason-groups';

const SECTIONS: { status: PointStatus; title: string; empty: string }[] = [
  { status: 'contested', title: 'Contested', empty: 'No point is contested between the sources.' },
  { status: 'agreed', title: 'Agreed', empty: 'No point is reported alike by two or more sources.' },
  { status: 'unique', title: 'Only in one source', empty: 'Every point appears in more than one source.' },
];

export function renderMarkdown(analysis: Analysis): string {
  const model = buildReportModel(analysis);
  const { counts } = model;
  const lines: string[] = [];
  lines.push(`# ${inline(analysis.case.title || 'Untitled case')}`, '');
  lines.push(
    `${plural(analysis.sources.length, 'source')}, ${plural(analysis.claims.length, 'claim')}: ` +
      `${counts.contested} contested, ${counts.agreed} agreed, ${counts.unique} only in one source.`,
    '',
  );
  lines.push('## Sources', '');
  for (const source of analysis.sources) {
    const kind = source.kind ? ` (${inline(source.kind)})` : '';
    const headline = source.headline ? `: “${inline(source.headline)}”` : '';
    lines.push(`- **${inline(source.name)}**${kind}${headline}`);
  }
  lines.push('');
  for (const section of SECTIONS) {
    const points = model.points.filter((p) => p.status === section.status);
    lines.push(`## ${section.title} (${points.length})`, '');
    if (!points.length) lines.push(`_${section.empty}_`, '');
    for (const point of points) renderPoint(lines, model, point);
  }
  lines.push(...framingSectionMarkdown(analysis, model.sourceName, inline));
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

function renderPoint(lines: string[], model: ReportModel, point: Point): void {
  const claims = model.claimsOf(point);
  lines.push(`### Point ${model.number(point)}: ${inline(shorten(claims[0]?.text ?? point.id, 80))}`, '');
  for (const claim of claims) lines.push(`> **${inline(model.sourceName(claim.source))}:** “${inline(claim.text)}”`, '');
  if (point.decidedBy === 'user') lines.push(`_Status set by the user${point.engineStatus ? ` (the engine said ${point.engineStatus})` : ''}._`, '');
  if (point.note) lines.push(`Note: ${inline(point.note)}`, '');
  const reasons = shownReasons(point);
  if (!reasons.length) return;
  lines.push(reasons.some((r) => isContestKind(r.kind)) ? 'Why it is contested:' : 'Why they agree:', '');
  const listed = new Set<string>();
  for (const group of groupReasons(reasons, model.claim, model.sourceIds)) {
    if (group.summary) {
      // Many pairs of one kind: each source's words say more than the pairs one by one (the reasons CSV keeps them all).
      lines.push(`- **${REASON_LABEL[group.kind]}:** ${groupExtent(group)}:`);
      const shared = sharedWordsLine(group);
      if (shared) lines.push(`  - ${inline(shared)}`);
      for (const { source, words } of group.summary) lines.push(`  - ${inline(sourceWordsLine(model.sourceName(source), words))}`);
      continue;
    }
    for (const reason of group.reasons) {
      if (listed.has(reason.detail)) continue;
      listed.add(reason.detail);
      lines.push(`- ${inline(reason.detail)}`);
    }
  }
  lines.push('');
}

/** One line of text, with the characters Markdown would read as markup escaped. */
function inline(text: string): string {
  return flat(text).replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);
}
