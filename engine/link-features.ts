// Stage 3b (part): what the alignment knows about one candidate pair, as numbers. Each measure is
// a general cue of two claims speaking of the same thing: how much they share (weighted words,
// whole-sentence words), whether each is the other's best match in its source and by how much,
// whether their acts and agents match, shared names and numbers, a contest cue, claim length
// and where each claim stands in its source. `link-model.ts` weighs them.
import type { Sentence } from './sentences';
import type { Similarity, WeightedClaim } from './similarity';
import { isWordFeature } from './features';

/** The order of `LinkFeatures` in a model's weight vector. */
export const LINK_FEATURES = ['score', 'rankMin', 'rankMax', 'marginMin', 'predicate', 'agent', 'names', 'numbers', 'contested', 'shortLength', 'placeGap', 'sentenceOverlap'] as const;
export type LinkFeatureName = (typeof LINK_FEATURES)[number];
export type LinkFeatures = Record<LinkFeatureName, number>;

/** Each claim's two best scores against every other source, and its place in its own source. */
export class PairContext {
  private readonly indexOf = new Map<WeightedClaim, number>();
  private readonly sourceOf: Int32Array;
  private readonly sources: number;
  /** Per claim and source: best, then second-best score. */
  private readonly top: Float64Array;
  private readonly place: Float64Array;

  constructor(claims: readonly WeightedClaim[], scored: readonly { a: WeightedClaim; b: WeightedClaim; sim: Similarity }[]) {
    const sourceIds = new Map<string, number>();
    const counts: number[] = [];
    this.sourceOf = Int32Array.from(claims, (c, i) => {
      this.indexOf.set(c, i);
      let s = sourceIds.get(c.claim.unit.source);
      if (s === undefined) sourceIds.set(c.claim.unit.source, (s = sourceIds.size));
      counts[s] = (counts[s] ?? 0) + 1;
      return s;
    });
    this.sources = sourceIds.size;
    const seen = new Int32Array(this.sources);
    this.place = Float64Array.from(this.sourceOf, (s) => {
      const rank = seen[s]++;
      return counts[s] > 1 ? rank / (counts[s] - 1) : 0;
    });
    this.top = new Float64Array(claims.length * this.sources * 2);
    for (const { a, b, sim } of scored) {
      const i = this.indexOf.get(a)!;
      const j = this.indexOf.get(b)!;
      this.note(i, this.sourceOf[j], sim.score);
      this.note(j, this.sourceOf[i], sim.score);
    }
  }

  private note(claim: number, source: number, score: number): void {
    const at = (claim * this.sources + source) * 2;
    const top = this.top;
    if (score > top[at]) {
      top[at + 1] = top[at];
      top[at] = score;
    } else if (score > top[at + 1]) top[at + 1] = score;
  }

  /** The best and second-best scores of `claim` against the claims of `other`'s source. */
  topScores(claim: WeightedClaim, other: WeightedClaim): [number, number] {
    const i = this.indexOf.get(claim);
    const j = this.indexOf.get(other);
    if (i === undefined || j === undefined) return [0, 0];
    const at = (i * this.sources + this.sourceOf[j]) * 2;
    return [this.top[at], this.top[at + 1]];
  }

  placeOf(claim: WeightedClaim): number {
    const i = this.indexOf.get(claim);
    return i === undefined ? 0 : this.place[i];
  }
}

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

export function combine(place: PlaceFeatures, match: MatchFeatures): LinkFeatures {
  // Spelled out: an object spread here is a slow generic copy, and this runs for every likely pair.
  return {
    score: place.score,
    rankMin: place.rankMin,
    rankMax: place.rankMax,
    marginMin: place.marginMin,
    predicate: match.predicate,
    agent: match.agent,
    names: match.names,
    numbers: match.numbers,
    contested: 0,
    shortLength: place.shortLength,
    placeGap: place.placeGap,
    sentenceOverlap: place.sentenceOverlap,
  };
}

export function placeFeatures(a: WeightedClaim, b: WeightedClaim, sim: Similarity, context: PairContext): PlaceFeatures {
  const score = sim.score;
  const topA = context.topScores(a, b);
  const topB = context.topScores(b, a);
  const rankA = topA[0] ? score / topA[0] : 1;
  const rankB = topB[0] ? score / topB[0] : 1;
  return {
    score,
    rankMin: Math.min(rankA, rankB),
    rankMax: Math.max(rankA, rankB),
    marginMin: Math.min(margin(score, topA), margin(score, topB)),
    shortLength: Math.log(1 + Math.min(a.items.length, b.items.length)),
    placeGap: Math.abs(context.placeOf(a) - context.placeOf(b)),
    sentenceOverlap: jaccard(sentenceWords(a.claim.unit.sentence), sentenceWords(b.claim.unit.sentence)),
  };
}

/** Ahead of the runner-up when best, behind the best otherwise: a clear best match is likelier the same fact. */
function margin(score: number, top: [number, number]): number {
  return score >= top[0] ? score - top[1] : score - top[0];
}

export function matchFeatures(sim: Similarity): MatchFeatures {
  const found: MatchFeatures = { predicate: 0, agent: 0, names: 0, numbers: 0, evidence: 0, contentEvidence: false };
  sim.eachMatch((fa, fb, strength) => {
    if (fa.role === 'predicate' && fb.role === 'predicate' && strength > found.predicate) found.predicate = strength;
    if (fa.role === 'agent' && fb.role === 'agent' && strength > found.agent) found.agent = strength;
    if (fa.pos === 'e' && fb.pos === 'e') found.names++;
    if ((fa.pos === 'q' || fa.pos === 'd') && (fb.pos === 'q' || fb.pos === 'd')) found.numbers++;
    if (strength < EVIDENCE_STRENGTH || (fa.inherited && fb.inherited)) return;
    found.evidence++;
    if (isWordFeature(fa) && isWordFeature(fb) && !fa.inherited && !fb.inherited) found.contentEvidence = true;
  });
  return found;
}

/**
 * The highest log-odds a pair could reach, from what is known without reading its matched
 * features (costly to list): each match-based cue is taken at its most favourable value.
 */
export function linkLogitBound(place: PlaceFeatures, a: WeightedClaim, b: WeightedClaim, weights: LinkFeatures, bias: number): number {
  const [namesA, countsA] = kindsOf(a);
  const [namesB, countsB] = kindsOf(b);
  return (
    bias +
    weights.score * place.score +
    weights.rankMin * place.rankMin +
    weights.rankMax * place.rankMax +
    weights.marginMin * place.marginMin +
    weights.shortLength * place.shortLength +
    weights.placeGap * place.placeGap +
    weights.sentenceOverlap * place.sentenceOverlap +
    favourable(weights.predicate, 1) +
    favourable(weights.agent, 1) +
    favourable(weights.contested, 1) +
    favourable(weights.names, Math.min(namesA, namesB)) +
    favourable(weights.numbers, Math.min(countsA, countsB))
  );
}

function favourable(weight: number, most: number): number {
  return weight > 0 ? weight * most : 0;
}

const kindsCache = new WeakMap<WeightedClaim, [number, number]>();

/** How many names, and how many dates and counts, a claim has: the most it can share. */
function kindsOf(claim: WeightedClaim): [number, number] {
  let kinds = kindsCache.get(claim);
  if (!kinds) {
    kinds = [0, 0];
    for (const item of claim.items) {
      if (item.feature.pos === 'e') kinds[0]++;
      else if (item.feature.pos === 'q' || item.feature.pos === 'd') kinds[1]++;
    }
    kindsCache.set(claim, kinds);
  }
  return kinds;
}

const wordsCache = new WeakMap<Sentence, Int32Array>();
const lemmaIds = new Map<string, number>();
const SENTENCE_WORD = /^(NOUN|VERB|ADJ|PROPN|NUM)$/;

/**
 * The content lemmas of a claim's whole sentence, the reporting words included (sources that
 * report the same fact often word its setting alike too: "said on Tuesday", "in a statement"),
 * as sorted distinct ids for a merge.
 */
function sentenceWords(sentence: Sentence): Int32Array {
  let words = wordsCache.get(sentence);
  if (!words) {
    const ids = new Set<number>();
    for (const t of sentence.tokens) {
      if (!SENTENCE_WORD.test(t.pos) || t.lemma.length <= 2) continue;
      let id = lemmaIds.get(t.lemma);
      if (id === undefined) lemmaIds.set(t.lemma, (id = lemmaIds.size));
      ids.add(id);
    }
    words = Int32Array.from(ids).sort();
    wordsCache.set(sentence, words);
  }
  return words;
}

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
