// Who a claim's subject is when it is a pronoun or left out: the speaker of reported words, the
// subject of the claim before, or the last person named; and who "he said" is.
import type { Token } from './nlp';
import type { ClaimUnit } from './claims';
import type { ClaimContext } from './features';
import { TITLES } from './entities';
import { startsWithCapital } from './chars';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'him', 'them', 'we', 'our']);

export interface ResolvedSubject {
  /** The claim's own subject is a pronoun ("they", "he"). */
  pronounSubject: boolean;
  /** Words the claim's subject stands for, when it has none of its own or a pronoun. */
  inherited: Token[];
  /** The subject as resolved: its own words, or those it stands for. */
  subject: Token[];
}

export function resolveSubject(unit: ClaimUnit, ownSubject: Token[], context: ClaimContext): ResolvedSubject {
  const pronounSubject = isPronounSubject(ownSubject);
  // "Varden announced that it will close the plant": a pronoun in reported words is usually the speaker.
  const speakerTokens = unit.attribution.speaker ? speakerWords(unit.sentence.tokens, unit.attribution.speaker) : [];
  // ... unless the pronoun is "he" or "she" and the speaker is not a person ("Kazakhstan insists that he ...").
  const speakerMeant = speakerTokens.length > 0 && (looksLikePerson(speakerTokens) || !hasPersonalPronoun(ownSubject));
  const antecedent = pronounSubject && speakerMeant ? speakerTokens : personalAntecedent(ownSubject, context);
  const inherited = unit.inheritedSubject.length ? unit.inheritedSubject : pronounSubject || !ownSubject.length ? antecedent : [];
  const subject = pronounSubject || !ownSubject.length ? (inherited.length ? inherited : ownSubject) : ownSubject;
  return { pronounSubject, inherited, subject };
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);

/**
 * "He" and "she" name a person: when the previous subject is not one ("France must ensure that
 * Mukhtar Ablyazov ...; he must not be handed over"), the last person named before is meant.
 */
function personalAntecedent(ownSubject: Token[], context: ClaimContext): Token[] {
  if (!hasPersonalPronoun(ownSubject) || !context.previousPerson?.length || looksLikePerson(context.previousSubject)) return context.previousSubject;
  return context.previousPerson;
}

/** Two or more name words, or a title before a name: a person rather than a place or a body. */
export function looksLikePerson(tokens: Token[]): boolean {
  let names = 0;
  for (let i = 0; i < tokens.length; i++) if (tokens[i].pos === 'PROPN' && startsWithCapital(tokens[i].text)) names++;
  if (names >= 2) return true;
  for (let i = 0; i + 1 < tokens.length; i++) if (TITLES.has(tokens[i].lower) && tokens[i + 1].pos === 'PROPN') return true;
  return false;
}

/** "He", "they", "it": a subject of pronouns only, one of them a pronoun that refers back. */
function isPronounSubject(subject: Token[]): boolean {
  let refersBack = false;
  for (let i = 0; i < subject.length; i++) {
    const t = subject[i];
    const listed = PRONOUNS.has(t.lower);
    if (!listed && t.pos !== 'PRON') return false;
    if (listed) refersBack = true;
  }
  return refersBack;
}

function hasPersonalPronoun(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (PERSONAL_PRONOUNS.has(tokens[i].lower)) return true;
  return false;
}

/** The sentence's words within the speaker's span, pronouns left out. */
function speakerWords(sentence: Token[], span: { start: number; end: number }): Token[] {
  const words: Token[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const t = sentence[i];
    if (t.start >= span.start && t.end <= span.end && t.pos !== 'PRON') words.push(t);
  }
  return words;
}

/** "He said": the speaker named before. */
export function resolveSpeaker(text: string, previous: string | null): string {
  return PRONOUNS.has(text.toLowerCase()) && previous ? previous : text;
}
