import { describe, expect, it } from 'vitest';
import { cuesOf } from './framing-helpers';

describe('hedges and boosters', () => {
  it('finds hedges in the source\'s own voice', () => {
    const hedges = cuesOf('The mayor allegedly took bribes, and the company may close the plant.').hedges;
    expect(hedges.map((h) => [h.text, h.category, h.quoted])).toEqual([
      ['allegedly', 'hedge', false],
      ['may', 'hedge', false],
    ]);
    expect(hedges[0].explanation).toMatch(/others say/);
  });

  it('keeps a verification phrase whole', () => {
    const [hedge] = cuesOf('The figures could not be verified by the agency.').hedges;
    expect(hedge.text).toBe('could not be verified');
    expect(hedge.explanation).toMatch(/not been checked/);
  });

  it('marks a hedge inside a quotation as the speaker\'s, not the source\'s', () => {
    const [hedge] = cuesOf('"The plant may close next year," the manager said.').hedges;
    expect(hedge).toMatchObject({ text: 'may', quoted: true });
  });

  it('does not take the month of May for a hedge', () => {
    expect(cuesOf('The plant closed in May after the strike.').hedges).toEqual([]);
  });

  it('finds boosters', () => {
    const hedges = cuesOf('The report clearly shows the dam failed, and in fact the warnings were ignored.').hedges;
    expect(hedges.filter((h) => h.category === 'booster').map((h) => h.text)).toEqual(['clearly', 'in fact']);
  });
});

describe('attribution verbs', () => {
  it('tells distancing, neutral and endorsing verbs apart', () => {
    const stances = (text: string) => cuesOf(text).attribution.map((a) => [a.text, a.stance]);
    expect(stances('The company claimed that the river was clean.')).toEqual([['claimed', 'distancing']]);
    expect(stances('The company said that the river was clean.')).toEqual([['said', 'neutral']]);
    expect(stances('The company admitted that the river was polluted.')).toEqual([['admitted', 'endorsing']]);
  });

  it('reads "according to" as a neutral attribution', () => {
    const [cue] = cuesOf('According to the police, three people were injured in the crash.').attribution;
    expect(cue).toMatchObject({ text: 'According to', stance: 'neutral', verb: null, speaker: 'the police' });
  });

  it('gives no attribution to a claim the source makes itself', () => {
    expect(cuesOf('Three people were injured in the crash on Monday.').attribution).toEqual([]);
  });
});
