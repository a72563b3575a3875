// Stage 3b (part): what the alignment knows about one candidate pair, as numbers. Each measure is
// a general cue of two claims speaking of the same thing: how much they share (weighted words,
// whole-sentence words), whether each is the other's best match in its source and by how much,
// whether their acts and agents match, shared names and numbers, a contest cue, claim length
// and where each claim stands in its source. `link-model.ts` weighs them.
import type { Similarity, WeightedClaim } from './similarity';
import { AGENT, INHERITED, NAME, NUMBER, PREDICATE, WORD } from './sorted-keys';
import { PairContext } from './pair-context';
import { linkLogit, type LinkModel } from './link-model';

export { PairContext };

/** The order of `LinkFeatures` in a model's weight vector. */
export const LINK_FEATURES = ['score', 'rankMin', 'rankMax', 'marginMin', 'predicate', 'agent', 'names', 'numbers', 'contested', 'shortLength', 'placeGap', 'sentenceOverlap'] as const;
export type LinkFeatureName = (typeof LINK_FEATURES)[number];
export type LinkFeatures = Record<LinkFeatureName, number>;

/** Pair cues that need no reading of the matched features. */
export type PlaceFeatures = Pick<LinkFeatures, 'score' | 'rankMin' | 'rankMax' | 'marginMin' | 'shortLength' | 'placeGap' | 'sentenceOverlap'>;

/** Pair cues read from the matched features, with the evidence the alignment's hard rule asks for. */
export interface MatchFeatures extends Pick<LinkFeatures, 'predicate' | 'agent' | 'names' | 'numbers'> {
  /** Matches at synonym strength or closer, not both inherited from earlier sentences. */
  evidence: number;
  /** Whether one of those is a content word of each claim's own. */
  contentEvidence: boolean;
}

/** A synonym or closer counts as a piece of evidence. */
const EVIDENCE_STRENGTH = 0.8;

export function linkFeatures(a: WeightedClaim, b: WeightedClaim, sim: Similarity, context: PairContext): LinkFeatures {
  return combine(placeFeatures(a, b, sim, context), matchFeatures(sim));
}

/** Link features all zero, to be filled (a reused scratch object, or one about to be returned). */
export function emptyLinkFeatures(): LinkFeatures {
  return { score: 0, rankMin: 0, rankMax: 0, marginMin: 0, predicate: 0, agent: 0, names: 0, numbers: 0, contested: 0, shortLength: 0, placeGap: 0, sentenceOverlap: 0 };
}

/** Place features all zero, to be filled. */
export function emptyPlaceFeatures(): PlaceFeatures {
  return { score: 0, rankMin: 0, rankMax: 0, marginMin: 0, shortLength: 0, placeGap: 0, sentenceOverlap: 0 };
}

/** The pair's link features from its two halves; into `into` when given. */
export function combine(place: PlaceFeatures, match: MatchFeatures, into?: LinkFeatures): LinkFeatures {
  // Spelled out: an object spread here is a slow generic copy, and this runs for every likely pair.
  const f = into ?? emptyLinkFeatures();
  f.score = place.score;
  f.rankMin = place.rankMin;
  f.rankMax = place.rankMax;
  f.marginMin = place.marginMin;
  f.predicate = match.predicate;
  f.agent = match.agent;
  f.names = match.names;
  f.numbers = match.numbers;
  f.contested = 0;
  f.shortLength = place.shortLength;
  f.placeGap = place.placeGap;
  f.sentenceOverlap = place.sentenceOverlap;
  return f;
}

export function placeFeatures(a: WeightedClaim, b: WeightedClaim, sim: Similarity, context: PairContext): PlaceFeatures {
  return placeFeaturesAt(context.index(a), context.index(b), sim.score, context);
}

/**
 * `placeFeatures` of the context's claims `i` and `j`, whose similarity scored `score`; into
 * `into` when given (the alignment's bound reads two hundred thousand and keeps none).
 */
export function placeFeaturesAt(i: number, j: number, score: number, context: PairContext, into?: PlaceFeatures): PlaceFeatures {
  const bestA = context.best(i, j);
  const bestB = context.best(j, i);
  const rankA = bestA ? score / bestA : 1;
  const rankB = bestB ? score / bestB : 1;
  const place = into ?? emptyPlaceFeatures();
  place.score = score;
  place.rankMin = Math.min(rankA, rankB);
  place.rankMax = Math.max(rankA, rankB);
  place.marginMin = Math.min(margin(score, bestA, context.runnerUp(i, j)), margin(score, bestB, context.runnerUp(j, i)));
  // The log of the shorter claim's length: the log grows with the length, so the smaller log.
  place.shortLength = Math.min(context.logLengthOf(i), context.logLengthOf(j));
  place.placeGap = Math.abs(context.placeOf(i) - context.placeOf(j));
  place.sentenceOverlap = jaccard(context.sentenceWordsAt(i), context.sentenceWordsAt(j));
  return place;
}

/** Ahead of the runner-up when best, behind the best otherwise: a clear best match is likelier the same fact. */
function margin(score: number, best: number, runnerUp: number): number {
  return score >= best ? score - runnerUp : score - best;
}

export function matchFeatures(sim: Similarity): MatchFeatures {
  const found: MatchFeatures = { predicate: 0, agent: 0, names: 0, numbers: 0, evidence: 0, contentEvidence: false };
  sim.eachMatchedKinds((kindsA, kindsB, strength) => {
    const both = kindsA & kindsB;
    if ((both & PREDICATE) !== 0 && strength > found.predicate) found.predicate = strength;
    if ((both & AGENT) !== 0 && strength > found.agent) found.agent = strength;
    if ((both & NAME) !== 0) found.names++;
    if ((both & NUMBER) !== 0) found.numbers++;
    if (strength < EVIDENCE_STRENGTH || (both & INHERITED) !== 0) return;
    found.evidence++;
    if ((both & WORD) !== 0 && ((kindsA | kindsB) & INHERITED) === 0) found.contentEvidence = true;
  });
  return found;
}

/**
 * The highest log-odds a pair could reach, from what is known without reading its matched
 * features (costly to list): each match-based cue is taken at its most favourable value.
 * `names` and `numbers`: the most names, and dates and counts, the two claims could share.
 */
export function linkLogitBound(place: PlaceFeatures, names: number, numbers: number, model: LinkModel): number {
  const w = model.weights;
  const f = boundFeatures;
  f.score = place.score;
  f.rankMin = place.rankMin;
  f.rankMax = place.rankMax;
  f.marginMin = place.marginMin;
  f.predicate = w.predicate > 0 ? 1 : 0;
  f.agent = w.agent > 0 ? 1 : 0;
  f.names = w.names > 0 ? names : 0;
  f.numbers = w.numbers > 0 ? numbers : 0;
  f.contested = w.contested > 0 ? 1 : 0;
  f.shortLength = place.shortLength;
  f.placeGap = place.placeGap;
  f.sentenceOverlap = place.sentenceOverlap;
  return linkLogit(model, f);
}

/** Filled anew by every `linkLogitBound`, which keeps nothing of it. */
const boundFeatures = emptyLinkFeatures();

function jaccard(x: Int32Array, y: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] < y[j]) i++;
    else if (x[i] > y[j]) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  const union = x.length + y.length - shared;
  return union ? shared / union : 0;
}
