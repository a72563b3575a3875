// Stage 3b (part): what the alignment knows about one candidate pair, as numbers. Each measure is
// a general cue of two claims speaking of the same thing: how much they share (weighted words,
// whole-sentence words), whether each is the other's best match in its source and by how much,
// whether their acts and agents match, shared names and numbers, a contest cue, claim length
// and where each claim stands in its source. `link-model.ts` weighs them.
import type { Sentence } from './sentences';
import type { Similarity, WeightedClaim } from './similarity';

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

/**
 * The highest log-odds a pair could reach, from what is known without reading its matched
 * features (costly to list): each match-based cue is taken at its most favourable value.
 */
export function linkLogitBound(a: WeightedClaim, b: WeightedClaim, sim: Similarity, context: PairContext, weights: LinkFeatures, bias: number): number {
  const cheap = placeAndRankFeatures(a, b, sim, context);
  const favourable = (weight: number, most: number) => (weight > 0 ? weight * most : 0);
  let z = bias;
  for (const name of ['score', 'rankMin', 'rankMax', 'marginMin', 'shortLength', 'placeGap', 'sentenceOverlap'] as const) z += weights[name] * cheap[name];
  const [namesA, countsA] = kindsOf(a);
  const [namesB, countsB] = kindsOf(b);
  return z + favourable(weights.predicate, 1) + favourable(weights.agent, 1) + favourable(weights.contested, 1) + favourable(weights.names, Math.min(namesA, namesB)) + favourable(weights.numbers, Math.min(countsA, countsB));
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

function placeAndRankFeatures(a: WeightedClaim, b: WeightedClaim, sim: Similarity, context: PairContext) {
  const score = sim.score;
  const topA = context.topScores(a, b);
  const topB = context.topScores(b, a);
  const rankA = topA[0] ? score / topA[0] : 1;
  const rankB = topB[0] ? score / topB[0] : 1;
  // Ahead of the runner-up when best, behind the best otherwise: a clear best match is likelier the same fact.
  const margin = (top: [number, number]) => (score >= top[0] ? score - top[1] : score - top[0]);
  return {
    score,
    rankMin: Math.min(rankA, rankB),
    rankMax: Math.max(rankA, rankB),
    marginMin: Math.min(margin(topA), margin(topB)),
    shortLength: Math.log(1 + Math.min(a.items.length, b.items.length)),
    placeGap: Math.abs(context.placeOf(a) - context.placeOf(b)),
    sentenceOverlap: jaccard(sentenceWords(a.claim.unit.sentence), sentenceWords(b.claim.unit.sentence)),
  };
}

/** Everything but the contest cue, which is costly and looked up only when it could decide. */
export function linkFeatures(a: WeightedClaim, b: WeightedClaim, sim: Similarity, context: PairContext): LinkFeatures {
  let predicate = 0;
  let agent = 0;
  let names = 0;
  let numbers = 0;
  for (const m of sim.matches) {
    const fa = m.a.feature;
    const fb = m.b.feature;
    if (fa.role === 'predicate' && fb.role === 'predicate' && m.strength > predicate) predicate = m.strength;
    if (fa.role === 'agent' && fb.role === 'agent' && m.strength > agent) agent = m.strength;
    if (fa.pos === 'e' && fb.pos === 'e') names++;
    if ((fa.pos === 'q' || fa.pos === 'd') && (fb.pos === 'q' || fb.pos === 'd')) numbers++;
  }
  return { ...placeAndRankFeatures(a, b, sim, context), predicate, agent, names, numbers, contested: 0 };
}

const wordsCache = new WeakMap<Sentence, Set<string>>();
const SENTENCE_WORD = /^(NOUN|VERB|ADJ|PROPN|NUM)$/;

/**
 * The content lemmas of a claim's whole sentence, the reporting words included: sources that
 * report the same fact often word its setting alike too ("said on Tuesday", "in a statement").
 */
function sentenceWords(sentence: Sentence): Set<string> {
  let words = wordsCache.get(sentence);
  if (!words) {
    words = new Set();
    for (const t of sentence.tokens) if (SENTENCE_WORD.test(t.pos) && t.lemma.length > 2) words.add(t.lemma);
    wordsCache.set(sentence, words);
  }
  return words;
}

function jaccard(x: Set<string>, y: Set<string>): number {
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const union = x.size + y.size - shared;
  return union ? shared / union : 0;
}
