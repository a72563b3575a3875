import { describe, expect, it } from 'vitest';
import { strongestFirst, type Tightening } from '../../engine/link-order';
import { prng } from '../../bench/synthetic';

/** The order a full sort by exact strength gives (strongest first, ties by position). */
function sortedOrder(exact: (number | null)[], keep: (i: number) => boolean): number[] {
  return exact
    .map((_, i) => i)
    .filter((i) => keep(i) && exact[i] !== null)
    .sort((x, y) => exact[y]! - exact[x]! || x - y);
}

/** Each candidate's values from its first bound down to its exact strength (or null: no link). */
function stepsThrough(values: (number | null)[][], looked: number[]): Tightening {
  const step = values.map(() => 0);
  return {
    tighten(i) {
      looked.push(i);
      return values[i][++step[i]];
    },
    isExact: (i) => step[i] === values[i].length - 1,
  };
}

/** A candidate's values: a first bound, perhaps a closer one, then its exact strength (coarse, so ties are common). */
function randomValues(rand: () => number, noLinkShare: number): (number | null)[] {
  if (rand() < noLinkShare) return [2, null];
  const exact = Math.floor(rand() * 8) / 4;
  const closer = exact + (rand() < 0.5 ? 0 : 0.25);
  return rand() < 0.5 ? [closer + (rand() < 0.5 ? 0 : 0.5), closer, exact] : [closer, exact];
}

describe('strongestFirst', () => {
  it('yields the indices of a full sort by exact strength, looking closely only at items that reach the front', () => {
    const rand = prng(7);
    for (let round = 0; round < 100; round++) {
      const n = 1 + Math.floor(rand() * 60);
      const values = Array.from({ length: n }, () => randomValues(rand, 0));
      const exact = values.map((v) => v[v.length - 1]);
      const skipped = new Set(exact.map((_, i) => i).filter(() => rand() < 0.2));
      const looked: number[] = [];
      const got = [...strongestFirst(n, (i) => values[i][0]!, stepsThrough(values, looked), (i) => !skipped.has(i))];
      expect(got).toEqual(sortedOrder(exact, (i) => !skipped.has(i)));
      expect(looked.every((i) => !skipped.has(i))).toBe(true);
    }
  });

  it('never yields a candidate that turns out to be no link, and still orders the rest', () => {
    const rand = prng(11);
    for (let round = 0; round < 100; round++) {
      const n = 1 + Math.floor(rand() * 60);
      const values = Array.from({ length: n }, () => randomValues(rand, 0.3));
      const got = [...strongestFirst(n, (i) => values[i][0]!, stepsThrough(values, []), () => true)];
      expect(got).toEqual(sortedOrder(values.map((v) => v[v.length - 1]), () => true));
    }
  });

  it('looks no further at a candidate that stops being useful while it waits under a closer bound', () => {
    // 0 waits under 3, then 2.5 after a first look; meanwhile 1 (exact 2.75) is yielded and makes 0 useless.
    const values = [[3, 2.5, 2], [2.75, 2.75]];
    const looked: number[] = [];
    let merged = false;
    const order: number[] = [];
    for (const i of strongestFirst(2, (i) => values[i][0], stepsThrough(values, looked), (i) => !(merged && i === 0))) {
      order.push(i);
      merged = true;
    }
    expect(order).toEqual([1]);
    expect(looked).toEqual([0, 1]);
  });

  it('handles no items', () => {
    expect([...strongestFirst(0, () => 0, { tighten: () => 0, isExact: () => true }, () => true)]).toEqual([]);
  });
});
