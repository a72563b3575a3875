// The worksheet and its answer key share one numbering, and the key says what the analysis says.
import { describe, expect, it } from 'vitest';
import { buildReportModel, discussionQuestions, renderWorksheet, worksheetNumbers } from '../../report/index';
import { loadCase, sampleAnalysis } from './fixtures';
import { analyze } from '../../engine/analyze';

const STATUS = { agreed: 'agreed', contested: 'contested', unique: 'only here' } as const;

/** Rows of the answer key as [number, source, status, links] read back from the HTML. */
function keyRows(html: string): { n: number; source: string; status: string; links: string }[] {
  const key = html.slice(html.indexOf('class="page-break answer-key"'));
  return [...key.matchAll(/<tr data-claim-number="(\d+)"><td class="num">\d+<\/td><td>([^<]*)<\/td><td><span class="chip chip--\w+">([^<]*)<\/span><\/td><td>([^<]*)<\/td>/g)].map((m) => ({ n: Number(m[1]), source: m[2], status: m[3], links: m[4] }));
}

describe('worksheet', () => {
  const analysis = sampleAnalysis();
  const model = buildReportModel(analysis);
  const entries = worksheetNumbers(model);

  it('numbers every claim once, source by source in reading order', () => {
    expect(entries.map((e) => e.number)).toEqual(analysis.claims.map((_, i) => i + 1));
    expect(new Set(entries.map((e) => e.claim.id)).size).toBe(analysis.claims.length);
    const sources = entries.map((e) => analysis.sources.findIndex((s) => s.id === e.claim.source));
    expect([...sources].sort((a, b) => a - b)).toEqual(sources);
  });

  it('the sheet shows each numbered claim with an empty status box, and no answers', () => {
    const html = renderWorksheet(analysis);
    expect(html).not.toContain('answer key');
    const rows = [...html.matchAll(/<tr><td class="num">(\d+)<\/td><td class="text">([^<]*)<\/td><td class="boxes">/g)];
    expect(rows.map((r) => Number(r[1]))).toEqual(entries.map((e) => e.number));
    expect(html.match(/<span class="box"><\/span>/g)).toHaveLength(entries.length * 3);
    expect(html).not.toContain('class="chip');
  });

  it('the key, on its own pages, gives every claim its point’s status and the numbers of its linked claims', () => {
    const html = renderWorksheet(analysis, { key: true });
    expect(html).toMatch(/<section class="page-break answer-key">/);
    const rows = keyRows(html);
    expect(rows).toHaveLength(analysis.claims.length);
    const numberOf = new Map(entries.map((e) => [e.claim.id, e.number]));
    for (const entry of entries) {
      const row = rows.find((r) => r.n === entry.number)!;
      const point = analysis.points.find((p) => p.claims.includes(entry.claim.id))!;
      expect(row.source).toBe(analysis.sources.find((s) => s.id === entry.claim.source)!.name);
      expect(row.status).toBe(STATUS[point.status]);
      const linked = point.claims.filter((id) => id !== entry.claim.id).map((id) => numberOf.get(id)!).sort((a, b) => a - b);
      const shown = row.links === '–' ? [] : [...row.links.matchAll(/(\d+) \(/g)].map((m) => Number(m[1]));
      expect(shown).toEqual(linked);
    }
  });

  it('asks one question per contested pair, naming both claims by their numbers', () => {
    const questions = discussionQuestions(model, entries);
    const pairs = new Set(
      analysis.points.flatMap((p) => p.reasons.filter((r) => r.kind !== 'same-content').map((r) => r.claims.map((id) => entries.find((e) => e.claim.id === id)!.number).sort((a, b) => a - b).join('|'))),
    );
    expect(questions.map((q) => q.claims.join('|')).sort()).toEqual([...pairs].sort());
    for (const q of questions) {
      expect(q.text).toMatch(new RegExp(`^Claim ${q.claims[0]} \\(.+\\) says “.+”\\. Claim ${q.claims[1]} \\(.+\\) says “.+”\\. .+ What would you need to know to decide\\?$`));
    }
  });

  it('numbers the key and the sheet the same on a case with four sources', () => {
    const html = renderWorksheet(analyze(loadCase('tests/fixtures/cases/plant-closure')), { key: true });
    const sheet = [...html.matchAll(/<tr><td class="num">(\d+)<\/td><td class="text">/g)].map((m) => Number(m[1]));
    expect(keyRows(html).map((r) => r.n)).toEqual(sheet);
  });
});
