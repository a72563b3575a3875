// Who a speaker is and whom they speak for: the person named ("John Smith"), the organisation
// ("Director of the Red Cross"), the country ("Italian Foreign Minister", "a Kazakh analyst"),
// and the role their nouns point to. Phrases that name no one ("the organisation", "the
// expert", "he") are resolved to the organisation or person mentioned last.
import type { Token } from '../nlp';
import type { EntityMention } from '../entities';
import { findEntities, TITLES } from '../entities';
import { commonness, pertainyms } from '../wordnet';
import { isPersonName, isPronounPhrase, looksLikeSurname } from '../framing/speaker-key';

export interface SpeakerDescription {
  person: { key: string; name: string } | null;
  organisation: { key: string; name: string } | null;
  /** Country keys mentioned in the phrase, with the form the text used ("Kazakh"). */
  places: { key: string; written: string }[];
  lemmas: string[];
  /** The speaker as written, for a voice that names no one ("the council"). */
  phrase: string;
}

/** Nouns for one person that refer back to the person who spoke last ("the expert noted"). */
const PERSON_NOUNS = new Set(['expert', 'analyst', 'scientist', 'professor', 'researcher', 'economist', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'lawyer', 'activist', 'campaigner', 'witness', 'resident', 'observer', 'commentator', 'head', 'leader', 'man', 'woman', 'author', 'scholar', 'specialist']);

/** Nouns that refer back to the organisation mentioned last. */
const ORGANISATION_NOUNS = new Set(['organization', 'organisation', 'group', 'body', 'agency', 'charity', 'watchdog', 'ngo', 'institution', 'association', 'foundation', 'ministry', 'office', 'department', 'committee', 'council', 'commission', 'company', 'firm', 'union', 'party']);

export class SpeakerMemory {
  private organisations: { key: string; name: string; head: string | null; start: number }[] = [];
  private lastPerson: SpeakerDescription | null = null;
  private lastSpeaker: SpeakerDescription | null = null;
  private readonly people = new Map<string, { key: string; name: string }>();

  private readonly placeWords: ReadonlySet<string>;

  /** `placeWords`: the article's one-word names, lowercase, so "Kazakh" can find "Kazakhstan". */
  constructor(placeWords: ReadonlySet<string>) {
    this.placeWords = placeWords;
  }

  /** Organisations a sentence mentions, for later "the organisation". Call in text order. */
  noteMentions(mentions: EntityMention[]): void {
    for (const m of mentions) {
      const org = organisationOf(m.tokens);
      if (org) this.organisations.push({ ...org, head: m.head, start: m.tokens[0].start });
    }
  }

  describe(tokens: Token[], names: ReadonlySet<string>): SpeakerDescription {
    const lemmas = tokens.filter((t) => t.isWord).map((t) => t.lemma);
    if (isPronounPhrase(tokens)) {
      const person = tokens.some((t) => t.lower === 'he' || t.lower === 'she');
      return this.remember((person ? this.lastPerson : this.lastSpeaker) ?? empty(lemmas, phraseOf(tokens)));
    }
    const mentions = findEntities(tokens, names);
    // "Bonino" after "Foreign Minister Emma Bonino" is the same person.
    const personMention = mentions.find(isPersonName) ?? mentions.find((m) => this.people.has(m.key));
    const person = personMention ? this.people.get(personMention.key) ?? { key: personMention.key, name: personName(personMention.tokens) } : null;
    const organisation = mentions.map((m) => organisationOf(m.tokens)).find((o) => o !== null) ?? null;
    const nameTokens = new Set(personMention ? nameOnly(personMention.tokens).map((t) => t.start) : []);
    const places = tokens
      .filter((t) => t.pos === 'PROPN' && !nameTokens.has(t.start) && (pertainyms(t.lower).length > 0 || this.placeWords.has(t.lower)))
      .map((t) => ({ key: this.placeKey(t.lower), written: t.text }));
    if (!person && !organisation && !places.length) {
      const resolved = this.resolveDescription(tokens, lemmas);
      if (resolved) return this.remember(resolved);
    }
    return this.remember({ person, organisation, places, lemmas, phrase: phraseOf(tokens) });
  }

  /** "the organisation" -> the organisation mentioned last; "the expert" -> the person who spoke last. */
  private resolveDescription(tokens: Token[], lemmas: string[]): SpeakerDescription | null {
    const nouns = tokens.filter((t) => t.pos === 'NOUN');
    const head = nouns[nouns.length - 1]?.lemma;
    if (!head || tokens[0]?.lower !== 'the') return null;
    if (ORGANISATION_NOUNS.has(head)) {
      const before = tokens[0].start;
      const candidates = this.organisations.filter((o) => o.start < before);
      const org = [...candidates].reverse().find((o) => o.head === head) ?? candidates[candidates.length - 1];
      if (org) return { person: null, organisation: { key: org.key, name: org.name }, places: [], lemmas, phrase: phraseOf(tokens) };
    }
    if (this.lastPerson && (PERSON_NOUNS.has(head) || TITLES.has(head))) {
      return { ...this.lastPerson, lemmas: [...this.lastPerson.lemmas, ...lemmas] };
    }
    return null;
  }

  private remember(description: SpeakerDescription): SpeakerDescription {
    this.lastSpeaker = description;
    if (description.person) {
      this.lastPerson = description;
      this.people.set(description.person.key, description.person);
    }
    return description;
  }

  /** "Italian" -> "italy", "Kazakh" -> "kazakhstan" (when the article names the country). */
  private placeKey(word: string): string {
    const nouns = pertainyms(word);
    const named = nouns.find((n) => this.placeWords.has(n));
    if (named) return named;
    if (nouns.length) return nouns[nouns.length - 1];
    for (const place of this.placeWords) if (place !== word && word.length >= 4 && place.startsWith(word)) return place;
    return word;
  }
}

function empty(lemmas: string[], phrase: string): SpeakerDescription {
  return { person: null, organisation: null, places: [], lemmas, phrase };
}

/** "the local council" -> "Local council". */
function phraseOf(tokens: Token[]): string {
  const words = tokens[0]?.lower === 'the' ? tokens.slice(1) : tokens;
  const text = words.map((t) => t.text).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A name of two or more words that is no person's ("Amnesty International"), without a title before it. */
function organisationOf(tokens: Token[]): { key: string; name: string } | null {
  let from = 0;
  while (from < tokens.length - 1 && (TITLES.has(tokens[from].lower) || tokens[from].lower === 'of')) from++;
  const words = tokens.slice(from);
  if (words.length < 2 || looksLikeSurname(words[words.length - 1].lower)) return null;
  const name = words.map((t) => t.text).join(' ');
  return { key: name.toLowerCase(), name };
}

/** The personal name without titles or a nationality before it: "Italian Foreign Minister Emma Bonino" -> "Emma Bonino". */
function nameOnly(tokens: Token[]): Token[] {
  let from = tokens.length - 1;
  // A given name and a surname; given names are rare as English words ("Emma", "John"), "Minister" or "Italian" are not names.
  const isNameWord = (t: Token) => !TITLES.has(t.lower) && pertainyms(t.lower).length === 0 && commonness(t.lower) <= RARE_WORD;
  while (from > 0 && tokens.length - from < MAX_NAME_WORDS && isNameWord(tokens[from - 1])) from--;
  return tokens.slice(from);
}

const MAX_NAME_WORDS = 2;
/** SemCor count at or below which a word is rare enough to be a given name. */
const RARE_WORD = 2;

function personName(tokens: Token[]): string {
  return nameOnly(tokens).map((t) => t.text).join(' ');
}
