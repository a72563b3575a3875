// Contest by numbers: counts of the same thing that cannot both be right
// ("300 jobs" / "more than 1,200 jobs"; "nobody had to leave" / "hundreds of families fled").
import type { Quantity } from '../types';
import { rangesConflict, unitsComparable } from '../quantities';
import { sourceName, type ClaimPair, type CueDetector } from './pair';
import { isWordFeature } from '../features';

export const detectQuantity: CueDetector = (pair) => {
  const a = pair.a.claim;
  const b = pair.b.claim;
  if (!sharesContextBeyondUnits(pair)) return null;
  for (const qa of a.quantities) {
    for (const qb of b.quantities) {
      if (!unitsComparable(qa.unit, qb.unit) || !rangesConflict(qa, qb)) continue;
      return {
        kind: 'quantity',
        claims: [a.unit.id, b.unit.id],
        cues: [
          { claim: a.unit.id, start: qa.start, end: qa.end },
          { claim: b.unit.id, start: qb.start, end: qb.end },
        ],
        detail: `${sourceName(pair, a)} gives ${describe(qa)} but ${sourceName(pair, b)} gives ${describe(qb)}: the numbers do not fit together.`,
      };
    }
  }
  return null;
};

/** Counts conflict only in claims about the same event: a shared word besides the counted nouns. */
function sharesContextBeyondUnits(pair: ClaimPair): boolean {
  const units = new Set([...pair.a.claim.quantities, ...pair.b.claim.quantities].map((q) => q.unit));
  return pair.similarity.matches.some((m) => m.strength >= 0.7 && isWordFeature(m.a.feature) && !m.a.feature.inherited && !m.b.feature.inherited && !units.has(m.a.feature.key) && !units.has(m.b.feature.key));
}

function describe(q: Quantity): string {
  return `“${q.text}”`;
}
