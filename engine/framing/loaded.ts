// Loaded words of a claim: labels ("fugitive", "regime"), emotive words (AFINN-165) and
// intensifiers ("severely"). A word under a negation ("not a fugitive") is kept but marked
// `negated`, so it is shown to the student and left out of a source's tone; a word inside
// quotation marks is marked `quoted`: it is the quoted speaker's choice, not the source's.
import { afinnEntries, afinnScore } from '../lexicons/afinn';
import type { Token } from '../nlp';
import type { LoadedCue } from '../types';
import { LABELS, PROCEDURAL_WORDS } from '../lexicons/framing/labels';
import { INTENSIFIERS, INTENSIFIER_EXPLANATION } from '../lexicons/framing/intensity';
import { indexPhrases, matchAt } from './phrases';
import { startsWithCapital } from '../chars';
import type { CueContext } from './context';

const LABEL_INDEX = indexPhrases(Object.entries(LABELS));
const INTENSIFIER_INDEX = indexPhrases(INTENSIFIERS.map((w) => [w, true] as [string, boolean]));
/** AFINN rates mild words ±1 ("want", "no", "agree"); from ±2 a word carries feeling a reader notices. */
const MIN_EMOTIVE = 2;

let loadedWords: ReadonlySet<string> | null = null;

/**
 * Every word that can start a loaded cue: a label's or intensifier's first word, or an emotive
 * word. Most tokens are none, and one or two lookups here spare the four to six below.
 */
function mayBeLoaded(t: Token): boolean {
  loadedWords ??= collectLoadedWords();
  return loadedWords.has(t.lower) || (t.lemma !== t.lower && loadedWords.has(t.lemma));
}

function collectLoadedWords(): Set<string> {
  const words = new Set<string>([...LABEL_INDEX.byFirst.keys(), ...INTENSIFIER_INDEX.byFirst.keys()]);
  for (const [word, score] of afinnEntries()) if (Math.abs(score) >= MIN_EMOTIVE) words.add(word);
  return words;
}

export function findLoaded(tokens: Token[], context: CueContext): LoadedCue[] {
  const cues: LoadedCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord || !mayBeLoaded(t) || context.skips(t.start)) continue;
    const label = matchAt(LABEL_INDEX, tokens, i);
    if (label) {
      cues.push(cue(label.tokens, context, 'labelling', label.phrase, label.value.polarity, label.value.explanation));
      i += label.tokens.length - 1;
      continue;
    }
    const intensifier = matchAt(INTENSIFIER_INDEX, tokens, i);
    if (intensifier) {
      cues.push(cue(intensifier.tokens, context, 'intensifier', intensifier.phrase, 0, `"${intensifier.phrase}" ${INTENSIFIER_EXPLANATION}`));
      for (const token of intensifier.tokens) context.addIdiom(token.start);
      i += intensifier.tokens.length - 1;
      continue;
    }
    // Names are not feelings ("Hope", "Joy"), and a part of a compound ("ill" in "ill-treatment",
    // "no-confidence") is not the word on its own. AFINN lists written forms; the lemma is the fallback.
    // The lexicon lookup comes first: it rules out most words at the cost of a hash lookup.
    const score = afinnScore(t.lower) ?? (t.lemma !== t.lower ? afinnScore(t.lemma) : undefined);
    if (score === undefined || Math.abs(score) < MIN_EMOTIVE) continue;
    if (isNamePart(tokens, i) || PROCEDURAL_WORDS.has(t.lower) || isInCompound(tokens, i)) continue;
    cues.push(cue([t], context, 'emotive', t.lower, score, emotiveExplanation(t.text, score)));
  }
  return cues;
}

function cue(tokens: Token[], context: CueContext, category: LoadedCue['category'], lemma: string, polarity: number, explanation: string): LoadedCue {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return {
    start: first.start,
    end: last.end,
    text: context.text.slice(first.start, last.end),
    category,
    lemma,
    polarity,
    negated: context.isNegated(first.start),
    quoted: context.isQuoted(first.start),
    explanation,
  };
}

/** A proper noun, a capitalised word inside a sentence, or a capitalised opener before another name ("Hope Mbeki"). */
function isNamePart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos === 'PROPN') return true;
  if (!startsWithCapital(t.text)) return false;
  const next = tokens[i + 1];
  return t.index > 0 || (next !== undefined && next.pos === 'PROPN' && startsWithCapital(next.text));
}

function isInCompound(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (before?.text === '-' && before.end === tokens[i].start) || (after?.text === '-' && after.start === tokens[i].end);
}

function emotiveExplanation(word: string, score: number): string {
  const strength = Math.abs(score) >= 4 ? 'strongly' : Math.abs(score) === 3 ? 'clearly' : 'mildly';
  const feeling = score < 0 ? 'negative' : 'positive';
  return `"${word}" is a ${strength} ${feeling} word (AFINN score ${score > 0 ? '+' : ''}${score}): it makes the reader feel as well as know.`;
}
