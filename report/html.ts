// The self-contained HTML report: styles inlined, no scripts, no external requests (its own CSP
// forbids them), readable on screen and printed, one section per page. Every text is escaped.
import type { Analysis, Point } from '../engine/types';
import { claimWithCuesHtml } from './cues';
import { wordDiffHtml } from './diff';
import { escapeHtml, flat, plural } from './escape';
import { framingSectionHtml } from './framing';
import { buildReportModel, pointTitle, REASON_LABEL, reasonClass, shownReasons, STANCE_SIGN, STANCE_WORD, STATUS_WORD, type ReportModel } from './model';
import { groupExtent, groupReasons, sharedWordsLine, sourceWordsLine, type ReasonGroup } from './reason-groups';
import { REPORT_CSS } from './styles';

/** `default-src 'none'`: the file can load nothing, run nothing; only its own inline styles apply. */
export function htmlDocument(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Parallax">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export function renderHtmlReport(analysis: Analysis): string {
  const model = buildReportModel(analysis);
  const title = flat(analysis.case.title) || 'Untitled case';
  const body = [header(model, title), sourcesSection(model), matrixSection(model), pointsSection(model), framingSectionHtml(analysis, model.sourceName)].filter(Boolean).join('\n');
  return htmlDocument(`${title}: report`, body);
}

function header(model: ReportModel, title: string): string {
  const { counts } = model;
  return `<header>
<h1>${escapeHtml(title)}</h1>
<p class="lead">${plural(model.sources.length, 'source')}, ${plural(model.analysis.claims.length, 'claim')}, ${plural(model.points.length, 'point')}: ${counts.contested} contested, ${counts.agreed} agreed, ${counts.unique} only in one source.</p>
<p class="made-by">Made with Parallax. Verdicts come from linguistic cues the report names; read the reasons before relying on them.</p>
</header>`;
}

function sourcesSection(model: ReportModel): string {
  const items = model.sources.map((s) => {
    const kind = s.kind ? ` (${escapeHtml(s.kind)})` : '';
    const headline = s.headline ? `: <span class="headline">“${escapeHtml(flat(s.headline))}”</span>` : '';
    return `<li><strong>${escapeHtml(s.name)}</strong>${kind}${headline}</li>`;
  });
  return `<section class="sources" aria-labelledby="sources-heading"><h2 id="sources-heading">Sources</h2><ul class="sources-list">${items.join('')}</ul></section>`;
}

function matrixSection(model: ReportModel): string {
  const head = model.sources.map((s) => `<th scope="col">${escapeHtml(s.name)}</th>`).join('');
  const rows = model.points.map((point) => {
    const cells = model.sources.map((s) => {
      const stance = model.stance(point, s.id);
      return `<td class="stance stance--${stance}"><span aria-hidden="true">${STANCE_SIGN[stance]}</span> ${STANCE_WORD[stance]}</td>`;
    });
    return `<tr><td class="num">${model.number(point)}</td><th scope="row">${escapeHtml(pointTitle(model, point, 80))}</th><td><span class="chip chip--${point.status}">${STATUS_WORD[point.status]}</span></td>${cells.join('')}</tr>`;
  });
  return `<section class="report-section matrix" aria-labelledby="matrix-heading">
<h2 id="matrix-heading">Points by source</h2>
<table><thead><tr><th class="num" scope="col">#</th><th scope="col">Point</th><th scope="col">Status</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>
</section>`;
}

function pointsSection(model: ReportModel): string {
  const articles = model.points.map((point) => pointArticle(model, point));
  return `<section class="report-section points" aria-labelledby="points-heading"><h2 id="points-heading">Every point, with its reasons</h2>\n${articles.join('\n')}\n</section>`;
}

function pointArticle(model: ReportModel, point: Point): string {
  const claims = model.claimsOf(point);
  const cues = point.reasons.flatMap((r) => r.cues);
  const says = claims.map((c) => {
    const stance = model.stance(point, c.source);
    return `<div class="says"><p class="who">${escapeHtml(model.sourceName(c.source))} <span>${STANCE_WORD[stance]}</span></p><blockquote>${claimWithCuesHtml(c, cues)}</blockquote></div>`;
  });
  const present = new Set(claims.map((c) => c.source));
  const silent = model.sources.filter((s) => !present.has(s.id)).map((s) => escapeHtml(s.name));
  const reasons = groupReasons(shownReasons(point), model.claim, model.sourceIds).flatMap((group) => reasonItemsHtml(model, group));
  // The first claim against each other one: what the reader compares in the app's drawer.
  const corrected = point.decidedBy === 'user' ? `<p class="note">Status set by the user${point.engineStatus ? ` (the engine said ${STATUS_WORD[point.engineStatus]})` : ''}.</p>` : '';
  const note = point.note ? `<p class="note">Note: ${escapeHtml(point.note)}</p>` : '';
  const diffs = claims.slice(1).map((other) => wordDiffHtml(claims[0].text, other.text, model.sourceName(claims[0].source), model.sourceName(other.source)));
  return `<article class="point point--${point.status}" id="point-${model.number(point)}">
<h3>Point ${model.number(point)} of ${model.points.length} <span class="chip chip--${point.status}">${STATUS_WORD[point.status]}</span></h3>
${corrected}${note}
${says.join('\n')}
${silent.length ? `<p class="silent">Silent: ${silent.join(', ')}.</p>` : ''}
${reasons.length ? `<h4>Why</h4><ul class="reasons">${reasons.join('')}</ul>` : ''}
${diffs.length ? `<h4>Word by word</h4>${diffs.join('')}` : ''}
</article>`;
}

/** A kind of few reasons, one item each; a kind of many, one item summing it up, every pair behind a disclosure (on screen). */
function reasonItemsHtml(model: ReportModel, group: ReasonGroup): string[] {
  const className = reasonClass(group.kind);
  const item = (r: ReasonGroup['reasons'][number], label: boolean) => `<li class="${className}">${label ? `<strong>${REASON_LABEL[r.kind]}.</strong> ` : ''}${escapeHtml(r.detail)}</li>`;
  if (!group.summary) return group.reasons.map((r) => item(r, true));
  const shared = sharedWordsLine(group);
  const sources = (shared ? `<li class="reason-shared">${escapeHtml(shared)}</li>` : '') + group.summary.map((s) => `<li>${escapeHtml(sourceWordsLine(model.sourceName(s.source), s.words))}</li>`).join('');
  const pairs = group.reasons.map((r) => item(r, false)).join('');
  return [
    `<li class="${className} reason-group"><strong>${REASON_LABEL[group.kind]}.</strong> ${escapeHtml(groupExtent(group))}:<ul class="reason-sources">${sources}</ul><details><summary>Every pair (${group.reasons.length})</summary><ul class="reason-pairs">${pairs}</ul></details></li>`,
  ];
}
