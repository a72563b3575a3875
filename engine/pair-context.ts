// Stage 3b (part): what the alignment knows about every claim once all candidate pairs are
// scored: its two best scores against each other source, its place in its own source, the
// content words of its sentence, and how many names and numbers it could share. Read by claim
// index, for every candidate pair: flat arrays, not lookups keyed by claim.
import type { Sentence } from './sentences';
import type { Similarity, WeightedClaim } from './similarity';
import { sourceIndices } from './candidates';

/** Each claim's two best scores against every other source, and its place in its own source. */
export class PairContext {
  private indexOf: Map<WeightedClaim, number> | null = null;
  private readonly sourceOf: Int32Array;
  private readonly sources: number;
  /** Per claim and source: best, then second-best score. */
  private readonly top: Float64Array;
  private readonly place: Float64Array;
  /** Per claim: its names, and its dates and counts (the most it can share), once asked. */
  private readonly kinds: Int32Array;
  private readonly sentenceWordsOf: (Int32Array | undefined)[];
  /** Per claim: the log of one plus its feature count (the `shortLength` cue takes the smaller). */
  private readonly logLength: Float64Array;

  /** From pairs given as objects (the fitting tool and tests). */
  constructor(claims: readonly WeightedClaim[], scored: readonly { a: WeightedClaim; b: WeightedClaim; sim: Similarity }[]);
  /** From pairs given as codes `i * claims.length + j` with their scores in the same order (the alignment). */
  constructor(claims: readonly WeightedClaim[], codes: Float64Array, scores: Float64Array);
  constructor(private readonly claims: readonly WeightedClaim[], pairs: Float64Array | readonly { a: WeightedClaim; b: WeightedClaim; sim: Similarity }[], scores?: Float64Array) {
    ({ sourceOf: this.sourceOf, sources: this.sources } = sourceIndices(claims));
    const counts = new Int32Array(this.sources);
    for (let i = 0; i < claims.length; i++) counts[this.sourceOf[i]]++;
    const seen = new Int32Array(this.sources);
    this.place = Float64Array.from(this.sourceOf, (s) => {
      const rank = seen[s]++;
      return counts[s] > 1 ? rank / (counts[s] - 1) : 0;
    });
    this.top = new Float64Array(claims.length * this.sources * 2);
    this.kinds = new Int32Array(claims.length * 2).fill(-1);
    this.sentenceWordsOf = new Array(claims.length);
    this.logLength = Float64Array.from(claims, (c) => Math.log(1 + c.items.length));
    const n = claims.length;
    if (pairs instanceof Float64Array) {
      for (let k = 0; k < pairs.length; k++) {
        const i = Math.floor(pairs[k] / n);
        this.noteAt(i, pairs[k] - i * n, scores![k]);
      }
    } else {
      for (const { a, b, sim } of pairs) this.noteAt(this.index(a), this.index(b), sim.score);
    }
  }

  private noteAt(i: number, j: number, score: number): void {
    this.note(i, this.sourceOf[j], score);
    this.note(j, this.sourceOf[i], score);
  }

  private note(claim: number, source: number, score: number): void {
    const at = (claim * this.sources + source) * 2;
    const top = this.top;
    if (score > top[at]) {
      top[at + 1] = top[at];
      top[at] = score;
    } else if (score > top[at + 1]) top[at + 1] = score;
  }

  /** A claim's index, or -1 for a claim the context was not built on. */
  index(claim: WeightedClaim): number {
    if (!this.indexOf) {
      this.indexOf = new Map();
      for (let i = 0; i < this.claims.length; i++) this.indexOf.set(this.claims[i], i);
    }
    return this.indexOf.get(claim) ?? -1;
  }

  /** The best score of claim `i` against the claims of `j`'s source. */
  best(i: number, j: number): number {
    return this.top[(i * this.sources + this.sourceOf[j]) * 2];
  }

  /** The second-best score of claim `i` against the claims of `j`'s source. */
  runnerUp(i: number, j: number): number {
    return this.top[(i * this.sources + this.sourceOf[j]) * 2 + 1];
  }

  /** Where claim `i` stands in its source, from 0 (first) to 1 (last). */
  placeOf(i: number): number {
    return this.place[i];
  }

  /** `Math.log(1 + n)` of claim `i`'s feature count `n`. */
  logLengthOf(i: number): number {
    return this.logLength[i];
  }

  /** How many names claim `i` has. */
  namesOf(i: number): number {
    if (this.kinds[2 * i] < 0) this.countKinds(i);
    return this.kinds[2 * i];
  }

  /** How many dates and counts claim `i` has. */
  numbersOf(i: number): number {
    if (this.kinds[2 * i] < 0) this.countKinds(i);
    return this.kinds[2 * i + 1];
  }

  private countKinds(i: number): void {
    let names = 0;
    let numbers = 0;
    for (const item of this.claims[i].items) {
      if (item.feature.pos === 'e') names++;
      else if (item.feature.pos === 'q' || item.feature.pos === 'd') numbers++;
    }
    this.kinds[2 * i] = names;
    this.kinds[2 * i + 1] = numbers;
  }

  /** The content lemmas of claim `i`'s whole sentence as sorted distinct ids (see `sentenceWords`). */
  sentenceWordsAt(i: number): Int32Array {
    return (this.sentenceWordsOf[i] ??= sentenceWords(this.claims[i].claim.unit.sentence));
  }
}

const wordsCache = new WeakMap<Sentence, Int32Array>();
const lemmaIds = new Map<string, number>();
const SENTENCE_WORD = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN', 'NUM']);

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
      if (!SENTENCE_WORD.has(t.pos) || t.lemma.length <= 2) continue;
      let id = lemmaIds.get(t.lemma);
      if (id === undefined) lemmaIds.set(t.lemma, (id = lemmaIds.size));
      ids.add(id);
    }
    words = Int32Array.from(ids).sort();
    wordsCache.set(sentence, words);
  }
  return words;
}
