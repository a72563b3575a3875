// Contest by dismissal: one source calls the other's account untrue or a manoeuvre
// ("a fabrication", "baseless", "was started by X to distract ...").
import { isWordFeature, type AnalyzedClaim } from '../features';
import type { Token } from '../nlp';
import { DENIED_GROUNDS, DISMISSAL_PURPOSES, DISMISSAL_WORDS, PREDICATIVE_DISMISSALS } from '../lexicons/antonyms';
import { cuesFor, sourceName, subjectVerb, wordsOf, type CueDetector } from './pair';

/** The dismissing words of a claim, if it dismisses anything. */
const dismissalCache = new WeakMap<AnalyzedClaim, Token[]>();

export function dismissalWords(claim: AnalyzedClaim): Token[] {
  let words = dismissalCache.get(claim);
  if (!words) dismissalCache.set(claim, (words = findDismissalWords(claim)));
  return words;
}

/** Every word a dismissal can start with: one lookup turns down the other words of every claim. */
const DISMISSAL_STARTS = new Set(['without', 'no', 'to', ...DISMISSAL_WORDS, ...PREDICATIVE_DISMISSALS]);

function findDismissalWords(claim: AnalyzedClaim): Token[] {
  const content = claim.unit.content;
  for (let i = 0; i < content.length; i++) {
    const t = content[i];
    if (!DISMISSAL_STARTS.has(t.lower)) continue;
    // "without foundation", "no basis in fact": the negation is the dismissal.
    if ((t.lower === 'without' || t.lower === 'no') && content[i + 1] && DENIED_GROUNDS.has(content[i + 1].lemma)) return [t, content[i + 1]];
    // The lexicon first: it turns down most words before the negation test walks the cues.
    const words = dismissalAt(content, i);
    if (words && !negatedBefore(claim, t.start)) return words;
  }
  return [];
}

/** The dismissing words starting at content[i], negated or not. */
function dismissalAt(content: Token[], i: number): Token[] | null {
  const t = content[i];
  if (DISMISSAL_WORDS.has(t.lower) && content[i - 1]?.text !== '-') return [t];
  if (PREDICATIVE_DISMISSALS.has(t.lower) && isPredicative(content, i)) return [t];
  if (t.lower === 'to' && content[i + 1] && DISMISSAL_PURPOSES.has(content[i + 1].lemma) && i > 2) return [t, content[i + 1]];
  return null;
}

/** A negation cue ends just before the word ("not false", "never a sham"). */
function negatedBefore(claim: AnalyzedClaim, start: number): boolean {
  const cues = claim.negationCues;
  for (let k = 0; k < cues.length; k++) if (cues[k].start < start && start - cues[k].end < 12) return true;
  return false;
}

/** "are false", "is simply wrong": after a form of "be", and not describing a noun that follows. */
function isPredicative(content: Token[], at: number): boolean {
  const next = content[at + 1];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return false;
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    if (content[i].lemma === 'be') return true;
    if (content[i].pos !== 'ADV') return false;
  }
  return false;
}

export const detectDismissal: CueDetector = (pair) => {
  // Most claims dismiss nothing: no need to build the pairings below.
  if (!dismissalWords(pair.a.claim).length && !dismissalWords(pair.b.claim).length) return null;
  for (const [dismisser, other] of [[pair.a.claim, pair.b.claim], [pair.b.claim, pair.a.claim]]) {
    const words = dismissalWords(dismisser);
    if (!words.length) continue;
    const shared = pair.similarity.matches.filter((m) => isWordFeature(m.a.feature) && !m.a.feature.inherited && !m.b.feature.inherited);
    const otherTokens = shared.flatMap((m) => (other === pair.a.claim ? m.a.feature.tokens : m.b.feature.tokens));
    return {
      kind: 'dismissal',
      claims: [pair.a.claim.unit.id, pair.b.claim.unit.id],
      cues: [...cuesFor(dismisser, words), ...cuesFor(other, otherTokens)],
      detail: `${subjectVerb(sourceName(pair, dismisser), 'dismisses')} this account (“${wordsOf(words)}”) that ${subjectVerb(sourceName(pair, other), 'presents')} as true.`,
    };
  }
  return null;
};
