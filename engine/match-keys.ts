// Stage 3a: the match keys of a feature, through which two claims' features meet: the lemma,
// its WordNet synsets and derivations, one step up the hierarchy, actor groups and people
// counts, and coarser keys for dates and numbers. Each with its strength (1 the word itself).
import type { Feature } from './features';
import { PEOPLE_NOUNS } from './quantities';
import { actorGroup } from './lexicons/actors';
import { derivationallyRelated, hypernymWords, pertainyms, synsetIds, type WordnetPos } from './wordnet';

const OTHER_POS: Record<WordnetPos, WordnetPos[]> = { n: ['v'], v: ['n', 'a'], a: ['v'], r: [] };

/** Plurals the lemmatiser keeps as their own word: "87 persons" and "92 people" count the same thing. */
const SUPPLETIVE_PLURALS: Record<string, string> = { people: 'person' };

const keyCache = new Map<string, Map<string, number>>();

export function matchKeys(feature: Feature): Map<string, number> {
  const cacheKey = `${feature.pos}|${feature.key}|${feature.head ?? ''}`;
  const cached = keyCache.get(cacheKey);
  if (cached) return cached;
  const keys = new Map<string, number>();
  const add = (key: string, strength: number) => keys.set(key, Math.max(keys.get(key) ?? 0, strength));
  if (feature.pos === 'e') {
    add(`e:${feature.key}`, 1);
    // "the administrative court" meets "Brenmouth Administrative Court".
    if (feature.head) add(`w:${feature.head}`, 0.7);
  } else if (feature.pos === 'q') {
    add(`q:${feature.key}`, 1);
    // The same distinctive number with or without its noun: "Harold Brenner, 78" / "a 78-year-old man".
    // Lengths of time are keyed in minutes ("120 minute") and always carry their unit.
    const [number, unit] = feature.key.split(' ');
    const value = Number(number);
    if (value >= 10 && !(value >= 1900 && value <= 2100) && unit !== 'minute') add(`q:${value}`, 0.7);
  } else if (feature.pos === 'd') {
    for (const [key, strength] of dateKeys(feature.key)) add(key, strength);
  } else {
    add(`w:${feature.key}`, 1);
    const singular = SUPPLETIVE_PLURALS[feature.key];
    if (singular && feature.pos === 'n') add(`w:${singular}`, 1);
    const pos = feature.pos as WordnetPos;
    for (const id of synsetIds(feature.key, pos)) add(`s:${id}`, 0.8);
    // The tagger sometimes calls a verb an adjective ("will close its plant"): other parts of speech match a little weaker.
    for (const other of OTHER_POS[pos]) for (const id of synsetIds(feature.key, other)) add(`s:${id}`, 0.7);
    for (const related of derivationallyRelated(feature.key)) {
      add(`w:${related}`, 0.9);
      for (const id of synsetIds(related, related === feature.key ? (pos === 'n' ? 'v' : 'n') : pos === 'v' ? 'n' : 'v')) add(`s:${id}`, 0.7);
    }
    // One step up WordNet's hierarchy: "house" meets "home" (a dwelling), "evacuate" meets "move".
    if (pos === 'n' || pos === 'v') for (const broader of hypernymWords(feature.key, pos)) add(`w:${broader}`, 0.6);
    // Counts of people are about the same people whatever the noun: "residents", "families", "civilians".
    if (pos === 'n' && PEOPLE_NOUNS.has(feature.key)) add('k:people', 0.6);
    const group = pos === 'n' ? actorGroup(feature.key) : null;
    if (group) add(`g:${group}`, 0.7);
    if (pos === 'a') {
      for (const noun of pertainyms(feature.key).slice(0, 1)) {
        const sense = synsetIds(noun, 'n');
        add(`e:${sense.length ? `wn:${sense[0]}` : noun}`, 0.9);
      }
    }
  }
  keyCache.set(cacheKey, keys);
  return keys;
}

/** A date matches the same date, and more weakly the same month or day at a coarser precision. */
function dateKeys(value: string): [string, number][] {
  if (value.startsWith('weekday:')) return [[`d:${value}`, 1]];
  const match = /^(\d{4}|-)?-(\d\d)(?:-(\d\d))?$/.exec(value);
  if (!match) return [[`d:${value}`, 1]];
  const [, , month, day] = match;
  const keys: [string, number][] = [[`d:${value}`, 1], [`d:m${month}`, 0.6]];
  if (day) keys.push([`d:m${month}-${day}`, 0.9]);
  return keys;
}
