// Contest by opposite evaluations: two aligned claims judge the same thing in opposite terms
// ("cleared the stand calmly and efficiently" / "getting out was total chaos"; "posed no risk" /
// "was toxic"). Only between claims already grouped into one point: a judgement alone does not
// say what it is about, so it is never evidence that two claims speak of the same thing.
import { afinnScore } from '../lexicons/afinn';
import type { AnalyzedClaim } from '../features';
import type { Token } from '../nlp';
import { cuesFor, sourceName, subjectVerb, wordsOf, type CueDetector } from './pair';

/** AFINN rates mild words ±1 ("want", "agree"); from ±2 a word carries a judgement. */
export const MIN_STRENGTH = 2;

interface Evaluation {
  score: number;
  words: Token[];
}

const cache = new WeakMap<AnalyzedClaim, Evaluation>();

/** AFINN lists adjectives, not their adverbs: "calmly" is rated as "calm", "happily" as "happy". */
function adjectiveOf(adverb: string): string | null {
  if (!adverb.endsWith('ly') || adverb.length < 5) return null;
  return adverb.endsWith('ily') ? `${adverb.slice(0, -3)}y` : adverb.slice(0, -2);
}

function rating(t: Token): number {
  const adjective = t.pos === 'ADV' ? adjectiveOf(t.lower) : null;
  const score = afinnScore(t.lower) ?? afinnScore(t.lemma) ?? (adjective ? afinnScore(adjective) : undefined) ?? 0;
  return Math.abs(score) >= MIN_STRENGTH ? score : 0;
}

/** The claim's own judgement: strong evaluative words, each flipped when negated ("no risk"). */
export function evaluationOf(claim: AnalyzedClaim): Evaluation {
  let found = cache.get(claim);
  if (found) return found;
  const negated = negatedStarts(claim);
  let score = 0;
  const words: Token[] = [];
  // Judgements are adjectives and adverbs ("toxic", "calmly"), the noun a claim predicates ("was
  // total chaos") or denies outright ("posed no risk"); other nouns and verbs name events ("died",
  // "a loss"), not judgements.
  const predicate = claim.predicate?.pos === 'n' ? claim.predicate.tokens : null;
  const content = claim.unit.content;
  for (let i = 0; i < content.length; i++) {
    const t = content[i];
    const judging = t.pos === 'ADJ' || t.pos === 'ADV' || (predicate !== null && hasStart(predicate, t.start)) || (t.pos === 'NOUN' && content[i - 1]?.lower === 'no');
    if (!t.isWord || !judging) continue;
    const value = rating(t);
    if (!value) continue;
    score += negated !== null && negated.has(t.start) ? -value : value;
    words.push(t);
  }
  cache.set(claim, (found = { score, words }));
  return found;
}

/** Token starts of the claim's negated features, or null when it negates nothing (most claims). */
function negatedStarts(claim: AnalyzedClaim): Set<number> | null {
  let starts: Set<number> | null = null;
  for (const feature of claim.features) {
    if (!feature.negated) continue;
    starts ??= new Set();
    for (const t of feature.tokens) starts.add(t.start);
  }
  return starts;
}

function hasStart(tokens: Token[], start: number): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].start === start) return true;
  return false;
}

export const detectOppositeEvaluation: CueDetector = (pair) => {
  if (!pair.grouped) return null;
  const a = evaluationOf(pair.a.claim);
  const b = evaluationOf(pair.b.claim);
  if (!(a.score >= MIN_STRENGTH && b.score <= -MIN_STRENGTH) && !(a.score <= -MIN_STRENGTH && b.score >= MIN_STRENGTH)) return null;
  const [good, bad] = a.score > 0 ? [pair.a.claim, pair.b.claim] : [pair.b.claim, pair.a.claim];
  const [goodWords, badWords] = a.score > 0 ? [a.words, b.words] : [b.words, a.words];
  return {
    kind: 'opposite-evaluation',
    claims: [pair.a.claim.unit.id, pair.b.claim.unit.id],
    cues: [...cuesFor(good, goodWords), ...cuesFor(bad, badWords)],
    detail: `${subjectVerb(sourceName(pair, good), 'judges')} it favourably (“${wordsOf(goodWords)}”), while ${subjectVerb(sourceName(pair, bad), 'judges')} it harshly (“${wordsOf(badWords)}”): they judge the same thing in opposite terms.`,
  };
};
