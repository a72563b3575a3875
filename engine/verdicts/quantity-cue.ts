// Contest by numbers: counts of the same thing that cannot both be right
// ("300 jobs" / "more than 1,200 jobs"; "nobody had to leave" / "hundreds of families fled").
import type { Quantity } from '../types';
import { rangesConflict, unitsComparable } from '../quantities';
import { sourceName, subjectVerb, type ClaimPair, type CueDetector } from './pair';
import { isWordFeature, type Feature } from '../features';
import { matchKeys } from '../similarity';

export const detectQuantity: CueDetector = (pair) => {
  const a = pair.a.claim;
  const b = pair.b.claim;
  if (!a.quantities.length || !b.quantities.length) return null;
  if (!pair.grouped && !sharesContextBeyondUnits(pair)) return null;
  for (const qa of a.quantities) {
    for (const qb of b.quantities) {
      if (!countsSameThing(qa.unit, qb.unit) || !rangesConflict(qa, qb)) continue;
      return {
        kind: 'quantity',
        claims: [a.unit.id, b.unit.id],
        cues: [
          { claim: a.unit.id, start: qa.start, end: qa.end },
          { claim: b.unit.id, start: qb.start, end: qb.end },
        ],
        detail: `${subjectVerb(sourceName(pair, a), 'gives')} ${describe(qa)} but ${subjectVerb(sourceName(pair, b), 'gives')} ${describe(qb)}: the numbers do not fit together.`,
      };
    }
  }
  return null;
};

/** Same noun, both people, or nouns WordNet relates ("houses" / "homes"). */
function countsSameThing(a: string | null, b: string | null): boolean {
  if (unitsComparable(a, b)) return true;
  if (!a || !b || a === 'year-old' || b === 'year-old' || a === 'percent' || b === 'percent') return false;
  const keysA = matchKeys(unitFeature(a));
  for (const [key, strength] of matchKeys(unitFeature(b))) if (strength >= 0.6 && (keysA.get(key) ?? 0) >= 0.6 && (strength === 1 || (keysA.get(key) ?? 0) === 1)) return true;
  return false;
}

function unitFeature(lemma: string): Feature {
  return { key: lemma, pos: 'n', tokens: [], negated: false, inherited: false, role: 'other' };
}

/** Counts conflict only in claims about the same event: a shared word besides the counted nouns. */
function sharesContextBeyondUnits(pair: ClaimPair): boolean {
  const units = new Set([...pair.a.claim.quantities, ...pair.b.claim.quantities].map((q) => q.unit));
  return pair.similarity.matches.some((m) => m.strength >= 0.7 && isWordFeature(m.a.feature) && !m.a.feature.inherited && !m.b.feature.inherited && !units.has(m.a.feature.key) && !units.has(m.b.feature.key));
}

function describe(q: Quantity): string {
  return `“${q.text}”`;
}
