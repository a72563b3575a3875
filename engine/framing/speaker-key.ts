// Telling speakers apart: "Foreign Minister Emma Bonino" and "Bonino" are one speaker, "he"
// is the speaker before, and "the ministry" is the phrase itself when it names no one.
import type { Token } from '../nlp';
import { findEntities, type EntityMention } from '../entities';
import { synsetIds } from '../wordnet';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'another', 'its', 'their', 'his', 'her', 'our']);

export function isPronounPhrase(tokens: Token[]): boolean {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].isWord) continue;
    if (!PRONOUNS.has(tokens[i].lower)) return false;
    words++;
  }
  return words > 0;
}

/** A person's name: two or more capitalised words ending in one that is no English noun or adjective
 *  ("Emma Bonino", not "Amnesty International" or "Red Cross"). */
export function isPersonName(mention: EntityMention): boolean {
  return mention.tokens.length > 1 && !mention.head && looksLikeSurname(mention.tokens[mention.tokens.length - 1].lower);
}

/** A case names its people again and again: each word is looked up in WordNet once. */
const surnames = new Map<string, boolean>();

export function looksLikeSurname(word: string): boolean {
  let surname = surnames.get(word);
  if (surname === undefined) {
    surname = synsetIds(word, 'n').length === 0 && synsetIds(word, 'a').length === 0 && synsetIds(word.replace(/s$/, ''), 'n').length === 0;
    // A worker analyses case after case: the words of old cases need not stay.
    if (surnames.size > 10000) surnames.clear();
    surnames.set(word, surname);
  }
  return surname;
}

/** The key that groups a speaker's phrases: their name's entity key, else the phrase without determiners. */
export function speakerKey(tokens: Token[], names: ReadonlySet<string>): string {
  const mentions = findEntities(tokens, names);
  const person = mentions.find(isPersonName);
  if (person) return person.key;
  if (mentions.length) return mentions[0].key;
  return tokens.filter((t) => t.isWord && !DETERMINERS.has(t.lower)).map((t) => t.lemma).join(' ');
}
