// Which of the cheap contest cues a claim could take part in, as bits worked out once per claim.
// Alignment asks `hasContest` of ~100k candidate pairs and a point asks every pair of its claims;
// most pairs have no cue, and two flag reads per pair turn them down before a detector looks.
// The costlier detectors (antonym, agent) keep their own first tests: their per-claim facts
// (opposite words, the act) are worth making only for the pairs that get that far.
import type { WeightedClaim } from '../similarity';
import type { Feature } from '../features';
import { dismissalWords } from './dismissal-cue';

export const DISMISSES = 1;
export const NEGATES = 2;
export const HAS_TIMES = 4;
export const HAS_QUANTITIES = 8;

const factsCache = new WeakMap<WeightedClaim, number>();

export function claimFacts(claim: WeightedClaim): number {
  let facts = factsCache.get(claim);
  if (facts === undefined) factsCache.set(claim, (facts = findFacts(claim)));
  return facts;
}

function findFacts(weighted: WeightedClaim): number {
  const claim = weighted.claim;
  let facts = 0;
  if (dismissalWords(claim).length) facts |= DISMISSES;
  if (negatesAny(claim.features)) facts |= NEGATES;
  if (claim.times.length) facts |= HAS_TIMES;
  if (claim.quantities.length) facts |= HAS_QUANTITIES;
  return facts;
}

function negatesAny(features: Feature[]): boolean {
  for (let i = 0; i < features.length; i++) if (features[i].negated) return true;
  return false;
}

/**
 * Whether the detector at `index` of the judge's list could find a cue in a pair with these
 * facts: false means it would return null. Follows each detector's own first tests, in the
 * judge's order: dismissal, quantity, negation; the others are always tried.
 */
export function mayFire(index: number, a: number, b: number): boolean {
  switch (index) {
    case 0:
      return ((a | b) & DISMISSES) !== 0;
    case 1:
      return (a & b & (HAS_TIMES | HAS_QUANTITIES)) !== 0;
    case 2:
      return ((a | b) & NEGATES) !== 0;
    default:
      return true;
  }
}
