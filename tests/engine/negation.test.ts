import { describe, it, expect } from 'vitest';
import { negationScope } from '../../engine/negation';
import { analyze } from '../../engine/analyze';
import { claimsOf } from './helpers';

/** Each claim's content with negated words marked "!", and its negation cues. */
function scopes(text: string): { marked: string; cues: string[] }[] {
  return claimsOf(text).map((c) => {
    const scope = negationScope(c.content, c.attribution.stance === 'denial');
    return { marked: c.content.map((t) => (scope.negated.has(t.start) ? '!' : '') + t.text).join(' '), cues: scope.cues.map((t) => t.text) };
  });
}

const negatedClaims = (text: string) => analyze({ title: 't', sources: [{ id: 'a', name: 'A', text }] }).claims.map((c) => c.negated);

describe('negationScope', () => {
  it('"did not sign" negates the verb and what follows it, not the subject', () => {
    expect(scopes('Italy did not sign the agreement.')).toEqual([{ marked: 'Italy did not !sign !the !agreement', cues: ['not'] }]);
  });

  it('"didn\'t" works like "did not"', () => {
    expect(scopes("Officials didn't confirm the deaths.")).toEqual([{ marked: "Officials did n't !confirm !the !deaths", cues: ["n't"] }]);
  });

  it('"never" negates', () => {
    expect(scopes('Italy never signed the agreement.')).toEqual([{ marked: 'Italy never !signed !the !agreement', cues: ['never'] }]);
  });

  it('"no one" negates the clause', () => {
    const [s] = scopes('No one was injured in the blast.');
    expect(s.cues).toEqual(['No']);
    expect(s.marked).toContain('!injured');
  });

  it('"no <noun>" negates only the noun phrase', () => {
    expect(scopes('No homes were damaged.')).toEqual([{ marked: 'No !homes were damaged', cues: ['No'] }]);
  });

  it('a fronted "at no point" negates the whole clause; "no point in" after a verb does not', () => {
    const [s] = scopes('At no point did we receive an instruction to stand by.');
    expect(s.marked).toContain('!receive');
    expect(s.marked).toContain('!instruction');
    const [t] = scopes('They found no point in waiting.');
    expect(t.marked).toContain('!point');
    expect(t.marked).not.toContain('!waiting');
  });

  it('"refused to recognize" negates the governed verb, not "refused" itself', () => {
    expect(scopes('The government refused to recognize the vote.')).toEqual([
      { marked: 'The government refused !to !recognize !the !vote', cues: ['refused'] },
    ]);
  });

  it('"denies that" negates the whole reported content', () => {
    expect(scopes('The ministry denies that prisoners were beaten.')).toEqual([{ marked: '!prisoners !were !beaten', cues: [] }]);
  });

  it('double negation: "did not deny that" leaves the content asserted', () => {
    expect(scopes('The ministry did not deny that prisoners were beaten.')).toEqual([{ marked: 'prisoners were beaten', cues: [] }]);
  });

  it('double negation: "denies that ... were not beaten" leaves the verb asserted', () => {
    const [s] = scopes('The ministry denies that prisoners were not beaten.');
    expect(s.cues).toEqual(['not']);
    expect(s.marked.endsWith(' beaten')).toBe(true);
    expect(s.marked).not.toContain('!beaten');
  });

  it('"not only ... but also" adds and does not negate', () => {
    expect(scopes('The army not only shelled the market but also blocked the road.')).toEqual([
      { marked: 'The army not only shelled the market but also blocked the road', cues: [] },
    ]);
  });

  it('scope stops at a comma', () => {
    const [s] = scopes('The police did not arrest him, the minister said.');
    expect(s.marked).toBe('The police did not !arrest !him');
    const [t] = scopes('Officials did not confirm the deaths on Monday, despite the reports.');
    expect(t.marked).toContain('!deaths');
    expect(t.marked).toContain(', despite the reports');
  });

  it('scope stops at a subordinating conjunction', () => {
    expect(scopes('The police did not arrest the protesters because they left.')).toEqual([
      { marked: 'The police did not !arrest !the !protesters because they left', cues: ['not'] },
    ]);
  });

  it('a coordinated clause after "but" or ", and" is its own claim and not negated', () => {
    expect(scopes('The police did not arrest him, but they questioned his wife.')).toEqual([
      { marked: 'The police did not !arrest !him', cues: ['not'] },
      { marked: 'they questioned his wife', cues: [] },
    ]);
  });

  it('an affirmative sentence has no negation', () => {
    expect(scopes('The guards beat the prisoners.')).toEqual([{ marked: 'The guards beat the prisoners', cues: [] }]);
  });
});

describe('claim.negated through analyze', () => {
  it('marks negated, denied and plain claims', () => {
    expect(negatedClaims('Italy did not sign the agreement. Italy signed the agreement.')).toEqual([true, false]);
    expect(negatedClaims('The ministry denies that prisoners were beaten.')).toEqual([true]);
    expect(negatedClaims('The ministry did not deny that prisoners were beaten.')).toEqual([false]);
    expect(negatedClaims('The army not only shelled the market but also blocked the road.')).toEqual([false]);
  });
});
