// The synthetic cases' answer key, and the pair score `npm run bench:synthetic` reads from it.
import { describe, expect, it } from 'vitest';
import { syntheticCase, syntheticCaseWithFacts } from '../../bench/synthetic';
import { scorePoints } from '../../bench/synthetic-points';
import type { Analysis, Claim } from '../../engine/types';

describe('synthetic answer key', () => {
  const { input, facts } = syntheticCaseWithFacts(4, 1500);

  it('leaves the case itself as syntheticCase makes it', () => {
    expect(input).toEqual(syntheticCase(4, 1500));
  });

  it('marks whole sentences, each stating a fact that other sources state too', () => {
    const texts = new Map(input.sources.map((s) => [s.id, s.text]));
    expect(facts.length).toBeGreaterThan(50);
    for (const span of facts) {
      const text = texts.get(span.source)!;
      const sentence = text.slice(span.start, span.end);
      expect(sentence).toMatch(/^["A-Z]/);
      expect(sentence).toMatch(/[."]$/);
      // Sentences are joined by one space in a paragraph, or start a line.
      expect(span.start === 0 || text[span.start - 1] === ' ' || text[span.start - 1] === '\n').toBe(true);
    }
    const sourcesOf = new Map<number, Set<string>>();
    for (const span of facts) (sourcesOf.get(span.fact) ?? sourcesOf.set(span.fact, new Set()).get(span.fact)!).add(span.source);
    expect([...sourcesOf.values()].filter((s) => s.size > 1).length).toBeGreaterThan(10);
  });
});

describe('scorePoints', () => {
  const claim = (id: string, source: string, start: number): Claim => ({ id, source, start, end: start + 5, text: '', speaker: null, negated: false, hedged: false, quantities: [], dates: [], terms: [] });
  const facts = [
    { source: 'a', start: 0, end: 10, fact: 1 },
    { source: 'b', start: 0, end: 10, fact: 1 },
    { source: 'c', start: 0, end: 10, fact: 1 },
    { source: 'c', start: 20, end: 30, fact: 2 },
  ];
  const claims = [claim('a1', 'a', 2), claim('b1', 'b', 0), claim('c1', 'c', 5), claim('c2', 'c', 25), claim('a9', 'a', 50)];
  const analysis = (points: string[][]) => ({ claims, points: points.map((ids, i) => ({ id: `p${i}`, status: 'agreed', claims: ids, reasons: [] })) }) as unknown as Analysis;

  it('counts pairs in points that state one fact, against all same-fact pairs across sources', () => {
    // a1-b1 right; a1-c2 and b1-c2 wrong; a9 states no fact, so a9-... pairs count only beside a fact claim.
    expect(scorePoints(analysis([['a1', 'b1', 'c2'], ['c1'], ['a9']]), facts)).toEqual({ predicted: 3, correct: 1, expected: 3 });
    expect(scorePoints(analysis([['a1', 'b1', 'c1'], ['c2', 'a9']]), facts)).toEqual({ predicted: 4, correct: 3, expected: 3 });
  });
});
