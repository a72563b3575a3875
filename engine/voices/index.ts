// Splitting one news report into its voices: every statement the report attributes (a quotation,
// "X said that ...", "according to X", "X believes ...") goes to its speaker, speakers go to the
// organisation or country they speak for, and a quotation that runs on after its frame stays with
// its speaker. Every voice is a list of exact spans of the article, so nothing is reworded.
import type { Token } from '../nlp';
import type { SpeakerRole, TextSpan, Voice, VoiceSplit } from '../types';
import { prepareText } from '../text';
import { splitSentences } from '../sentences';
import { findEntities, midSentenceNames } from '../entities';
import { roleFromLemmas } from '../lexicons/framing/roles';
import { speakerFrame } from './frames';
import { isPersonName } from '../framing/speaker-key';
import { SpeakerMemory, type SpeakerDescription } from './speakers';

interface Group {
  key: string;
  description: SpeakerDescription;
  people: string[];
  lemmas: string[];
  roles: SpeakerRole[];
  spans: TextSpan[];
}

const ROLE_NOUNS: Partial<Record<SpeakerRole, string>> = { official: 'officials', expert: 'experts', advocate: 'advocates', witness: 'witnesses' };
const ROLE_ORDER: SpeakerRole[] = ['official', 'expert', 'advocate', 'witness', 'other'];

export function splitVoices(article: string): VoiceSplit {
  const prepared = prepareText(article);
  const sentences = splitSentences(prepared);
  const names = midSentenceNames(sentences.flatMap((s) => s.tokens));
  const mentions = sentences.map((s) => findEntities(s.tokens, names));
  // One-word names that are not a person's surname: the article's places and nationalities.
  const surnames = new Set(mentions.flat().filter(isPersonName).map((m) => m.tokens[m.tokens.length - 1].lower));
  const placeWords = new Set(mentions.flat().filter((m) => m.tokens.length === 1 && !surnames.has(m.tokens[0].lower)).map((m) => m.tokens[0].lower));
  const memory = new SpeakerMemory(placeWords);
  const groups = new Map<string, Group>();
  const byPerson = new Map<string, string>();
  const narration: TextSpan[] = [];
  let previous: { group: Group; endedInQuote: boolean; gap: number } | null = null;

  sentences.forEach((sentence, s) => {
    const frame = speakerFrame(sentence.tokens);
    const span = (from: number, to: number) => spanOf(article, sentence.tokens, from, to);
    if (frame) {
      const tokens = sentence.tokens.slice(frame.speaker[0], frame.speaker[1]);
      // Organisations named before the frame ("... Amnesty International urges ..., the organisation said") count.
      memory.noteMentions(mentions[s].filter((m) => m.tokens[0].start < tokens[0].start));
      const description = memory.describe(tokens, names);
      description.lemmas = [...description.lemmas, ...appositionLemmas(sentence.tokens, frame)];
      memory.noteMentions(mentions[s].filter((m) => m.tokens[0].start >= tokens[0].start));
      const key = groupKey(description, byPerson);
      const group = groups.get(key) ?? { key, description, people: [], lemmas: [], roles: [], spans: [] };
      groups.set(key, group);
      if (description.person) {
        byPerson.set(description.person.key, key);
        if (!group.people.includes(description.person.name)) group.people.push(description.person.name);
      }
      group.lemmas.push(...description.lemmas);
      group.roles.push(roleFromLemmas(description.lemmas));
      group.spans.push(span(frame.content[0], frame.content[1]));
      previous = { group, endedInQuote: isQuotation(sentence.tokens, frame.content), gap: s };
      return;
    }
    memory.noteMentions(mentions[s]);
    // A quotation straight after a quoted statement, with no frame of its own, goes on in the same voice.
    if (previous && previous.endedInQuote && previous.gap === s - 1 && sentence.tokens[0].text === '"') {
      previous.group.spans.push(span(1, closingQuote(sentence.tokens)));
      previous.gap = s;
      return;
    }
    narration.push(span(0, sentence.tokens.length));
  });
  return { voices: [...groups.values()].map(toVoice), narration };
}

/** Speakers group by organisation, officials by their country, others by country or by name. */
function groupKey(d: SpeakerDescription, byPerson: Map<string, string>): string {
  if (d.person && byPerson.has(d.person.key)) return byPerson.get(d.person.key)!;
  const role = roleFromLemmas(d.lemmas);
  if (d.places.length && (role === 'official' || !d.organisation)) return `place:${d.places[0].key}`;
  if (d.organisation) return `org:${d.organisation.key}`;
  if (d.person) return `person:${d.person.key}`;
  return `phrase:${d.lemmas.filter((l) => l !== 'the').join(' ')}`;
}

function toVoice(group: Group): Voice {
  const roles = new Set(group.roles);
  const role = ROLE_ORDER.find((r) => roles.has(r)) ?? 'other';
  const d = group.description;
  let name: string;
  if (group.key.startsWith('place:')) {
    const written = d.places[0].written.replace(/'s$/, '');
    const nouns = ROLE_ORDER.filter((r) => roles.has(r)).map((r) => ROLE_NOUNS[r]).filter(Boolean);
    name = `${written} ${nouns.length ? nouns.join(' and ') : 'voices'}`;
  } else name = d.organisation?.name ?? d.person?.name ?? d.phrase;
  const id = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'voice';
  return { id, name, role, speakers: group.people, spans: group.spans.sort((a, b) => a.start - b.start) };
}

function spanOf(text: string, tokens: Token[], from: number, to: number): TextSpan {
  let last = to - 1;
  // A statement that runs to the end of its sentence keeps the full stop.
  if (to < tokens.length && /^[.!?]$/.test(tokens[to].text) && to === tokens.length - 1) last = to;
  while (last > from && (tokens[last].text === ',' || tokens[last].text === '"')) last--;
  let first = from;
  while (first < last && tokens[first].text === '"') first++;
  return { start: tokens[first].start, end: tokens[last].end, text: text.slice(tokens[first].start, tokens[last].end) };
}

/** "said Mara Olsen, a resident.": the words after the speaker's name say who they are. */
function appositionLemmas(tokens: Token[], frame: { speaker: [number, number]; content: [number, number] }): string[] {
  const from = frame.speaker[1] + 1;
  const [contentFrom, contentTo] = frame.content;
  if (tokens[frame.speaker[1]]?.text !== ',' || (from >= contentFrom && from < contentTo)) return [];
  const limit = contentFrom >= from ? contentFrom : tokens.length;
  const lemmas: string[] = [];
  for (let i = from; i < limit && i - from < MAX_APPOSITION && !/^[,.;:!?"]$/.test(tokens[i].text); i++) lemmas.push(tokens[i].lemma);
  return lemmas;
}

const MAX_APPOSITION = 8;

function isQuotation(tokens: Token[], content: [number, number]): boolean {
  return tokens[content[0] - 1]?.text === '"' || tokens[content[0]]?.text === '"';
}

function closingQuote(tokens: Token[]): number {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].text === '"') return i;
  return tokens.length;
}

