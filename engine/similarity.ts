// Stage 3a: how much two claims say about the same thing. Words are weighted by rarity in the
// case and in English, matched through WordNet synonyms, derivations ("extradition" /
// "extradite") and adjective-to-name links ("Kazakh" / "Kazakhstan"); names count for less
// than content words, so sharing an actor alone never makes two claims one point.
import type { AnalyzedClaim, Feature, FeaturePos } from './features';
import { commonness, derivationallyRelated, pertainyms, synsetIds, type WordnetPos } from './wordnet';

export interface WeightedFeature {
  feature: Feature;
  weight: number;
  /** Match keys with their strength: the lemma itself 1, a derivation 0.9, a shared synset 0.8. */
  keys: Map<string, number>;
}

export interface WeightedClaim {
  claim: AnalyzedClaim;
  items: WeightedFeature[];
  norm: number;
}

export interface FeatureMatch {
  a: WeightedFeature;
  b: WeightedFeature;
  strength: number;
  contribution: number;
}

export interface Similarity {
  score: number;
  matches: FeatureMatch[];
  /** The part of `score` matched on content words (not names, not inherited subjects). */
  contentWeight: number;
}

const POS_FACTOR: Record<FeaturePos, number> = { n: 1, v: 1, a: 0.7, r: 0.3, e: 0.5 };
const INHERITED_FACTOR = 0.6;

export function weighClaims(claims: AnalyzedClaim[]): WeightedClaim[] {
  const documentFrequency = new Map<string, number>();
  for (const c of claims) for (const key of new Set(c.features.map((f) => f.key))) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  const n = claims.length;
  return claims.map((claim) => {
    const items = claim.features.map((feature) => {
      const df = documentFrequency.get(feature.key) ?? 1;
      const idf = Math.log(1 + n / df);
      const english = feature.pos === 'e' ? 1 : 1 / (1 + Math.log10(1 + commonness(feature.key)) / 2);
      const weight = idf * POS_FACTOR[feature.pos] * english * (feature.inherited ? INHERITED_FACTOR : 1);
      return { feature, weight, keys: matchKeys(feature) };
    });
    return { claim, items, norm: Math.sqrt(items.reduce((s, i) => s + i.weight * i.weight, 0)) };
  });
}

const keyCache = new Map<string, Map<string, number>>();

export function matchKeys(feature: Feature): Map<string, number> {
  const cacheKey = `${feature.pos}|${feature.key}`;
  const cached = keyCache.get(cacheKey);
  if (cached) return cached;
  const keys = new Map<string, number>();
  const add = (key: string, strength: number) => keys.set(key, Math.max(keys.get(key) ?? 0, strength));
  if (feature.pos === 'e') {
    add(`e:${feature.key}`, 1);
  } else {
    add(`w:${feature.key}`, 1);
    const pos = feature.pos as WordnetPos;
    for (const id of synsetIds(feature.key, pos)) add(`s:${id}`, 0.8);
    for (const related of derivationallyRelated(feature.key)) {
      add(`w:${related}`, 0.9);
      for (const id of synsetIds(related, related === feature.key ? (pos === 'n' ? 'v' : 'n') : pos === 'v' ? 'n' : 'v')) add(`s:${id}`, 0.7);
    }
    if (pos === 'a') {
      for (const noun of pertainyms(feature.key).slice(0, 1)) {
        const sense = synsetIds(noun, 'n');
        add(`e:${sense.length ? `wn:${sense[0]}` : noun}`, 0.9);
      }
    }
  }
  keyCache.set(cacheKey, keys);
  return keys;
}

function strength(a: WeightedFeature, b: WeightedFeature): number {
  if (a.feature.key === b.feature.key && (a.feature.pos === 'e') === (b.feature.pos === 'e')) return 1;
  let best = 0;
  const [small, large] = a.keys.size <= b.keys.size ? [a.keys, b.keys] : [b.keys, a.keys];
  for (const [key, s] of small) {
    const t = large.get(key);
    if (t !== undefined) best = Math.max(best, Math.min(s, t));
  }
  return best;
}

/** Greedy one-to-one matching of features, strongest first; deterministic. */
export function similarity(a: WeightedClaim, b: WeightedClaim): Similarity {
  const candidates: FeatureMatch[] = [];
  for (const fa of a.items) {
    for (const fb of b.items) {
      const s = strength(fa, fb);
      if (s > 0) candidates.push({ a: fa, b: fb, strength: s, contribution: s * fa.weight * fb.weight });
    }
  }
  candidates.sort((x, y) => y.contribution - x.contribution);
  const usedA = new Set<WeightedFeature>();
  const usedB = new Set<WeightedFeature>();
  const matches: FeatureMatch[] = [];
  let matched = 0;
  let contentWeight = 0;
  for (const m of candidates) {
    if (usedA.has(m.a) || usedB.has(m.b)) continue;
    usedA.add(m.a);
    usedB.add(m.b);
    matches.push(m);
    matched += m.contribution;
    if (m.a.feature.pos !== 'e' && m.b.feature.pos !== 'e' && !(m.a.feature.inherited && m.b.feature.inherited)) contentWeight += m.contribution;
  }
  const denominator = a.norm * b.norm || 1;
  return { score: matched / denominator, matches, contentWeight: contentWeight / denominator };
}
