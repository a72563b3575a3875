import { describe, expect, it } from 'vitest';
import { buildViewModel } from '../../renderer/analysis/view-model';
import { expectedMs, recordRun } from '../../renderer/analysis/estimate';
import type { Analysis, Claim } from '../../engine/types';

const claim = (id: string, source: string, start: number): Claim => ({ id, source, start, end: start + 5, text: 'x', speaker: null, negated: false, hedged: false, quantities: [], dates: [], terms: [] });

const analysis: Analysis = {
  schema: 'parallax/analysis@1',
  case: { title: 't' },
  sources: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ],
  claims: [claim('a:c1', 'a', 0), claim('a:c2', 'a', 10), claim('b:c1', 'b', 0), claim('b:c2', 'b', 10), claim('c:c1', 'c', 0), claim('c:c2', 'c', 20)],
  points: [
    { id: 'p1', status: 'unique', claims: ['c:c2'], reasons: [] },
    {
      id: 'p2',
      status: 'contested',
      claims: ['a:c2', 'b:c1', 'c:c1'],
      reasons: [
        { kind: 'negation', claims: ['a:c2', 'b:c1'], cues: [], detail: '' },
        { kind: 'same-content', claims: ['a:c2', 'c:c1'], cues: [], detail: '' },
      ],
    },
    { id: 'p3', status: 'agreed', claims: ['a:c1', 'b:c2'], reasons: [] },
  ],
  framing: { claims: [], speakers: [], naming: { actors: [], labels: [] }, frames: [] },
};

describe('the view model', () => {
  const model = buildViewModel(analysis, ['a', 'b', 'c'], new Map([['a', 'A'], ['b', 'B'], ['c', 'C']]));

  it('orders points by the leftmost column that has them, then by position', () => {
    expect(model.points.map((p) => p.id)).toEqual(['p3', 'p2', 'p1']);
  });

  it('says who agrees, contests, is alone or silent', () => {
    const p2 = model.point.get('p2')!;
    expect(['a', 'b', 'c'].map((s) => model.stance(p2, s))).toEqual(['agrees', 'contests', 'agrees']);
    expect(['a', 'b', 'c'].map((s) => model.stance(model.point.get('p1')!, s))).toEqual(['silent', 'silent', 'only']);
    expect(model.stance(model.point.get('p3')!, 'c')).toBe('silent');
  });

  it('counts claims and points per status', () => {
    expect(model.claimCounts).toEqual({ agreed: 2, contested: 3, unique: 1 });
    expect(model.pointCounts).toEqual({ agreed: 1, contested: 1, unique: 1 });
  });
});

describe('the analysis time estimate', () => {
  it('grows with the word count as the engine does, and learns from the last long run', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    // The bench's big cases in the app's runtime, within a factor of 1.5 before any run is seen.
    for (const [words, ms] of [[50_000, 1_250], [200_000, 4_000]]) {
      expect(expectedMs(words, storage)).toBeGreaterThan(ms / 1.5);
      expect(expectedMs(words, storage)).toBeLessThan(ms * 1.5);
    }
    recordRun(50_000, expectedMs(50_000, storage) * 2, storage);
    expect(expectedMs(50_000, storage) / expectedMs(50_000, null)).toBeCloseTo(2);
    recordRun(100, 1e9, storage); // tiny runs teach nothing
    expect(expectedMs(50_000, storage) / expectedMs(50_000, null)).toBeCloseTo(2);
  });
});
