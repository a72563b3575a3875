// Stage 3b (part): whether a candidate pair is one fact, as a probability. A logistic model over
// the general cues of `link-features.ts`; its weights are fitted at build time on the hand-made
// readings (gold.json) of the cases in samples/ and tests/fixtures by
// engine/data/build/fit-link-model.ts, and checked there on cases it was not fitted on.
import type { LinkFeatureName, LinkFeatures } from './link-features';
import fitted from './data/link-model.json';

export interface LinkModel {
  /** Weight per feature, on the features' own scale. */
  weights: Record<LinkFeatureName, number>;
  bias: number;
  /** Probability at or above which a pair links. */
  threshold: number;
}

export const DEFAULT_LINK_MODEL: LinkModel = { weights: fitted.weights as Record<LinkFeatureName, number>, bias: fitted.bias, threshold: fitted.threshold };

/**
 * Spelled out in the order of `LINK_FEATURES` (a loop reading fields by name is several times
 * slower, and this runs for every likely pair); a test checks it against that loop.
 */
export function linkLogit(model: LinkModel, f: LinkFeatures): number {
  const w = model.weights;
  return (
    model.bias +
    w.score * f.score +
    w.rankMin * f.rankMin +
    w.rankMax * f.rankMax +
    w.marginMin * f.marginMin +
    w.predicate * f.predicate +
    w.agent * f.agent +
    w.names * f.names +
    w.numbers * f.numbers +
    w.contested * f.contested +
    w.shortLength * f.shortLength +
    w.placeGap * f.placeGap +
    w.sentenceOverlap * f.sentenceOverlap
  );
}

export function linkProbability(model: LinkModel, features: LinkFeatures): number {
  return 1 / (1 + Math.exp(-linkLogit(model, features)));
}

/** The logit a pair needs to link. */
export function linkCutoff(model: LinkModel): number {
  return Math.log(model.threshold / (1 - model.threshold));
}
