// Stage 3a: how much two claims say about the same thing. Words are weighted by rarity in the
// case and in English, matched through WordNet synonyms, derivations ("extradition" /
// "extradite") and adjective-to-name links ("Kazakh" / "Kazakhstan"); names count for less
// than content words, so sharing an actor alone never makes two claims one point.
import type { AnalyzedClaim, Feature, FeaturePos } from './features';
import { commonness } from './wordnet';
import { interned, sortedKeys, type InternedKeys, type SortedKeys } from './sorted-keys';
import { markKeys, scoreAgainstMarkedInto, scorePairOfClaims, ScoredPairs, unmarkKeys } from './pair-scoring';
import { matchKeys } from './match-keys';

export type { SortedKeys };
export { matchKeys };

export interface WeightedFeature {
  feature: Feature;
  weight: number;
  /**
   * Match keys as interned ids with their strength: the lemma itself 1, a derivation 0.9, a
   * shared synset 0.8. Shared by every feature of the same word.
   */
  keys: InternedKeys;
}

export interface WeightedClaim {
  claim: AnalyzedClaim;
  items: WeightedFeature[];
  norm: number;
  /** Every match key of the claim's features as interned ids, sorted, for a merge join. */
  keys: SortedKeys;
  /**
   * The pairs `similarity(this, other)` has scored, by `other`: kept on the claim so that a
   * lookup is a property read, not a WeakMap search, and goes with the claim. Use `similarity`.
   */
  scored?: Map<WeightedClaim, Similarity>;
}

export interface FeatureMatch {
  a: WeightedFeature;
  b: WeightedFeature;
  strength: number;
  contribution: number;
}

export interface Similarity {
  readonly score: number;
  readonly matches: FeatureMatch[];
  /** The part of `score` matched on content words (not names, not inherited subjects). */
  contentWeight: number;
  /**
   * Visits the matched features' kinds (the bits of sorted-keys.ts: `WORD`, `PREDICATE`, ...)
   * without making `matches` objects or reading the features (for the alignment's every candidate).
   */
  eachMatchedKinds(visit: (kindsA: number, kindsB: number, strength: number) => void): void;
  /** Visits the matched features without making `matches` objects. */
  eachMatch(visit: (a: Feature, b: Feature, strength: number) => void): void;
}

const POS_FACTOR: Record<FeaturePos, number> = { n: 1, v: 1, a: 0.7, r: 0.3, e: 0.5, d: 0.5, q: 0.5 };
const INHERITED_FACTOR = 0.6;
const MODIFIER_FACTOR = 0.5;

export function weighClaims(claims: AnalyzedClaim[]): WeightedClaim[] {
  const n = claims.length;
  const words = countKeys(claims);
  const weighed: WeightedClaim[] = [];
  for (let c = 0; c < claims.length; c++) {
    const claim = claims[c];
    const items: WeightedFeature[] = [];
    let squares = 0;
    for (let f = 0; f < claim.features.length; f++) {
      const feature = claim.features[f];
      const word = words.get(feature.key)!;
      word.idf ??= Math.log(1 + n / word.claims);
      const english = feature.pos === 'e' ? 1 : (word.english ??= 1 / (1 + Math.log10(1 + commonness(feature.key)) / 2));
      const weight = word.idf * POS_FACTOR[feature.pos] * english * (feature.inherited ? INHERITED_FACTOR : 1) * (feature.modifier ? MODIFIER_FACTOR : 1);
      items.push({ feature, weight, keys: keysOf(word, feature) });
      squares += weight * weight;
    }
    weighed.push({ claim, items, norm: Math.sqrt(squares), keys: sortedKeys(items), scored: new Map() });
  }
  return weighed;
}

/** Per feature key: how many claims use it, and its rarity factors once computed. */
interface KeyStats {
  claims: number;
  /** The claim that last counted the key: a key counts once per claim. */
  last: number;
  idf?: number;
  english?: number;
  /** `matchKeys` of the key's features by part of speech and head: usually one entry. */
  matchKeys?: { pos: FeaturePos; head: string | undefined; keys: InternedKeys }[];
}

/**
 * A feature's match keys through its key's stats: `matchKeys` itself builds a cache key string
 * per call, which for every feature of a large case cost more than the few comparisons here.
 */
function keysOf(word: KeyStats, feature: Feature): InternedKeys {
  const known = (word.matchKeys ??= []);
  for (let i = 0; i < known.length; i++) if (known[i].pos === feature.pos && known[i].head === feature.head) return known[i].keys;
  const keys = interned(matchKeys(feature));
  known.push({ pos: feature.pos, head: feature.head, keys });
  return keys;
}

function countKeys(claims: AnalyzedClaim[]): Map<string, KeyStats> {
  const stats = new Map<string, KeyStats>();
  for (let c = 0; c < claims.length; c++) {
    const features = claims[c].features;
    for (let f = 0; f < features.length; f++) {
      const key = features[f].key;
      const seen = stats.get(key);
      if (!seen) stats.set(key, { claims: 1, last: c });
      else if (seen.last !== c) {
        seen.claims++;
        seen.last = c;
      }
    }
  }
  return stats;
}

/** Alignment, grouping and the verdicts all ask about the same pairs: each is scored once. */
export function similarity(a: WeightedClaim, b: WeightedClaim): Similarity {
  const row = (a.scored ??= new Map());
  let result = row.get(b);
  if (!result) row.set(b, (result = scorePairOfClaims(a, b)));
  return result;
}

/**
 * The similarity of every pair `i * claims.length + j` of `codes` (ascending), kept as numbers
 * (`ScoredPairs`). A claim's partners come in one run, scored as a row: its keys are looked up by
 * id once for the whole row instead of merged anew against every partner.
 */
export function scorePairs(claims: readonly WeightedClaim[], codes: Float64Array): ScoredPairs {
  const n = claims.length;
  const pairs = new ScoredPairs(codes.length);
  for (let k = 0; k < codes.length; ) {
    const i = Math.floor(codes[k] / n);
    const a = claims[i];
    markKeys(a.keys);
    try {
      for (; k < codes.length && codes[k] < (i + 1) * n; k++) scoreAgainstMarkedInto(a, claims[codes[k] - i * n], pairs, k);
    } finally {
      unmarkKeys(a.keys);
    }
  }
  return pairs;
}

/** Keeps a similarity scored elsewhere (`scorePairs`) for later `similarity(a, b)`. */
export function rememberSimilarity(a: WeightedClaim, b: WeightedClaim, sim: Similarity): void {
  (a.scored ??= new Map()).set(b, sim);
}
