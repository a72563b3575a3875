// Finding who speaks in a sentence of an article. The engine's attribution (engine/attribution.ts)
// comes first; two general frames it leaves to the claims stage are added here because an
// article's voices need them: a sentence adverb before the frame ("Moreover, according to X, ...")
// and a verb of belief with its clause straight after ("The group believes there is a risk").
import type { Token } from '../nlp';
import { findAttribution } from '../attribution';

export interface SpeakerFrame {
  /** Token index ranges in the sentence: who speaks, and what they say. */
  speaker: [number, number];
  content: [number, number];
}

const BELIEF_VERBS = new Set(['believe', 'think', 'feel', 'fear', 'expect', 'say', 'suspect', 'hope', 'doubt']);
const MAX_SPEAKER_TOKENS = 14;
const MAX_ACCORDING_TOKENS = 32;

export function speakerFrame(tokens: Token[]): SpeakerFrame | null {
  return engineFrame(tokens, 0) ?? afterSentenceAdverb(tokens) ?? longAccordingTo(tokens) ?? beliefFrame(tokens);
}

/** "According to <a long description with a quoted title> <Name>, ...": the speaker runs to the first comma outside quotes. */
function longAccordingTo(tokens: Token[]): SpeakerFrame | null {
  if (tokens[0]?.lower !== 'according' || tokens[1]?.lower !== 'to') return null;
  let inQuote = false;
  for (let i = 2; i < Math.min(tokens.length - 2, MAX_ACCORDING_TOKENS); i++) {
    if (tokens[i].text === '"') inQuote = !inQuote;
    else if (tokens[i].text === ',' && !inQuote) {
      const end = tokens.length - (/^[.!?]$/.test(tokens[tokens.length - 1].text) ? 1 : 0);
      return i > 2 && end - i > 3 ? { speaker: [2, i], content: [i + 1, end] } : null;
    }
  }
  return null;
}

function engineFrame(tokens: Token[], offset: number): SpeakerFrame | null {
  const found = findAttribution(tokens.slice(offset));
  if (!found.speaker) return null;
  const speakerFrom = tokens.findIndex((t) => t.start >= found.speaker!.start);
  const speakerTo = tokens.findIndex((t) => t.end >= found.speaker!.end) + 1;
  return { speaker: [speakerFrom, speakerTo], content: [found.from + offset, found.to + offset] };
}

/** "Moreover, according to ...", "However, the minister said ...". */
function afterSentenceAdverb(tokens: Token[]): SpeakerFrame | null {
  if (tokens[0]?.pos !== 'ADV' && tokens[0]?.pos !== 'CCONJ') return null;
  return tokens[1]?.text === ',' ? engineFrame(tokens, 2) : null;
}

/** "<noun phrase> believes <clause>": a belief verb after a subject, with a finite verb after it. */
function beliefFrame(tokens: Token[]): SpeakerFrame | null {
  for (let i = 1; i < Math.min(tokens.length, MAX_SPEAKER_TOKENS); i++) {
    const t = tokens[i];
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (!BELIEF_VERBS.has(t.lemma) || t.pos !== 'VERB') return null;
      const subject = tokens.slice(0, i);
      if (!subject.some((s) => s.pos === 'NOUN' || s.pos === 'PROPN') || subject.some((s) => s.text === ',' || s.text === '"')) return null;
      let from = i + 1;
      if (tokens[from]?.lower === 'that') from++;
      const rest = tokens.slice(from);
      if (!rest.some((s) => s.pos === 'VERB' || s.pos === 'AUX')) return null;
      const end = tokens.length - (/^[.!?]$/.test(tokens[tokens.length - 1].text) ? 1 : 0);
      return { speaker: [0, i], content: [from, end] };
    }
  }
  return null;
}
