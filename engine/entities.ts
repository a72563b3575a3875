// Actors and places: runs of proper nouns, keyed so that the forms a text uses for one actor
// meet ("Mukhtar Ablyazov" / "Ablyazov", "BTA Bank" / "the bank", "Kazakh" / "Kazakhstan").
import type { Token } from './nlp';
import { commonness, pertainyms, synsetIds } from './wordnet';

export interface EntityMention {
  key: string;
  /** The common noun an organisation's name ends in ("bank", "ministry"): "the bank" refers back. */
  head: string | null;
  tokens: Token[];
}

const TITLES = new Set(['minister', 'president', 'director', 'general', 'mr', 'mrs', 'ms', 'dr', 'prime', 'foreign', 'interior', 'chief', 'ambassador', 'secretary', 'senator', 'judge', 'governor', 'mayor', 'deputy', 'spokesman', 'spokeswoman', 'spokesperson', 'colonel', 'captain', 'major', 'sir', 'lord', 'lady', 'king', 'queen', 'prince', 'professor', 'commissioner', 'chairman', 'chairwoman', 'ceo', 'premier', 'chancellor', 'sheikh', 'father', 'sister', 'reverend', 'inspector', 'sergeant', 'lieutenant', 'officer', 'justice']);
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
    if (i === j && tokens[i].index === 0 && midSentenceNames && !midSentenceNames.has(tokens[i].lower) && isDictionaryWord(tokens[i].lower)) continue;
    const run = tokens.slice(i, j + 1);
    const mention = mentionOf(run);
    if (mention) mentions.push(mention);
    i = j;
  }
  return mentions;
}

function isDictionaryWord(word: string): boolean {
  return synsetIds(word, 'n').length > 0 || synsetIds(word, 'v').length > 0 || synsetIds(word, 'a').length > 0 || commonness(word) > 0;
}

/** Capitalised words a text uses inside sentences: the case's names. */
export function midSentenceNames(tokens: Iterable<Token>): Set<string> {
  const names = new Set<string>();
  for (const t of tokens) if (t.index > 0 && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) names.add(t.lower);
  return names;
}

function isNameToken(t: Token | undefined): boolean {
  return !!t && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && t.isWord;
}

function mentionOf(run: Token[]): EntityMention | null {
  let from = 0;
  while (from < run.length - 1 && TITLES.has(run[from].lower)) from++;
  const words = run.slice(from);
  if (!words.length) return null;
  const phrase = words.map((t) => t.lower).join(' ');
  const last = words[words.length - 1].lower;
  // A name WordNet knows as a whole ("united kingdom", "new york") keys by its first sense.
  const known = synsetIds(phrase, 'n');
  if (words.length > 1 && known.length) return { key: `wn:${known[0]}`, head: null, tokens: words };
  if (words.length > 1 && synsetIds(last, 'n').length) return { key: phrase, head: last, tokens: words };
  if (words.length === 1) {
    const adjectiveOf = pertainyms(last)[0];
    const target = adjectiveOf ?? last;
    const sense = synsetIds(target, 'n');
    return { key: sense.length ? `wn:${sense[0]}` : target, head: null, tokens: words };
  }
  return { key: last, head: null, tokens: words };
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
