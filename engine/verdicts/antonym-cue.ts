// Contest by opposite words: legal/illegal, guilty/innocent, voluntary/forced, fair/unfair.
// "not legal" against "illegal" agrees, so negation on one side cancels the opposition.
import { isWordFeature, type Feature } from '../features';
import { antonyms, commonness, indirectAntonyms } from '../wordnet';
import { CURATED_ANTONYMS } from '../lexicons/antonyms';
import { cuesFor, sourceName, subjectVerb, wordsOf, type CueDetector } from './pair';
import type { FeatureMatch, WeightedClaim, WeightedFeature } from '../similarity';

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
 * `side` says which claim of the matches the item is from. Reads the matches in place: many pairs
 * have an opposite word that is not anchored, and lists of their tokens would be made for nothing.
 */
function anchored(item: WeightedFeature, matches: FeatureMatch[], side: 'a' | 'b'): boolean {
  if (item.feature.role === 'predicate') return true;
  const at = item.feature.tokens[0];
  for (let k = 0; k < matches.length; k++) {
    const tokens = side === 'a' ? matches[k].a.feature.tokens : matches[k].b.feature.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t !== at && Math.abs(t.index - at.index) <= 3 && t.start !== at.start) return true;
    }
  }
  return false;
}

/** By part of speech, then lemma: a case's claims share most of their words. */
const candidatesByPos = new Map<string, Map<string, readonly string[]>>();

/** Words of B that could be the opposite of `lemma`: listed opposites and prefix negations. */
function oppositeCandidates(lemma: string, pos: string): readonly string[] {
  let byLemma = candidatesByPos.get(pos);
  if (!byLemma) candidatesByPos.set(pos, (byLemma = new Map()));
  let found = byLemma.get(lemma);
  if (!found) byLemma.set(lemma, (found = findOppositeCandidates(lemma, pos)));
  return found;
}

function findOppositeCandidates(lemma: string, pos: string): string[] {
  const found = [...oppositesOf(lemma, pos)];
  if (pos === 'a') {
    for (const prefix of NEGATING_PREFIXES) {
      if (lemma.length >= MIN_STEM) found.push(prefix + lemma);
      if (lemma.startsWith(prefix) && lemma.length - prefix.length >= MIN_STEM) found.push(lemma.slice(prefix.length));
    }
  }
  return found;
}

const oppositeWordsCache = new WeakMap<WeightedClaim, Set<string>>();
const wordsCache = new WeakMap<WeightedClaim, string[]>();

/** Every word that would oppose one of the claim's words; computed once per claim. */
function oppositeWordsOf(claim: WeightedClaim): Set<string> {
  let words = oppositeWordsCache.get(claim);
  if (!words) {
    words = new Set();
    for (const item of claim.items) if (isWordFeature(item.feature) && !item.feature.inherited) for (const w of oppositeCandidates(item.feature.key, item.feature.pos)) words.add(w);
    oppositeWordsCache.set(claim, words);
  }
  return words;
}

/** The keys of the claim's word features, as an array: the per-pair test below walks it. */
function wordsOfClaim(claim: WeightedClaim): string[] {
  let words = wordsCache.get(claim);
  if (!words) {
    words = [];
    for (let i = 0; i < claim.items.length; i++) if (isWordFeature(claim.items[i].feature)) words.push(claim.items[i].feature.key);
    wordsCache.set(claim, words);
  }
  return words;
}

/** Whether any word of the claim has a listed opposite. */
export function opposable(claim: WeightedClaim): boolean {
  return oppositeWordsOf(claim).size > 0;
}

/** Whether B uses any word that could oppose one of A's: asked for every pair, so it stops at the first. */
function mayOppose(a: WeightedClaim, b: WeightedClaim): boolean {
  const opposites = oppositeWordsOf(a);
  if (opposites.size === 0) return false;
  const words = wordsOfClaim(b);
  for (let i = 0; i < words.length; i++) if (opposites.has(words[i])) return true;
  return false;
}

export const detectAntonym: CueDetector = (pair) => {
  if (!mayOppose(pair.a, pair.b)) return null;
  const wordsB = new Map<string, WeightedFeature[]>();
  for (const fb of pair.b.items) {
    if (fb.feature.inherited || !isWordFeature(fb.feature)) continue;
    const list = wordsB.get(fb.feature.key);
    if (list) list.push(fb);
    else wordsB.set(fb.feature.key, [fb]);
  }
  for (const fa of pair.a.items) {
    if (fa.feature.inherited || !isWordFeature(fa.feature)) continue;
    for (const opposite of oppositeCandidates(fa.feature.key, fa.feature.pos)) {
      for (const fb of wordsB.get(opposite) ?? []) {
        if (fa.feature.negated !== fb.feature.negated || !areAntonyms(fa.feature, fb.feature)) continue;
        const matches = pair.similarity.matches;
        if (!anchored(fa, matches, 'a') || !anchored(fb, matches, 'b')) continue;
        const a = pair.a.claim;
        const b = pair.b.claim;
        return {
          kind: 'antonym',
          claims: [a.unit.id, b.unit.id],
          cues: [...cuesFor(a, fa.feature.tokens), ...cuesFor(b, fb.feature.tokens)],
          detail: `${subjectVerb(sourceName(pair, a), 'says')} “${wordsOf(fa.feature.tokens)}” where ${subjectVerb(sourceName(pair, b), 'says')} “${wordsOf(fb.feature.tokens)}”: these words mean opposite things.`,
        };
      }
    }
  }
  return null;
};
