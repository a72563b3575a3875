import { describe, it, expect } from 'vitest';
import { analyze, comparePair } from '../../engine/index';

describe('comparePair', () => {
  it('contests a negated act', () => {
    const r = comparePair('The minister signed the order.', 'The minister did not sign the order.');
    expect(r.relation).toBe('contest');
    expect(r.reasons.map((x) => x.kind)).toContain('negation');
  });

  it('contests a denial of what the other source states', () => {
    const r = comparePair('Guards beat the prisoners.', 'The ministry denies that prisoners were beaten.');
    expect(r.relation).toBe('contest');
  });

  it('contests numbers that do not fit together', () => {
    const r = comparePair('Police arrested 300 protesters.', 'Police arrested more than 1,200 protesters.');
    expect(r.relation).toBe('contest');
    expect(r.reasons.map((x) => x.kind)).toContain('quantity');
  });

  // "company" / "firm" must count as one actor: the different-agent cue once took them for two
  // (their WordNet senses share no synset) and contested this pair.
  it('agrees on the same fact in other words', () => {
    const r = comparePair('The company bought the factory.', 'The firm purchased the factory.');
    expect(r.relation).toBe('agree');
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0].kind).toBe('same-content');
    expect(r.score).toBeGreaterThan(0.3);
  });

  it('finds unrelated sentences unrelated', () => {
    const r = comparePair('The river flooded the valley on Tuesday.', 'Bananas are rich in potassium.');
    expect(r).toEqual({ relation: 'unrelated', score: expect.any(Number), reasons: [] });
    expect(r.score).toBeLessThan(0.3);
  });

  it('rounds the score to three decimals and is deterministic', () => {
    const a = 'Kazakhstan, Russia and Ukraine are all seeking his extradition.';
    const b = 'Kazakhstan, Russia and Ukraine are seeking his extradition for economic crimes.';
    const r = comparePair(a, b);
    expect(Math.round(r.score * 1000) / 1000).toBe(r.score);
    expect(comparePair(a, b)).toEqual(r);
  });

  it('names the sources A and B in its reasons', () => {
    const r = comparePair('The minister signed the order.', 'The minister did not sign the order.');
    expect(r.reasons[0].detail).toMatch(/\bA\b/);
    expect(r.reasons[0].detail).toMatch(/\bB\b/);
  });

  it('prefers a contest link over a stronger agreement elsewhere in the texts', () => {
    const same = 'Kazakhstan, Russia and Ukraine are all seeking his extradition.';
    const alone = comparePair('Guards beat the prisoners.', 'The ministry denies that prisoners were beaten.');
    const r = comparePair(`${same} Guards beat the prisoners.`, `${same} The ministry denies that prisoners were beaten.`);
    expect(comparePair(same, same).score).toBeGreaterThan(alone.score);
    expect(r.relation).toBe('contest');
    expect(r.reasons.map((x) => x.kind)).toEqual(alone.reasons.map((x) => x.kind));
  });

  it('gives the verdict analyze gives to the same two single-sentence sources', () => {
    const examples: [string, string][] = [
      ['The minister signed the order.', 'The minister did not sign the order.'],
      ['Guards beat the prisoners.', 'The ministry denies that prisoners were beaten.'],
      ['Police arrested 300 protesters.', 'Police arrested more than 1,200 protesters.'],
      ['The company bought the factory.', 'The firm purchased the factory.'],
      ['The river flooded the valley on Tuesday.', 'Bananas are rich in potassium.'],
    ];
    const expected = { contested: 'contest', agreed: 'agree', unique: 'unrelated' } as const;
    for (const [a, b] of examples) {
      const analysis = analyze({ title: 't', sources: [{ id: 'a', name: 'A', text: a }, { id: 'b', name: 'B', text: b }] });
      expect(comparePair(a, b).relation, `${a} / ${b}`).toBe(expected[analysis.points[0].status]);
    }
  });
});

describe('alignment of fragments', () => {
  const pointsOf = (a: string, b: string) => analyze({ title: 't', sources: [{ id: 'a', name: 'A', text: a }, { id: 'b', name: 'B', text: b }] }).points;

  it('never links a byline, however many words it shares', () => {
    const points = pointsOf('Statement from the Northgate Residents Action Group, Thursday\n\nThe plant closed.', 'Public statement of the Northgate Residents Action Group, Thursday\n\nThe river rose.');
    expect(points.every((p) => p.claims.length === 1)).toBe(true);
  });

  it('links the same words when they make a sentence', () => {
    const points = pointsOf('The Northgate Residents Action Group issued a statement on Thursday.', 'On Thursday the Northgate Residents Action Group issued a public statement.');
    expect(points.some((p) => p.claims.length === 2)).toBe(true);
  });
});
