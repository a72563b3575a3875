// Who speaks in each source, and how much room each voice gets: claims and characters per
// speaker, with the source's own voice (claims reported by no one) as `source-itself`.
import type { AnalyzedClaim } from '../features';
import type { Token } from '../nlp';
import type { Sentence } from '../sentences';
import type { SourceSpeakers, SpeakerShare, SourceSummary } from '../types';
import { roleFromLemmas } from '../lexicons/framing/roles';
import { isPronounPhrase, speakerKey } from './speaker-key';

interface Tally {
  name: string;
  lemmas: Set<string>;
  claims: string[];
  characters: number;
}

export function speakerShares(summary: SourceSummary, claims: AnalyzedClaim[], names: ReadonlySet<string>): SourceSpeakers {
  const tallies = new Map<string, Tally>();
  let previousKey: string | null = null;
  let phrase: SpeakerPhrase | null = null;
  for (const claim of claims) {
    const span = claim.unit.attribution.speaker;
    if (span && !(phrase && phrase.sentence === claim.unit.sentence && phrase.start === span.start && phrase.end === span.end)) phrase = speakerPhrase(claim.unit.sentence, span);
    const tokens = span ? phrase!.tokens : [];
    let key = '';
    if (tokens.length) key = phrase!.pronoun && previousKey ? previousKey : (phrase!.key ??= `speaker:${speakerKey(tokens, names)}`);
    previousKey = key || previousKey;
    const tally = tallies.get(key) ?? { name: key ? '' : summary.name, lemmas: new Set<string>(), claims: [], characters: 0 };
    if (key && !phrase!.pronoun) {
      if (span!.text.length > tally.name.length) tally.name = span!.text;
      for (let i = 0; i < tokens.length; i++) tally.lemmas.add(tokens[i].lemma);
    }
    tally.claims.push(claim.unit.id);
    tally.characters += claim.unit.end - claim.unit.start;
    tallies.set(key, tally);
  }
  const speakers: SpeakerShare[] = [...tallies.entries()].map(([key, t]) => ({
    name: t.name || (claims.find((c) => c.unit.id === t.claims[0])?.speaker ?? summary.name),
    role: key ? roleFromLemmas(t.lemmas) : 'source-itself',
    claims: t.claims,
    characters: t.characters,
  }));
  speakers.sort((a, b) => b.characters - a.characters || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { source: summary.id, speakers };
}

/** A speaker phrase of one sentence: the claims of a sentence share it, so it is read once. */
interface SpeakerPhrase {
  sentence: Sentence;
  start: number;
  end: number;
  tokens: Token[];
  pronoun: boolean;
  key?: string;
}

function speakerPhrase(sentence: Sentence, span: { start: number; end: number }): SpeakerPhrase {
  const tokens = speakerTokens(sentence.tokens, span);
  return { sentence, start: span.start, end: span.end, tokens, pronoun: isPronounPhrase(tokens) };
}

export function speakerTokens(sentence: Token[], span: { start: number; end: number }): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const t = sentence[i];
    // Tokens run in text order without overlapping: none after this one can lie inside the span.
    if (t.start > span.end) break;
    if (t.start >= span.start && t.end <= span.end) tokens.push(t);
  }
  return tokens;
}
