// The per-claim cue flags let the judge skip a detector for a pair; they must never skip one that
// would have found a cue. Checked on every cross-source pair of the shipped and fixture cases.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCaseFolder } from '../../cli/load-case';
import { prepareSources } from '../../engine/analyze';
import { similarity, weighClaims } from '../../engine/similarity';
import { DETECTORS } from '../../engine/verdicts/judge';
import { claimFacts, mayFire, pointFacts } from '../../engine/verdicts/claim-facts';

const ROOTS = ['samples', 'tests/fixtures/cases', 'tests/fixtures/heldout'];
const folders = ROOTS.flatMap((root) => readdirSync(root).map((d) => join(root, d)).filter((d) => existsSync(join(d, 'case.json'))));

describe('claim cue flags', () => {
  it.each(folders)('skip no detector that fires in %s', (folder) => {
    const input = loadCaseFolder(folder);
    const claims = weighClaims(prepareSources(input).flatMap((s) => s.claims));
    const nameOf = (id: string) => input.sources.find((s) => s.id === id)?.name ?? id;
    let fired = 0;
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        const [a, b] = [claims[i], claims[j]];
        if (a.claim.unit.source === b.claim.unit.source) continue;
        for (const grouped of [false, true]) {
          const pair = { a, b, similarity: similarity(a, b), nameOf, grouped };
          DETECTORS.forEach((detect, d) => {
            if (!detect(pair)) return;
            fired++;
            expect(mayFire(d, claimFacts(a), claimFacts(b)), `detector ${d} on ${a.claim.unit.id} / ${b.claim.unit.id}`).toBe(true);
            expect(mayFire(d, pointFacts(a), pointFacts(b)), `detector ${d} on ${a.claim.unit.id} / ${b.claim.unit.id}, point facts`).toBe(true);
          });
        }
      }
    }
    expect(fired).toBeGreaterThan(0);
  });
});
