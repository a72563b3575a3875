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
  private readonly best = new Map<WeightedClaim, Map<string, [number, number]>>();
  private readonly place = new Map<WeightedClaim, number>();

  constructor(claims: readonly WeightedClaim[], scored: readonly { a: WeightedClaim; b: WeightedClaim; sim: Similarity }[]) {
    const bySource = new Map<string, WeightedClaim[]>();
    for (const c of claims) {
      const list = bySource.get(c.claim.unit.source);
      if (list) list.push(c);
      else bySource.set(c.claim.unit.source, [c]);
    }
    for (const list of bySource.values()) list.forEach((c, i) => this.place.set(c, list.length > 1 ? i / (list.length - 1) : 0));
    for (const { a, b, sim } of scored) {
      this.note(a, b.claim.unit.source, sim.score);
      this.note(b, a.claim.unit.source, sim.score);
    }
  }

  private note(claim: WeightedClaim, source: string, score: number): void {
    let bySource = this.best.get(claim);
    if (!bySource) this.best.set(claim, (bySource = new Map()));
    const top = bySource.get(source);
    if (!top) bySource.set(source, [score, 0]);
    else if (score > top[0]) bySource.set(source, [score, top[0]]);
    else if (score > top[1]) top[1] = score;
  }

  /** The best and second-best scores of `claim` against the claims of `source`. */
  topScores(claim: WeightedClaim, source: string): [number, number] {
    return this.best.get(claim)?.get(source) ?? [0, 0];
  }

  placeOf(claim: WeightedClaim): number {
    return this.place.get(claim) ?? 0;
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
  const topA = context.topScores(a, b.claim.unit.source);
  const topB = context.topScores(b, a.claim.unit.source);
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
