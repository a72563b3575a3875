// Contest by opposite words: legal/illegal, guilty/innocent, voluntary/forced, fair/unfair.
// "not legal" against "illegal" agrees, so negation on one side cancels the opposition.
import { isWordFeature, type Feature } from '../features';
import { antonyms, commonness, indirectAntonyms } from '../wordnet';
import { CURATED_ANTONYMS } from '../lexicons/antonyms';
import { cuesFor, sourceName, wordsOf, type CueDetector } from './pair';
import type { WeightedFeature } from '../similarity';
import type { Token } from '../nlp';

const CURATED = new Map<string, Set<string>>();
for (const [x, y] of CURATED_ANTONYMS) {
  if (!CURATED.has(x)) CURATED.set(x, new Set());
  if (!CURATED.has(y)) CURATED.set(y, new Set());
  CURATED.get(x)!.add(y);
  CURATED.get(y)!.add(x);
}
const NEGATING_PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'dis', 'non', 'non-'];
const MIN_STEM = 4;
const LIGHT_WORD_COMMONNESS = 600;

const opposites = new Map<string, ReadonlySet<string>>();

/** Every word listed as the opposite of `lemma` (curated, WordNet direct, and for adjectives indirect). */
function oppositesOf(lemma: string, pos: string): ReadonlySet<string> {
  const cacheKey = `${pos}|${lemma}`;
  let set = opposites.get(cacheKey);
  if (!set) {
    set = new Set([...(CURATED.get(lemma) ?? []), ...antonyms(lemma), ...(pos === 'a' ? indirectAntonyms(lemma) : [])]);
    opposites.set(cacheKey, set);
  }
  return set;
}

export function areAntonyms(a: Feature, b: Feature): boolean {
  if (!isWordFeature(a) || !isWordFeature(b) || a.key === b.key) return false;
  // Light verbs (give/take, come/go) are opposites in the dictionary but rarely in a dispute.
  if (commonness(a.key) > LIGHT_WORD_COMMONNESS || commonness(b.key) > LIGHT_WORD_COMMONNESS) return false;
  if (oppositesOf(a.key, a.pos).has(b.key) && (a.pos === 'a' || !indirectOnly(a.key, b.key))) return true;
  if (a.pos === 'a' && b.pos === 'a') return isPrefixNegation(a.key, b.key) || isPrefixNegation(b.key, a.key);
  return false;
}

/** Indirect antonyms only count between adjectives. */
function indirectOnly(a: string, b: string): boolean {
  return !CURATED.get(a)?.has(b) && !antonyms(a).includes(b);
}

function isPrefixNegation(plain: string, prefixed: string): boolean {
  return plain.length >= MIN_STEM && NEGATING_PREFIXES.some((p) => prefixed === p + plain);
}

/**
 * An opposite word only contradicts when it fills the same slot: the predicate, or a word next to
 * something both claims share ("made a loss" / "made a profit"; "a fair vote" / "an unfair vote").
 */
function anchored(item: WeightedFeature, matched: Token[]): boolean {
  if (item.feature.role === 'predicate') return true;
  const at = item.feature.tokens[0];
  return matched.some((t) => t !== at && Math.abs(t.index - at.index) <= 3 && t.start !== at.start);
}

export const detectAntonym: CueDetector = (pair) => {
  const matchedA = pair.similarity.matches.flatMap((m) => m.a.feature.tokens);
  const matchedB = pair.similarity.matches.flatMap((m) => m.b.feature.tokens);
  const candidatesB = pair.b.items.filter((fb) => !fb.feature.inherited && isWordFeature(fb.feature) && anchored(fb, matchedB));
  if (!candidatesB.length) return null;
  for (const fa of pair.a.items) {
    if (fa.feature.inherited || !isWordFeature(fa.feature) || !anchored(fa, matchedA)) continue;
    for (const fb of candidatesB) {
      if (fa.feature.negated !== fb.feature.negated) continue;
      if (!areAntonyms(fa.feature, fb.feature)) continue;
      const a = pair.a.claim;
      const b = pair.b.claim;
      return {
        kind: 'antonym',
        claims: [a.unit.id, b.unit.id],
        cues: [...cuesFor(a, fa.feature.tokens), ...cuesFor(b, fb.feature.tokens)],
        detail: `${sourceName(pair, a)} says “${wordsOf(fa.feature.tokens)}” where ${sourceName(pair, b)} says “${wordsOf(fb.feature.tokens)}”: these words mean opposite things.`,
      };
    }
  }
  return null;
};
