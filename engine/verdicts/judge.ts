// Stage 4: the verdict on a pair of aligned claims. Every contest needs a linguistic cue;
// without one, aligned claims agree.
import type { Reason } from '../types';
import type { ClaimPair, CueDetector } from './pair';
import { detectNegation } from './negation-cue';
import { detectAntonym } from './antonym-cue';
import { detectQuantity } from './quantity-cue';
import { detectDifferentAgent } from './agent-cue';
import { detectDismissal } from './dismissal-cue';
import { detectOppositeEvaluation } from './evaluation-cue';
import { claimFacts, mayFire } from './claim-facts';

/** Cheapest first, so that `hasContest` stops early. */
export const DETECTORS: readonly CueDetector[] = [detectDismissal, detectQuantity, detectNegation, detectAntonym, detectDifferentAgent, detectOppositeEvaluation];
/** The first three: alignment's quick test for a pair not yet worth the rest. */
const CHEAP_DETECTORS = 3;

export function contestReasons(pair: ClaimPair): Reason[] {
  const reasons: Reason[] = [];
  addContestReasons(pair, reasons);
  return reasons;
}

/**
 * `contestReasons` into the caller's list: a point asks for every pair, most of which have none.
 * `a` and `b` are the claims' `claimFacts`, which a point reads once per claim rather than per pair.
 */
export function addContestReasons(pair: ClaimPair, reasons: Reason[], a = claimFacts(pair.a), b = claimFacts(pair.b)): void {
  // Indexed: asked for every pair of every point, much of it before the JIT has optimised it.
  for (let d = 0; d < DETECTORS.length; d++) {
    if (!mayFire(d, a, b)) continue;
    const reason = DETECTORS[d](pair);
    if (reason) reasons.push(reason);
  }
}

/** Whether any cue contests the pair; stops at the first, for alignment, which needs no reasons. */
export function hasContest(pair: ClaimPair, cheapOnly = false): boolean {
  const a = claimFacts(pair.a);
  const b = claimFacts(pair.b);
  const count = cheapOnly ? CHEAP_DETECTORS : DETECTORS.length;
  for (let d = 0; d < count; d++) if (mayFire(d, a, b) && DETECTORS[d](pair) !== null) return true;
  return false;
}
