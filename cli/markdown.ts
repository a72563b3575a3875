// The readable report: the case, its sources, then its points, contested first.
import { CONTEST_KINDS, type Analysis, type Claim, type Point, type PointStatus } from '../engine/types';

const SECTIONS: { status: PointStatus; title: string; empty: string }[] = [
  { status: 'contested', title: 'Contested', empty: 'No point is contested between the sources.' },
  { status: 'agreed', title: 'Agreed', empty: 'No point is reported alike by two or more sources.' },
  { status: 'unique', title: 'Only in one source', empty: 'Every point appears in more than one source.' },
];

export function renderMarkdown(analysis: Analysis): string {
  const claims = new Map(analysis.claims.map((c) => [c.id, c]));
  const names = new Map(analysis.sources.map((s) => [s.id, s.name]));
  const count = (status: PointStatus) => analysis.points.filter((p) => p.status === status).length;
  const lines: string[] = [];

  lines.push(`# ${inline(analysis.case.title)}`, '');
  lines.push(
    `${plural(analysis.sources.length, 'source')}, ${plural(analysis.claims.length, 'claim')}: ` +
      `${count('contested')} contested, ${count('agreed')} agreed, ${count('unique')} only in one source.`,
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
    const points = analysis.points.filter((p) => p.status === section.status);
    lines.push(`## ${section.title} (${points.length})`, '');
    if (!points.length) lines.push(`_${section.empty}_`, '');
    points.forEach((point, i) => renderPoint(lines, point, i + 1, claims, names));
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

function renderPoint(lines: string[], point: Point, n: number, claims: Map<string, Claim>, names: Map<string, string>): void {
  lines.push(`### ${n}. ${inline(shorten(claims.get(point.claims[0])?.text ?? point.id, 80))}`, '');
  for (const id of point.claims) {
    const claim = claims.get(id);
    if (!claim) continue;
    lines.push(`> **${inline(names.get(claim.source) ?? claim.source)}:** “${inline(claim.text)}”`, '');
  }
  const contested = point.reasons.some((r) => CONTEST_KINDS.includes(r.kind));
  const details = [...new Set(point.reasons.filter((r) => !contested || r.kind !== 'same-content').map((r) => r.detail))];
  if (details.length) {
    lines.push(contested ? 'Why it is contested:' : 'Why they agree:', '');
    for (const detail of details) lines.push(`- ${inline(detail)}`);
    lines.push('');
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** One line of text, with the characters Markdown would read as markup escaped. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);
}
