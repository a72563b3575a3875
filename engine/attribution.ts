// Stage 2a: attribution. Finds who a sentence reports ("X said", "according to X",
// quotations, "the company says") and which tokens carry the reported content.
import type { Token } from './nlp';
import { NEEDS_COMPLEMENTISER, reportingStance, type ReportingStance } from './lexicons/reporting';

export interface Attribution {
  speaker: { start: number; end: number; text: string } | null;
  /** Lemma of the reporting verb ("say", "insist", "deny"), when there is one. */
  verb: string | null;
  verbToken: Token | null;
  stance: ReportingStance | null;
  /** Token index range [from, to) of the reported content within the sentence. */
  from: number;
  to: number;
}

const MAX_FRAME_TOKENS = 18;
/** Verbs that can close a sentence as its attribution: "..., she said." */
const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'note', 'claim', 'insist', 'argue', 'explain', 'write', 'state', 'report', 'warn', 'allege', 'maintain', 'contend', 'assert', 'confirm', 'admit', 'acknowledge', 'announce', 'declare', 'stress', 'reply', 'respond', 'comment', 'remark', 'observe', 'tweet', 'conclude', 'estimate']);
const QUOTE = '"';

export function findAttribution(tokens: Token[]): Attribution {
  const end = tokens.length - (isFinalPunct(tokens[tokens.length - 1]) ? 1 : 0);
  return (
    accordingTo(tokens, end) ??
    quotationFirst(tokens, end) ??
    speakerFirst(tokens, end) ??
    speakerLast(tokens, end) ?? { speaker: null, verb: null, verbToken: null, stance: null, from: 0, to: end }
  );
}

function accordingTo(tokens: Token[], end: number): Attribution | null {
  for (let i = 0; i + 2 < end; i++) {
    if (tokens[i].lower !== 'according' || tokens[i + 1].lower !== 'to') continue;
    if (i === 0) {
      const comma = indexOf(tokens, ',', 2, Math.min(end, MAX_FRAME_TOKENS));
      if (comma < 0) return null;
      return frame(tokens, 2, comma, null, comma + 1, end);
    }
    if (tokens[i - 1].text === ',' && end - i <= MAX_FRAME_TOKENS) return frame(tokens, i + 2, end, null, 0, i - 1);
  }
  return null;
}

function quotationFirst(tokens: Token[], end: number): Attribution | null {
  if (tokens[0]?.text !== QUOTE) return null;
  const close = indexOf(tokens, QUOTE, 1, end);
  if (close < 0 || end - close > MAX_FRAME_TOKENS) return null;
  const verbAt = findReportingVerb(tokens, close + 1, end, false);
  if (verbAt < 0) return null;
  const contentEnd = tokens[close - 1]?.text === ',' ? close - 1 : close;
  // `"...," said X, Director of Y` names the speaker after the verb; `"...," X said` before it.
  const speakerRange = verbAt === close + 1 || (verbAt === close + 2 && tokens[close + 1].text === ',')
    ? [verbAt + 1, firstOf(tokens, [',', '('], verbAt + 1, end)]
    : [close + 1 + (tokens[close + 1].text === ',' ? 1 : 0), verbAt];
  return frame(tokens, speakerRange[0], speakerRange[1], tokens[verbAt], 1, contentEnd);
}

function speakerFirst(tokens: Token[], end: number): Attribution | null {
  const verbAt = findReportingVerb(tokens, 1, Math.min(end, MAX_FRAME_TOKENS + 4), true);
  if (verbAt < 0) return null;
  const verb = tokens[verbAt];
  // "Problems were reported at two stations" is a passive report, not someone speaking.
  if (tokens[verbAt - 1]?.lemma === 'be' || tokens[verbAt - 1]?.lemma === 'been') return null;
  // "Water is scarce, said John Smith, director of the agency." names the speaker after the verb.
  const reportsAfterVerb = tokens.slice(verbAt + 1, end).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (tokens[verbAt - 1]?.text === ',' && SPEECH_VERBS.has(verb.lemma) && !reportsAfterVerb) {
    const speakerEnd = firstOf(tokens, [',', '('], verbAt + 1, end);
    return frame(tokens, verbAt + 1, speakerEnd < 0 ? end : speakerEnd, verb, 0, verbAt - 1);
  }
  let from = verbAt + 1;
  // "told parliament that", "said on Tuesday that": skip a short object before the complementiser.
  const that = firstOf(tokens, ['that', ':', QUOTE], from, Math.min(end, from + 5));
  const hasComplementiser = that >= 0 && !tokens.slice(from, that).some((t) => t.pos === 'VERB' || t.text === ',');
  if (hasComplementiser) from = that + 1;
  else if (NEEDS_COMPLEMENTISER.has(verb.lemma)) return null;
  if (from < end && tokens[from].text === QUOTE) from++;
  if (end - from < 3) return null;
  // "The commission announced Vasko's victory": a reporting verb with a plain object reports no words.
  if (!hasComplementiser && !tokens.slice(from, end).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  let speakerEnd = verbAt;
  while (speakerEnd > 0 && /^(AUX|ADV|PART)$/.test(tokens[speakerEnd - 1].pos)) speakerEnd--;
  const appositive = indexOf(tokens, ',', 0, speakerEnd);
  const found = frame(tokens, 0, appositive > 0 ? appositive : speakerEnd, verb, from, trimQuote(tokens, from, end));
  // "did not deny that ...", "never denied that ...": a negated denial does not deny the content.
  if (found?.stance === 'denial' && tokens.slice(speakerEnd, verbAt).some((t) => NEGATED_VERB.has(t.lower))) found.stance = 'neutral';
  return found;
}

const NEGATED_VERB = new Set(['not', "n't", 'never']);

function speakerLast(tokens: Token[], end: number): Attribution | null {
  let comma = -1;
  for (let i = end - 1; i > 0 && end - i <= MAX_FRAME_TOKENS; i--) {
    if (tokens[i].text === ',' || (tokens[i].text === QUOTE && tokens[i - 1].text === ',')) {
      comma = tokens[i].text === ',' ? i : i - 1;
      break;
    }
  }
  if (comma < 2) return null;
  const tailStart = tokens[comma + 1]?.text === QUOTE ? comma + 2 : comma + 1;
  const verbAt = findReportingVerb(tokens, tailStart, end, false);
  // The tail is only a frame: "..., the minister said." or "..., said John Smith, director of X."
  if (verbAt < 0 || !SPEECH_VERBS.has(tokens[verbAt].lemma)) return null;
  const speakerBefore = tokens.slice(tailStart, verbAt);
  if (verbAt !== tailStart && (verbAt < end - 2 || speakerBefore.some((t) => t.pos === 'VERB' || t.pos === 'ADP'))) return null;
  // The tail must be only the frame: "X said" or "said X", nothing reported after the verb.
  const speakerRange = verbAt === tailStart ? [verbAt + 1, firstOf(tokens, [','], verbAt + 1, end)] : [tailStart, verbAt];
  if (speakerRange[0] >= speakerRange[1] && speakerRange[1] !== -1) return null;
  const contentStart = tokens[0].text === QUOTE ? 1 : 0;
  return frame(tokens, speakerRange[0], speakerRange[1], tokens[verbAt], contentStart, comma);
}

function findReportingVerb(tokens: Token[], from: number, to: number, subjectOnlyBefore: boolean): number {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if ((t.pos === 'VERB' || isVerbTaggedNoun(tokens, i)) && reportingStance(t.lemma)) return i;
    // Anything verbal before the reporting verb means the sentence is not "Speaker says ...".
    if (subjectOnlyBefore && (t.pos === 'VERB' || (t.text === QUOTE && i === 0) || t.text === ';')) return -1;
  }
  return -1;
}

/** wink tags "claims"/"insists" in "The opposition claims that ..." as a noun: a subject before and "that" after make it the verb. */
function isVerbTaggedNoun(tokens: Token[], i: number): boolean {
  return tokens[i].pos === 'NOUN' && tokens[i].lower.endsWith('s') && tokens[i + 1]?.lower === 'that' && /^(NOUN|PROPN|PRON)$/.test(tokens[i - 1]?.pos ?? '');
}

function frame(tokens: Token[], speakerFrom: number, speakerTo: number, verb: Token | null, from: number, to: number): Attribution | null {
  if (speakerTo < 0) speakerTo = to > speakerFrom ? tokens.length - (isFinalPunct(tokens[tokens.length - 1]) ? 1 : 0) : speakerFrom;
  const speakerTokens = tokens.slice(speakerFrom, speakerTo).filter((t) => t.text !== QUOTE);
  if (!speakerTokens.length || !speakerTokens.some((t) => /^(NOUN|PROPN|PRON)$/.test(t.pos))) return null;
  if (to - from < 2) return null;
  const first = speakerTokens[0];
  const last = speakerTokens[speakerTokens.length - 1];
  return {
    speaker: { start: first.start, end: last.end, text: spanText(speakerTokens) },
    verb: verb?.lemma ?? null,
    verbToken: verb,
    stance: verb ? reportingStance(verb.lemma) : null,
    from,
    to,
  };
}

function spanText(tokens: Token[]): string {
  let text = '';
  for (let i = 0; i < tokens.length; i++) text += (i && tokens[i].start > tokens[i - 1].end ? ' ' : '') + tokens[i].text;
  return text;
}

function trimQuote(tokens: Token[], from: number, end: number): number {
  let to = end;
  while (to > from && (tokens[to - 1].text === QUOTE || tokens[to - 1].text === ',')) to--;
  return to;
}

function indexOf(tokens: Token[], text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (tokens[i].text === text) return i;
  return -1;
}

function firstOf(tokens: Token[], texts: string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (texts.includes(tokens[i].lower)) return i;
  return -1;
}

function isFinalPunct(t: Token | undefined): boolean {
  return !!t && (t.text === '.' || t.text === '!' || t.text === '?');
}
