import { describe, expect, it } from 'vitest';
import { strongestFirst } from '../../engine/link-order';
import { prng } from '../../bench/synthetic';

/** The order a full sort by exact strength gives (strongest first, ties by position). */
function sortedOrder(exact: number[], keep: (i: number) => boolean): number[] {
  return exact.map((_, i) => i).filter(keep).sort((x, y) => exact[y] - exact[x] || x - y);
}

describe('strongestFirst', () => {
  it('yields the indices of a full sort by exact strength, looking closely only at items that reach the front', () => {
    const rand = prng(7);
    for (let round = 0; round < 50; round++) {
      const n = 1 + Math.floor(rand() * 60);
      // Coarse values, so that ties between bounds and exact strengths are common.
      const exact = Array.from({ length: n }, () => Math.floor(rand() * 8) / 4);
      const bound = exact.map((x) => x + (rand() < 0.5 ? 0 : 0.25));
      const skipped = new Set(exact.map((_, i) => i).filter(() => rand() < 0.2));
      const looked: number[] = [];
      const got = [...strongestFirst(exact.map((_, i) => i), (i) => bound[i], (i) => (looked.push(i), exact[i]), (i, index) => index === i && !skipped.has(i))];
      expect(got).toEqual(sortedOrder(exact, (i) => !skipped.has(i)));
      expect(looked.every((i) => !skipped.has(i))).toBe(true);
    }
  });

  it('handles no items', () => {
    expect([...strongestFirst([], () => 0, () => 0, () => true)]).toEqual([]);
  });
});
