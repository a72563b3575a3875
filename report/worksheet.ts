// The printable worksheet: each source with its claims numbered and a blank status box per
// claim, discussion questions drawn from the contested points, and (for the teacher) an answer
// key on its own pages. Sheet, questions and key share one numbering (`worksheetNumbers`).
import type { Analysis, Claim, Point, ReasonKind } from '../engine/types';
import { escapeHtml, flat, shorten } from './escape';
import { htmlDocument } from './html';
import { buildReportModel, isContestKind, STATUS_WORD, type ReportModel } from './model';

/** What each kind of contest asks the class to weigh. */
const QUESTION: Record<Exclude<ReasonKind, 'same-content'>, string> = {
  negation: 'One says it happened, the other says it did not.',
  antonym: 'They describe the same thing with opposite words.',
  quantity: 'Their numbers do not match.',
  'different-agent': 'They name different actors for the same act.',
  'opposite-position': 'They take opposite positions on what should happen.',
  dismissal: 'One dismisses the other’s account.',
  'opposite-evaluation': 'One judges it favourably, the other harshly.',
};

export interface WorksheetEntry {
  number: number;
  claim: Claim;
  point: Point;
}

/** Claim numbers: sources in order, each source's claims in reading order, counting on. */
export function worksheetNumbers(model: ReportModel): WorksheetEntry[] {
  const pointOf = new Map<string, Point>();
  for (const p of model.points) for (const id of p.claims) pointOf.set(id, p);
  const entries: WorksheetEntry[] = [];
  for (const source of model.sources) {
    const claims = model.analysis.claims.filter((c) => c.source === source.id && pointOf.has(c.id)).sort((a, b) => a.start - b.start);
    for (const claim of claims) entries.push({ number: entries.length + 1, claim, point: pointOf.get(claim.id)! });
  }
  return entries;
}

export interface DiscussionQuestion {
  claims: [number, number];
  text: string;
}

export function discussionQuestions(model: ReportModel, entries: WorksheetEntry[]): DiscussionQuestion[] {
  const byClaim = new Map(entries.map((e) => [e.claim.id, e]));
  const seen = new Set<string>();
  const questions: DiscussionQuestion[] = [];
  for (const point of model.points.filter((p) => p.status === 'contested')) {
    for (const reason of point.reasons) {
      if (!isContestKind(reason.kind)) continue;
      const [a, b] = reason.claims.map((id) => byClaim.get(id)).filter((e) => e !== undefined).sort((x, y) => x.number - y.number);
      if (!a || !b || seen.has(`${a.number}|${b.number}`)) continue;
      seen.add(`${a.number}|${b.number}`);
      const says = (e: WorksheetEntry) => `Claim ${e.number} (${model.sourceName(e.claim.source)}) says “${shorten(e.claim.text, 180).replace(/[.!?;:,]+$/, '')}”`;
      const why = QUESTION[reason.kind as keyof typeof QUESTION];
      questions.push({ claims: [a.number, b.number], text: `${says(a)}. ${says(b)}. ${why} What would you need to know to decide?` });
    }
  }
  return questions;
}

export function renderWorksheet(analysis: Analysis, options: { key?: boolean } = {}): string {
  const model = buildReportModel(analysis);
  const entries = worksheetNumbers(model);
  const title = flat(analysis.case.title) || 'Untitled case';
  const parts = [sheet(model, entries, title), questionsSection(model, entries)];
  if (options.key) parts.push(answerKey(model, entries, title));
  return htmlDocument(`${title}: worksheet${options.key ? ' and answer key' : ''}`, parts.join('\n'));
}

function sheet(model: ReportModel, entries: WorksheetEntry[], title: string): string {
  const sources = model.sources.map((source) => {
    const rows = entries
      .filter((e) => e.claim.source === source.id)
      .map((e) => `<tr><td class="num">${e.number}</td><td class="text">${escapeHtml(flat(e.claim.text))}</td><td class="boxes"><span class="box"></span>agreed <span class="box"></span>contested <span class="box"></span>only here</td></tr>`);
    const kind = source.kind ? ` <span class="note">(${escapeHtml(source.kind)})</span>` : '';
    const headline = source.headline ? `<p class="headline">“${escapeHtml(flat(source.headline))}”</p>` : '';
    return `<section class="sheet-source"><h2>${escapeHtml(source.name)}${kind}</h2>${headline}<table class="sheet-claims"><thead><tr><th class="num" scope="col">No.</th><th scope="col">Claim</th><th scope="col">What do the other sources do?</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
  });
  return `<header><h1>${escapeHtml(title)}: worksheet</h1>
<p class="lead">Name: ______________________ &nbsp; Date: ____________</p>
<div class="instructions"><p>Read every source. For each numbered claim, tick one box: <strong>agreed</strong> if another source says the same thing, <strong>contested</strong> if another source disputes it, <strong>only here</strong> if no other source mentions it. Then discuss the questions at the end.</p></div>
</header>
${sources.join('\n')}`;
}

function questionsSection(model: ReportModel, entries: WorksheetEntry[]): string {
  const questions = discussionQuestions(model, entries);
  const items = questions.length
    ? `<ol class="questions">${questions.map((q) => `<li>${escapeHtml(q.text)}<div class="answer-lines"></div><div class="answer-lines"></div></li>`).join('')}</ol>`
    : '<p>The sources do not contest one another here. Which claims appear in only one source, and why might the others leave them out?</p>';
  return `<section class="page-break discussion"><h2>Discussion</h2>${items}</section>`;
}

function answerKey(model: ReportModel, entries: WorksheetEntry[], title: string): string {
  const numberOf = new Map(entries.map((e) => [e.claim.id, e.number]));
  const rows = entries.map((e) => {
    const links = e.point.claims
      .filter((id) => id !== e.claim.id && numberOf.has(id))
      .map((id) => ({ n: numberOf.get(id)!, source: model.claim.get(id)!.source }))
      .sort((x, y) => x.n - y.n)
      .map((l) => `${l.n} (${escapeHtml(model.sourceName(l.source))})`);
    const reasons = e.point.reasons.filter((r) => r.claims.includes(e.claim.id) && (e.point.status !== 'contested' || isContestKind(r.kind)));
    const why = [...new Set(reasons.map((r) => r.detail))].map(escapeHtml).join(' ');
    return `<tr data-claim-number="${e.number}"><td class="num">${e.number}</td><td>${escapeHtml(model.sourceName(e.claim.source))}</td><td><span class="chip chip--${e.point.status}">${STATUS_WORD[e.point.status]}</span></td><td>${links.join(', ') || '–'}</td><td>${why}</td></tr>`;
  });
  return `<section class="page-break answer-key"><h1>${escapeHtml(title)}: answer key</h1>
<p class="lead">For the teacher. “Linked with” names the claims of other sources that speak about the same thing.</p>
<table><thead><tr><th class="num" scope="col">No.</th><th scope="col">Source</th><th scope="col">Status</th><th scope="col">Linked with</th><th scope="col">Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>
</section>`;
}
