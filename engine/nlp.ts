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
  const { words, pos, lemmas } = readColumns(doc, its);
  const starts = locateTokens(block, words);
  const sentences: TokenizedSentence[] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (let s = 0; s < spans.length; s++) {
    const first = spans[s][0];
    const last = spans[s][1];
    const tokens: Token[] = [];
    for (let i = first; i <= last; i++) {
      const word = words[i];
      const start = blockStart + starts[i];
      const end = Math.min(start + word.value.length, blockEnd);
      // wink's value is one string per distinct word: reused where it is exactly the text's.
      const text = end - start === word.value.length && fullText.startsWith(word.value, start) ? word.value : fullText.slice(start, end);
      tokens.push({
        start,
        end,
        text,
        lower: text === word.value ? word.lower : lowerCase(text),
        lemma: lemmas[i],
        pos: pos[i],
        isWord: word.isWord,
        index: i - first,
      });
    }
    if (tokens.length) sentences.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
  }
  return sentences;
}

type Doc = ReturnType<Wink['readDoc']>;
type Its = Wink['its'];

interface Columns {
  /** What wink says of each token's word, shared by every token of that word. */
  words: WordFacts[];
  pos: string[];
  /** Lowercase, and the word itself where wink gives no lemma. */
  lemmas: string[];
}

/** Past this many words the memo starts afresh, so a long-lived worker's stays bounded. */
const MAX_MEMO_WORDS = 100_000;

/** What wink says of one word whatever its context, and its lemma under each tag seen. */
interface WordFacts {
  value: string;
  lower: string;
  /** wink's type is word or number (not punctuation, symbol, ...). */
  isWord: boolean;
  lemmaByTag: Map<string, string>;
}

/** By wink's lexeme id, which stays the word's for the worker's life. */
let wordsById = new Map<number, WordFacts>();

/**
 * wink's value, type, tag and lemma of every token. Reading each column costs a pass of wink's
 * accessors over the block, and the lemma's is the dearest (spelling maps, lexicon probes): the
 * words of a text repeat, so value, type and lemma (a function of the word and its tag) are kept
 * by wink's lexeme id, and a column is read from wink only for a block with a word, or a word and
 * tag, not seen before. Contractions' tokens carry their own lemma ("'s" is "be" or "us"), so
 * theirs is always read.
 */
function readColumns(doc: Doc, its: Its): Columns {
  const all = doc.tokens();
  const ids = all.out(its.uniqueId) as unknown as number[];
  const pos = all.out(its.pos) as string[];
  const contracted = all.out(its.contractionFlag) as unknown as boolean[];
  const count = ids.length;
  const words: WordFacts[] = new Array(count);
  const lemmas: string[] = new Array(count);
  let winkValues: string[] | null = null;
  let winkTypes: string[] | null = null;
  let winkLemmas: string[] | null = null;
  if (wordsById.size >= MAX_MEMO_WORDS) wordsById = new Map();
  for (let i = 0; i < count; i++) {
    let word = wordsById.get(ids[i]);
    if (word === undefined) {
      winkValues ??= all.out(its.value) as string[];
      winkTypes ??= all.out(its.type) as string[];
      const isWord = winkTypes[i] === 'word' || winkTypes[i] === 'number';
      wordsById.set(ids[i], (word = { value: winkValues[i], lower: lowerCase(winkValues[i]), isWord, lemmaByTag: new Map() }));
    }
    words[i] = word;
    let lemma = contracted[i] ? undefined : word.lemmaByTag.get(pos[i]);
    if (lemma === undefined) {
      // wink's type declarations describe its.lemma with a narrower signature than it has at run time.
      winkLemmas ??= all.out(its.lemma as unknown as typeof its.value) as string[];
      lemma = lowerCase(winkLemmas[i] || word.value);
      if (!contracted[i]) word.lemmaByTag.set(pos[i], lemma);
    }
    lemmas[i] = lemma;
  }
  return { words, pos, lemmas };
}

let lowercased = new Map<string, string>();

/**
 * One lowercase string per word, not per token: a text repeats its words, every token keeps its
 * lowercase form and lemma for the whole analysis, and later stages look them up in sets.
 */
function lowerCase(word: string): string {
  let lower = lowercased.get(word);
  if (lower === undefined) {
    if (lowercased.size >= MAX_MEMO_WORDS) lowercased = new Map();
    lowercased.set(word, (lower = word.toLowerCase()));
  }
  return lower;
}

/** wink keeps token values as they appear in the text, so a forward scan recovers offsets. */
function locateTokens(block: string, words: WordFacts[]): number[] {
  const starts: number[] = new Array(words.length);
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const value = words[i].value;
    const found = block.indexOf(value, cursor);
    // A token wink rewrote (rare) keeps the cursor position rather than jumping ahead.
    const start = found < 0 || found - cursor > 64 ? cursor : found;
    starts[i] = start;
    cursor = Math.min(block.length, start + value.length);
  }
  return starts;
}
