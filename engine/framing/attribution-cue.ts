// The reporting verb of a claim and what it tells the reader about the source's distance from
// the words it reports. Stances come from engine/lexicons/reporting.ts.
import type { ClaimUnit } from '../claims';
import type { AttributionCue } from '../types';
import type { Token } from '../nlp';

const EXPLANATIONS: Record<AttributionCue['stance'], string> = {
  neutral: 'reports the words plainly, without signalling belief or doubt.',
  distancing: 'keeps the writer at a distance: it hints that the statement may not be true.',
  endorsing: 'presents what follows as true: the writer vouches for it.',
  denial: 'reports a denial: the speaker rejects what follows.',
  demand: 'reports a demand: what the speaker wants done, not what happened.',
};

export function attributionCue(unit: ClaimUnit, speaker: string | null, text: string): AttributionCue | null {
  const { verbToken, stance, speaker: frameSpeaker } = unit.attribution;
  if (verbToken && stance) {
    const written = text.slice(verbToken.start, verbToken.end);
    return { start: verbToken.start, end: verbToken.end, text: written, stance, verb: verbToken.lemma, speaker, explanation: `"${written}" ${EXPLANATIONS[stance]}` };
  }
  if (!frameSpeaker) return null;
  const tokens = unit.sentence.tokens;
  const at = accordingTo(tokens);
  if (at < 0) return null;
  const according = tokens[at];
  const end = tokens[at + 1].end;
  return {
    start: according.start,
    end,
    text: text.slice(according.start, end),
    stance: 'neutral',
    verb: null,
    speaker,
    explanation: '"according to" hands the statement to its source without judging it.',
  };
}

/** Where "according to" starts in the sentence, or -1; a plain loop, asked for each claim with a speaker but no verb. */
function accordingTo(tokens: Token[]): number {
  for (let i = 0; i + 1 < tokens.length; i++) if (tokens[i].lower === 'according' && tokens[i + 1].lower === 'to') return i;
  return -1;
}
