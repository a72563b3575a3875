// Which of the cheap contest cues a claim could take part in, as bits worked out once per claim.
// Alignment asks `hasContest` of ~100k candidate pairs and a point asks every pair of its claims;
// most pairs have no cue, and two flag reads per pair turn them down before a detector looks.
// The costlier detectors' facts (opposite words, the act, the judgement) are worth making only for
// the claims of a point, which meet each other pair by pair: `pointFacts` adds them, and without
// them (alignment) those detectors run their own first tests.
import type { WeightedClaim } from '../similarity';
import type { Feature } from '../features';
import { dismissalWords } from './dismissal-cue';
import { opposable } from './antonym-cue';
import { actOf } from './agent-cue';
import { evaluationOf, MIN_STRENGTH } from './evaluation-cue';

export const DISMISSES = 1;
export const NEGATES = 2;
export const HAS_TIMES = 4;
export const HAS_QUANTITIES = 8;
/** The bits below are known (`pointFacts`). */
const COSTLY_KNOWN = 16;
/** Some word of the claim has a listed opposite (an antonym cue reads A's opposites against B's words). */
const OPPOSABLE = 32;
const HAS_ACT = 64;
/** The act's predicate is negated: an agent cue needs both predicates alike. */
const ACT_NEGATED = 128;
const JUDGES_WELL = 256;
const JUDGES_ILL = 512;

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

const pointFactsCache = new WeakMap<WeightedClaim, number>();

/** `claimFacts` and the costlier detectors' facts, for a claim of a point. */
export function pointFacts(claim: WeightedClaim): number {
  let facts = pointFactsCache.get(claim);
  if (facts === undefined) pointFactsCache.set(claim, (facts = claimFacts(claim) | findCostlyFacts(claim)));
  return facts;
}

function findCostlyFacts(claim: WeightedClaim): number {
  let facts = COSTLY_KNOWN;
  if (opposable(claim)) facts |= OPPOSABLE;
  const act = actOf(claim);
  if (act) facts |= act.predicate.negated ? HAS_ACT | ACT_NEGATED : HAS_ACT;
  const { score } = evaluationOf(claim.claim);
  if (score >= MIN_STRENGTH) facts |= JUDGES_WELL;
  if (score <= -MIN_STRENGTH) facts |= JUDGES_ILL;
  return facts;
}

function negatesAny(features: Feature[]): boolean {
  for (let i = 0; i < features.length; i++) if (features[i].negated) return true;
  return false;
}

/**
 * Whether the detector at `index` of the judge's list could find a cue in a pair with these
 * facts: false means it would return null. Follows each detector's own first tests, in the
 * judge's order: dismissal, quantity, negation, antonym, agent, evaluation; the last three
 * only when both claims' costly facts are known.
 */
export function mayFire(index: number, a: number, b: number): boolean {
  switch (index) {
    case 0:
      return ((a | b) & DISMISSES) !== 0;
    case 1:
      return (a & b & (HAS_TIMES | HAS_QUANTITIES)) !== 0;
    case 2:
      return ((a | b) & NEGATES) !== 0;
    case 3:
      return (a & COSTLY_KNOWN) === 0 || (a & OPPOSABLE) !== 0;
    case 4:
      return (a & b & COSTLY_KNOWN) === 0 || ((a & b & HAS_ACT) !== 0 && ((a ^ b) & ACT_NEGATED) === 0);
    case 5:
      return (a & b & COSTLY_KNOWN) === 0 || ((a & JUDGES_WELL) !== 0 && (b & JUDGES_ILL) !== 0) || ((a & JUDGES_ILL) !== 0 && (b & JUDGES_WELL) !== 0);
    default:
      return true;
  }
}
