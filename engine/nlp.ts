// The one place that talks to wink-nlp: turns a block of text into tokens with exact
// character offsets, so every later stage works on plain arrays.
import winkNLP from 'wink-nlp';
import model from './data/wink-model';

export interface Token {
  /** Offsets into the whole source text (UTF-16). */
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag from wink (NOUN, VERB, PROPN, AUX, PART, PUNCT, NUM, ...). */
  pos: string;
  isWord: boolean;
  /** Index of the token in its sentence. */
  index: number;
}

export interface TokenizedSentence {
  start: number;
  end: number;
  tokens: Token[];
}

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | null = null;

function engine(): Wink {
  // Loaded on first use: the model costs ~60-100 ms and the CLI's bad-input paths never need it.
  // Only what the engine reads: sentence boundaries and POS tags (no sentiment, entities or negation flags).
  wink ??= winkNLP(model, ['sbd', 'pos']);
  return wink;
}

/** Splits a block (no paragraph breaks inside) into sentences of tokens. */
export function tokenizeBlock(fullText: string, blockStart: number, blockEnd: number): TokenizedSentence[] {
  const nlp = engine();
  const its = nlp.its;
  const block = fullText.slice(blockStart, blockEnd);
  const doc = nlp.readDoc(block);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  // wink's type declarations describe its.lemma with a narrower signature than it has at run time.
  const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[];
  const types = all.out(its.type) as string[];
  const starts = locateTokens(block, values);
  const sentences: TokenizedSentence[] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (let s = 0; s < spans.length; s++) {
    const first = spans[s][0];
    const last = spans[s][1];
    const tokens: Token[] = [];
    for (let i = first; i <= last; i++) {
      const start = blockStart + starts[i];
      const end = Math.min(start + values[i].length, blockEnd);
      // wink's value is one string per distinct word: reused where it is exactly the text's.
      const text = end - start === values[i].length && fullText.startsWith(values[i], start) ? values[i] : fullText.slice(start, end);
      tokens.push({
        start,
        end,
        text,
        lower: lowerCase(text),
        lemma: lowerCase(lemmas[i] || values[i]),
        pos: pos[i],
        isWord: types[i] === 'word' || types[i] === 'number',
        index: i - first,
      });
    }
    if (tokens.length) sentences.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
  }
  return sentences;
}

/** Past this many words the memo starts afresh, so a long-lived worker's stays bounded. */
const MAX_LOWERCASE_WORDS = 100_000;
let lowercased = new Map<string, string>();

/**
 * One lowercase string per word, not per token: a text repeats its words, every token keeps its
 * lowercase form and lemma for the whole analysis, and later stages look them up in sets.
 */
function lowerCase(word: string): string {
  let lower = lowercased.get(word);
  if (lower === undefined) {
    if (lowercased.size >= MAX_LOWERCASE_WORDS) lowercased = new Map();
    lowercased.set(word, (lower = word.toLowerCase()));
  }
  return lower;
}

/** wink keeps token values as they appear in the text, so a forward scan recovers offsets. */
function locateTokens(block: string, values: string[]): number[] {
  const starts: number[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const found = block.indexOf(values[i], cursor);
    // A token wink rewrote (rare) keeps the cursor position rather than jumping ahead.
    const start = found < 0 || found - cursor > 64 ? cursor : found;
    starts[i] = start;
    cursor = Math.min(block.length, start + values[i].length);
  }
  return starts;
}
