// Matching a lexicon of words and phrases against tokens in one pass: phrases are indexed by their
// first word, so a lookup costs one Map access per token whatever the size of the lexicon.
import type { Token } from '../nlp';

export interface PhraseIndex<T> {
  /** Entries keyed by first word; each holds the remaining words, longest phrase first. */
  byFirst: Map<string, { rest: string[]; phrase: string; value: T }[]>;
}

/** Hyphenated entries ("so-called") match wink's tokens "so", "-", "called". */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+|(?=-)|(?<=-)/).filter(Boolean);
}

export function indexPhrases<T>(entries: Iterable<[string, T]>): PhraseIndex<T> {
  const byFirst: PhraseIndex<T>['byFirst'] = new Map();
  for (const [phrase, value] of entries) {
    const [first, ...rest] = phraseWords(phrase);
    const list = byFirst.get(first) ?? [];
    list.push({ rest, phrase, value });
    list.sort((a, b) => b.rest.length - a.rest.length);
    byFirst.set(first, list);
  }
  return { byFirst };
}

export interface PhraseMatch<T> {
  tokens: Token[];
  phrase: string;
  value: T;
}

/** The entry matching at `tokens[i]` by written form or, for single words, by lemma. */
export function matchAt<T>(index: PhraseIndex<T>, tokens: Token[], i: number): PhraseMatch<T> | null {
  const t = tokens[i];
  const candidates = index.byFirst.get(t.lower) ?? (t.lemma !== t.lower ? index.byFirst.get(t.lemma) : undefined);
  if (!candidates) return null;
  // Common first words ("in", "at") head several phrases: plain loops, no closure per candidate.
  for (let c = 0; c < candidates.length; c++) {
    const { rest, phrase, value } = candidates[c];
    if (restMatches(tokens, i + 1, rest)) return { tokens: tokens.slice(i, i + 1 + rest.length), phrase, value };
  }
  return null;
}

function restMatches(tokens: Token[], from: number, rest: string[]): boolean {
  for (let k = 0; k < rest.length; k++) {
    const t = tokens[from + k];
    if (t?.lower !== rest[k] && t?.lemma !== rest[k]) return false;
  }
  return true;
}
