// Actors and places: runs of proper nouns, keyed so that the forms a text uses for one actor
// meet ("Mukhtar Ablyazov" / "Ablyazov", "BTA Bank" / "the bank", "Kazakh" / "Kazakhstan").
import type { Token } from './nlp';
import { commonness, pertainyms, synsetIds } from './wordnet';
import { startsWithCapital } from './chars';

export interface EntityMention {
  key: string;
  /** The common noun an organisation's name ends in ("bank", "ministry"): "the bank" refers back. */
  head: string | null;
  tokens: Token[];
}

/** Words that go before a name as a title ("Foreign Minister", "Mr"). */
export const TITLES = new Set(['minister', 'president', 'director', 'general', 'mr', 'mrs', 'ms', 'dr', 'prime', 'foreign', 'interior', 'chief', 'ambassador', 'secretary', 'senator', 'judge', 'governor', 'mayor', 'deputy', 'spokesman', 'spokeswoman', 'spokesperson', 'colonel', 'captain', 'major', 'sir', 'lord', 'lady', 'king', 'queen', 'prince', 'professor', 'commissioner', 'chairman', 'chairwoman', 'ceo', 'premier', 'chancellor', 'sheikh', 'father', 'sister', 'reverend', 'inspector', 'sergeant', 'lieutenant', 'officer', 'justice']);
const CONNECTORS = new Set(['of', 'for', 'and', '&']);

/**
 * Proper-noun runs in a stretch of tokens ("Ministry of Health" stays one run). A lone capitalised
 * word opening a sentence ("Demand for ...", "Staff downed tools") is a name only when the case
 * also writes it capitalised mid-sentence, or when it is no dictionary word at all.
 */
export function findEntities(tokens: Token[], midSentenceNames?: ReadonlySet<string>): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameToken(tokens[i])) continue;
    let j = i;
    while (j + 1 < tokens.length && (isNameToken(tokens[j + 1]) || (CONNECTORS.has(tokens[j + 1].lower) && tokens[j + 1].lower !== 'and' && isNameToken(tokens[j + 2]) && /^[A-Z]/.test(tokens[j + 2].text)))) j++;
    if (i === j && tokens[i].index === 0 && midSentenceNames && !midSentenceNames.has(tokens[i].lower) && isDictionaryWordOrPlural(tokens[i].lower)) continue;
    const run = tokens.slice(i, j + 1);
    const mention = mentionOf(run);
    if (mention) mentions.push(mention);
    i = j;
  }
  return mentions;
}

/** The word and the singulars it could be the plural of: "families" -> "family", "boxes" -> "box". */
function singularForms(word: string): string[] {
  const forms = [word, word.replace(/s$/, '')];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  return forms;
}

/** Past this many words a memo starts afresh, so a long-lived worker's stays bounded. */
const MAX_MEMO_WORDS = 50_000;
let dictionaryWords = new Map<string, boolean>();

/** Whether the word, or a singular it could be the plural of, is a dictionary word: asked of every sentence's first word. */
function isDictionaryWordOrPlural(word: string): boolean {
  let known = dictionaryWords.get(word);
  if (known === undefined) {
    if (dictionaryWords.size >= MAX_MEMO_WORDS) dictionaryWords = new Map();
    dictionaryWords.set(word, (known = singularForms(word).some(isDictionaryWord)));
  }
  return known;
}

function isDictionaryWord(word: string): boolean {
  return synsetIds(word, 'n').length > 0 || synsetIds(word, 'v').length > 0 || synsetIds(word, 'a').length > 0 || commonness(word) > 0;
}

/** Capitalised words a text uses inside sentences: the case's names. */
export function midSentenceNames(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  addMidSentenceNames(tokens, names);
  return names;
}

/** midSentenceNames, gathered into `names` a stretch at a time. */
export function addMidSentenceNames(tokens: readonly Token[], names: Set<string>): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.index > 0 && t.pos === 'PROPN' && startsWithCapital(t.text)) names.add(t.lower);
  }
}

function isNameToken(t: Token | undefined): boolean {
  return !!t && t.pos === 'PROPN' && startsWithCapital(t.text) && t.isWord;
}

function mentionOf(run: Token[]): EntityMention | null {
  const lastWord = run[run.length - 1].lower;
  // Titles go before a person's name ("Foreign Minister Emma Bonino"), never from an organisation ("Interior Ministry").
  const namesAPerson = !isCommonNoun(lastWord);
  let from = 0;
  while (namesAPerson && from < run.length - 1 && TITLES.has(run[from].lower)) from++;
  const words = run.slice(from);
  if (words.length === 1) return { key: singleNameKey(lastWord), head: null, tokens: words };
  const phrase = words.map((t) => t.lower).join(' ');
  // A name WordNet knows as a whole ("united kingdom", "new york") keys by its first sense.
  const known = synsetIds(phrase, 'n');
  if (known.length) return { key: `wn:${known[0]}`, head: null, tokens: words };
  if (!namesAPerson) return { key: phrase, head: lastWord, tokens: words };
  const of = words.findIndex((t) => t.lower === 'of');
  // "Ministry of Health" is referred back to as "the ministry".
  if (of > 0 && isCommonNoun(words[of - 1].lower)) return { key: phrase, head: words[of - 1].lower, tokens: words };
  return { key: lastWord, head: null, tokens: words };
}

let singleNameKeys = new Map<string, string>();

/** A one-word name keys by the noun it names ("Kazakh" -> Kazakhstan's sense) or itself; one string per word. */
function singleNameKey(word: string): string {
  let key = singleNameKeys.get(word);
  if (key === undefined) {
    if (singleNameKeys.size >= MAX_MEMO_WORDS) singleNameKeys = new Map();
    const target = pertainyms(word)[0] ?? word;
    const sense = synsetIds(target, 'n');
    singleNameKeys.set(word, (key = sense.length ? `wn:${sense[0]}` : target));
  }
  return key;
}

let commonNouns = new Map<string, boolean>();

function isCommonNoun(word: string): boolean {
  let common = commonNouns.get(word);
  if (common === undefined) {
    if (commonNouns.size >= MAX_MEMO_WORDS) commonNouns = new Map();
    commonNouns.set(word, (common = synsetIds(word, 'n').length > 0 || synsetIds(word.replace(/s$/, ''), 'n').length > 0));
  }
  return common;
}

/**
 * The organisations of a case by the common noun their name ends in, for "the bank" -> "BTA Bank".
 * A head shared by two organisations ("the ministry" with two ministries) stays ambiguous.
 */
export function aliasHeads(mentions: EntityMention[]): Map<string, string> {
  const byHead = new Map<string, string | null>();
  for (const m of mentions) {
    if (!m.head) continue;
    const seen = byHead.get(m.head);
    byHead.set(m.head, seen === undefined || seen === m.key ? m.key : null);
  }
  const heads = new Map<string, string>();
  for (const [head, key] of byHead) if (key) heads.set(head, key);
  return heads;
}
