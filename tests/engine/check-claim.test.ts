// "Check a claim" on the sample and on a tuning case: a paraphrase of one source's sentence is
// supported by it, its negation contested, an unrelated sentence leaves every source silent.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, prepareCase } from '../../engine/analyze';
import { CHECKED_SOURCE, checkClaim, prepareCheck, type ClaimCheck, type SourceCheck } from '../../engine/check-claim';
import type { CaseInput } from '../../engine/types';

function loadCase(dir: string): CaseInput {
  const kase = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { title: string; sources: { id: string; name: string; file: string }[] };
  return { title: kase.title, sources: kase.sources.map((s) => ({ id: s.id, name: s.name, text: readFileSync(join(dir, s.file), 'utf8') })) };
}

const sample = loadCase('samples/ablyazov-2013');
const plant = loadCase('tests/fixtures/cases/plant-closure');
const sampleContext = prepareCheck(sample);
const plantContext = prepareCheck(plant);

const verdicts = (check: ClaimCheck) => Object.fromEntries(check.sources.map((s) => [s.source, s.verdict]));
const of = (check: ClaimCheck, source: string): SourceCheck => check.sources.find((s) => s.source === source)!;

describe('checkClaim on the sample', () => {
  it('a paraphrase of a Kazakh sentence is supported by that source only, with the deciding sentence and a reason', () => {
    const check = checkClaim(sampleContext, '  Ablyazov was involved in the Zhanaozen riots. ');
    expect(check.text).toBe('Ablyazov was involved in the Zhanaozen riots.');
    expect(verdicts(check)).toEqual({ amnesty: 'silent', 'kazakh-officials': 'supports', 'italian-government': 'silent' });
    const kazakh = of(check, 'kazakh-officials');
    expect(kazakh.claim!.text).toMatch(/directly involved in the mass riots in the city of Zhanaozen/);
    // The span slices the source text to the quoted claim and sentence.
    const text = sample.sources.find((s) => s.id === 'kazakh-officials')!.text;
    expect(text.slice(kazakh.claim!.start, kazakh.claim!.end)).toBe(kazakh.claim!.text);
    expect(text.slice(kazakh.claim!.sentence.start, kazakh.claim!.sentence.end)).toBe(kazakh.claim!.sentence.text);
    expect(kazakh.reasons.map((r) => r.kind)).toEqual(['same-content']);
    expect(kazakh.reasons[0].detail).toMatch(/^Your claim and Kazakh officials report the same thing/);
  });

  it('the deciding claim has the id the analysis gives it, so the UI can find it in its column', () => {
    const analysis = analyze(sample);
    const check = checkClaim(sampleContext, 'In Kazakhstan Ablyazov would face torture.');
    const amnesty = of(check, 'amnesty');
    expect(amnesty.verdict).toBe('supports');
    const claim = analysis.claims.find((c) => c.id === amnesty.claim!.id)!;
    expect([claim.start, claim.end, claim.text]).toEqual([amnesty.claim!.start, amnesty.claim!.end, amnesty.claim!.text]);
  });

  it('the negated paraphrase is contested (not supported), with the negation cue in the typed claim', () => {
    const check = checkClaim(sampleContext, 'Ablyazov was not involved in the Zhanaozen riots.');
    expect(verdicts(check)).toEqual({ amnesty: 'silent', 'kazakh-officials': 'contests', 'italian-government': 'silent' });
    const reason = of(check, 'kazakh-officials').reasons[0];
    expect(reason.kind).toBe('negation');
    const typedCue = reason.cues.find((c) => c.claim.startsWith(`${CHECKED_SOURCE}:`))!;
    expect(check.text.slice(typedCue.start, typedCue.end)).toMatch(/not/);
  });

  it('a sentence about something else leaves every source silent', () => {
    const check = checkClaim(sampleContext, 'The council approved the budget on Monday.');
    expect(Object.values(verdicts(check))).toEqual(['silent', 'silent', 'silent']);
    for (const s of check.sources) expect([s.claim, s.reasons]).toEqual([null, []]);
  });

  it('sharing only a name is not support: a source that names Ablyazov stays silent on his hobbies', () => {
    expect(Object.values(verdicts(checkClaim(sampleContext, 'Ablyazov likes football.')))).toEqual(['silent', 'silent', 'silent']);
  });

  it('empty input checks nothing and says every source is silent', () => {
    expect(Object.values(verdicts(checkClaim(sampleContext, '   ')))).toEqual(['silent', 'silent', 'silent']);
  });
});

describe('checkClaim on a case it was not written for', () => {
  it('a reworded sentence ("shut" for "close") is supported by the company and the newspaper, not by the union', () => {
    const check = checkClaim(plantContext, 'Varden will shut its Lisselby plant at the end of June.');
    expect(of(check, 'varden').verdict).toBe('supports');
    expect(of(check, 'courier').verdict).toBe('supports');
    expect(of(check, 'ufwu').verdict).toBe('silent');
  });

  it('opposite words contest: a profit the union reports against the company\'s loss', () => {
    const check = checkClaim(plantContext, 'The Lisselby plant made a loss in 2023 and 2024.');
    expect(of(check, 'varden').verdict).toBe('supports');
    expect(of(check, 'ufwu').verdict).toBe('contests');
    expect(of(check, 'ufwu').reasons.map((r) => r.kind)).toContain('antonym');
  });

  it('a different number contests; the same number supports', () => {
    expect(of(checkClaim(plantContext, 'The closure will affect 340 employees.'), 'varden').verdict).toBe('supports');
    const check = checkClaim(plantContext, 'The closure will affect 2,000 employees.');
    expect(of(check, 'varden').verdict).toBe('contests');
    expect(of(check, 'varden').reasons.map((r) => r.kind)).toContain('quantity');
  });

  it('an unrelated sentence is silent everywhere', () => {
    expect(Object.values(verdicts(checkClaim(plantContext, 'The orchestra performed a new symphony in the cathedral.')))).toEqual(['silent', 'silent', 'silent', 'silent']);
  });
});

describe('prepareCheck', () => {
  it('reads the case’s names and aliases once, with its sources, as the analysis does', () => {
    const prepared = prepareCase(sample);
    expect(sampleContext.names).toEqual(prepared.names);
    expect(sampleContext.aliasHeads).toEqual(prepared.aliasHeads);
    // The sample names organisations by their head noun later on ("the bank"): the check must know them.
    expect(sampleContext.aliasHeads.size).toBeGreaterThan(0);
    expect(sampleContext.sources.map((s) => s.claims.length)).toEqual(prepared.sources.map((s) => s.claims.length));
  });
});
