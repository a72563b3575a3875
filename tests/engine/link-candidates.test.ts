// Alignment decides a candidate link only when grouping reaches it (link-candidates.ts); the
// points must be those of deciding every candidate first and merging in order of exact strength.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCaseFolder } from '../../cli/load-case';
import { prepareSources } from '../../engine/analyze';
import { DEFAULT_ALIGNMENT, groupIntoPoints, linkCandidates } from '../../engine/align';
import { candidatePairCodes } from '../../engine/candidates';
import { scorePairs, similarity, weighClaims, type WeightedClaim } from '../../engine/similarity';
import { syntheticCase } from '../../bench/synthetic';
import type { CaseInput } from '../../engine/types';

const ROOTS = ['samples', 'tests/fixtures/cases', 'tests/fixtures/heldout', 'tests/fixtures/validation'];
const folders = ROOTS.flatMap((root) => readdirSync(root).map((d) => join(root, d)).filter((d) => existsSync(join(d, 'case.json'))));
const cases: [string, () => CaseInput][] = [
  ...folders.map((folder): [string, () => CaseInput] => [folder, () => loadCaseFolder(folder)]),
  // Over 1,500 claims: the long-dossier candidate rules.
  ['synthetic 10 x 2500', () => syntheticCase(10, 2500)],
];

const weighed = (input: CaseInput) => weighClaims(prepareSources(input).flatMap((s) => s.claims));
const ids = (groups: WeightedClaim[][]) => groups.map((g) => g.map((c) => c.claim.unit.id).join(' '));
const nameOf = (id: string) => id;

describe('lazy link decisions', () => {
  it.each(cases)('give the points of deciding every candidate first, in %s', (_, load) => {
    const input = load();
    const lazyClaims = weighed(input);
    const lazyGroups = groupIntoPoints(lazyClaims, linkCandidates(lazyClaims, nameOf, DEFAULT_ALIGNMENT));

    // The reference: every candidate decided, each waiting under its exact strength from the start.
    const eagerClaims = weighed(input);
    const eager = linkCandidates(eagerClaims, nameOf, DEFAULT_ALIGNMENT);
    let links = 0;
    for (let c = 0; c < eager.size; c++) {
      const link = eager.link(c);
      eager.bounds[c] = link ? link.strength : -Infinity;
      if (link) links++;
    }
    const eagerGroups = groupIntoPoints(eagerClaims, eager);
    expect(ids(lazyGroups)).toEqual(ids(eagerGroups));
    expect(links).toBeGreaterThan(0);
  });

  it('decide only some of the candidates of a case with many sources', () => {
    // 20 sources: most candidates join claims already in one point by the time their turn comes.
    const claims = weighed(syntheticCase(20, 1000));
    const candidates = linkCandidates(claims, nameOf, DEFAULT_ALIGNMENT);
    let decided = 0;
    const link = candidates.link.bind(candidates);
    const seen = new Set<number>();
    candidates.link = (c: number) => (seen.has(c) || (seen.add(c), decided++), link(c));
    groupIntoPoints(claims, candidates);
    expect(decided).toBeGreaterThan(0);
    expect(decided).toBeLessThan(candidates.size / 2);
  });
});

describe('scored pairs', () => {
  it('are the similarities `similarity` gives, matches and all', () => {
    const claims = weighed(loadCaseFolder('samples/ablyazov-2013'));
    const codes = candidatePairCodes(claims, 0);
    const pairs = scorePairs(claims, codes);
    const n = claims.length;
    const fresh = weighed(loadCaseFolder('samples/ablyazov-2013'));
    expect(codes.length).toBeGreaterThan(20);
    for (let k = 0; k < codes.length; k++) {
      const i = Math.floor(codes[k] / n);
      const j = codes[k] - i * n;
      const packed = pairs.similarity(k, claims[i], claims[j]);
      const direct = similarity(fresh[i], fresh[j]);
      expect(packed.score).toBe(direct.score);
      expect(packed.contentWeight).toBe(direct.contentWeight);
      expect(packed.matches.map((m) => [m.a.feature.key, m.b.feature.key, m.strength])).toEqual(direct.matches.map((m) => [m.a.feature.key, m.b.feature.key, m.strength]));
    }
  });
});
