// Stage 3b (part): whether a candidate pair is one fact, as a probability. A logistic model over
// the general cues of `link-features.ts`; its weights are fitted at build time on the hand-made
// readings (gold.json) of the cases in samples/ and tests/fixtures by
// engine/data/build/fit-link-model.ts, and checked there on cases it was not fitted on.
import type { LinkFeatureName, LinkFeatures } from './link-features';
import { LINK_FEATURES } from './link-features';
import fitted from './data/link-model.json';

export interface LinkModel {
  /** Weight per feature, on the features' own scale. */
  weights: Record<LinkFeatureName, number>;
  bias: number;
  /** Probability at or above which a pair links. */
  threshold: number;
}

export const DEFAULT_LINK_MODEL: LinkModel = { weights: fitted.weights as Record<LinkFeatureName, number>, bias: fitted.bias, threshold: fitted.threshold };

export function linkLogit(model: LinkModel, features: LinkFeatures): number {
  let z = model.bias;
  for (const name of LINK_FEATURES) z += model.weights[name] * features[name];
  return z;
}

export function linkProbability(model: LinkModel, features: LinkFeatures): number {
  return 1 / (1 + Math.exp(-linkLogit(model, features)));
}

/** The logit a pair needs to link. */
export function linkCutoff(model: LinkModel): number {
  return Math.log(model.threshold / (1 - model.threshold));
}
