// Contest by numbers: counts of the same thing that cannot both be right
// ("300 jobs" / "more than 1,200 jobs"; "nobody had to leave" / "hundreds of families fled").
import type { Quantity, Reason } from '../types';
import { timesConflict } from '../times';
import { rangesConflict, unitsComparable } from '../quantities';
import { sourceName, subjectVerb, type ClaimPair, type CueDetector } from './pair';
import { isWordFeature, type Feature } from '../features';
import { matchKeys } from '../similarity';

export const detectQuantity: CueDetector = (pair) => {
  const a = pair.a.claim;
  const b = pair.b.claim;
  if (a.times.length && b.times.length) {
    const times = conflictingTimes(pair);
    if (times) return times;
  }
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

/** Times of the same event that cannot both be right: every time one claim gives against every time of the other. */
function conflictingTimes(pair: ClaimPair): Reason | null {
  const a = pair.a.claim;
  const b = pair.b.claim;
  if (!a.times.every((ta) => b.times.every((tb) => timesConflict(ta, tb)))) return null;
  if (!pair.grouped && !sharesContextBeyondUnits(pair)) return null;
  const [ta, tb] = [a.times[0], b.times[0]];
  return {
    kind: 'quantity',
    claims: [a.unit.id, b.unit.id],
    cues: [
      { claim: a.unit.id, start: ta.start, end: ta.end },
      { claim: b.unit.id, start: tb.start, end: tb.end },
    ],
    detail: `${subjectVerb(sourceName(pair, a), 'gives')} “${ta.text}” but ${subjectVerb(sourceName(pair, b), 'gives')} “${tb.text}”: the times do not fit together.`,
  };
}

/** Same noun, both people, or nouns WordNet relates ("houses" / "homes", "children" / "minors"). */
function countsSameThing(a: string | null, b: string | null): boolean {
  if (unitsComparable(a, b)) return true;
  if (a && b && OCCURRENCE_NOUNS.has(a) && OCCURRENCE_NOUNS.has(b)) return true;
  if (!a || !b || a === 'year-old' || b === 'year-old' || a === 'percent' || b === 'percent') return false;
  const keysA = matchKeys(unitFeature(a));
  for (const [key, strength] of matchKeys(unitFeature(b))) {
    const other = keysA.get(key) ?? 0;
    // A shared sense (both at synonym strength), or one noun one step from the other.
    if (Math.min(strength, other) >= 0.8 || (Math.min(strength, other) >= 0.6 && Math.max(strength, other) === 1)) return true;
  }
  return false;
}

/** Nouns that count occurrences of something, whatever it is: "12 cases of liver injury" / "41 reports of liver injury". */
const OCCURRENCE_NOUNS = new Set(['case', 'report', 'incident', 'instance']);

function unitFeature(lemma: string): Feature {
  return { key: lemma, pos: 'n', tokens: [], negated: false, inherited: false, role: 'other' };
}

/**
 * Counts conflict only in claims about the same event: a shared word besides the counted nouns,
 * unless one claim says nothing but the count ("nineteen of them were minors").
 */
function sharesContextBeyondUnits(pair: ClaimPair): boolean {
  // A handful of nouns at most: an array read beats a Set made per pair.
  const units = countedUnits(pair.a.claim.quantities, pair.b.claim.quantities);
  // One pass over the matched features, without making the pair's `matches` (alignment asks this
  // of pairs it may never keep): counted nouns matched to each other, and any other shared word.
  let unitsMatch = false;
  let contextMatch = false;
  pair.similarity.eachMatch((fa, fb, strength) => {
    if (units.includes(fa.key) && units.includes(fb.key)) unitsMatch = true;
    if (strength >= 0.7 && isWordFeature(fa) && !fa.inherited && !fb.inherited && !units.includes(fa.key) && !units.includes(fb.key)) contextMatch = true;
  });
  if (unitsMatch && (onlyCount(pair.a.claim.features, units) || onlyCount(pair.b.claim.features, units))) return true;
  return contextMatch;
}

/** The counted nouns of both claims ("jobs", null for a bare number). */
function countedUnits(a: Quantity[], b: Quantity[]): (string | null)[] {
  const units: (string | null)[] = [];
  for (let i = 0; i < a.length; i++) units.push(a[i].unit);
  for (let i = 0; i < b.length; i++) units.push(b[i].unit);
  return units;
}

/** The claim says nothing but the count: no word of its own besides the counted nouns. */
function onlyCount(features: Feature[], units: (string | null)[]): boolean {
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    if (isWordFeature(f) && !f.inherited && !units.includes(f.key)) return false;
  }
  return true;
}

function describe(q: Quantity): string {
  return `“${q.text}”`;
}
