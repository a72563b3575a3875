// Hedges ("allegedly", "may", "could not be verified") soften a claim; boosters ("clearly",
// "in fact") harden it. The hedge list is the engine's own (engine/hedging.ts), so the framing
// lens and the claims' `hedged` flag never disagree.
import type { Token } from '../nlp';
import type { HedgeCue } from '../types';
import { findHedgePhrases } from '../hedging';
import { BOOSTERS, BOOSTER_EXPLANATION } from '../lexicons/framing/intensity';
import { hedgeExplanation } from '../lexicons/framing/hedges';
import { indexPhrases, matchAt } from './phrases';
import type { CueContext } from './context';

const BOOSTER_INDEX = indexPhrases(BOOSTERS.map((w) => [w, true] as [string, boolean]));

export function findHedgeCues(tokens: Token[], context: CueContext): HedgeCue[] {
  const own = withoutReportingVerb(tokens, context);
  const cues: HedgeCue[] = [];
  const phrases = findHedgePhrases(own);
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p];
    const written = phrase.map((t) => t.lower).join(' ');
    cues.push(cue(phrase, context, 'hedge', `"${context.text.slice(phrase[0].start, phrase[phrase.length - 1].end)}" ${hedgeExplanation(written)}`));
  }
  for (let i = 0; i < own.length; i++) {
    const booster = matchAt(BOOSTER_INDEX, own, i);
    if (!booster) continue;
    cues.push(cue(booster.tokens, context, 'booster', `"${booster.phrase}" ${BOOSTER_EXPLANATION}`));
    for (const token of booster.tokens) context.addIdiom(token.start);
    i += booster.tokens.length - 1;
  }
  // Hedges and boosters are each found in text order: only a claim with both needs them merged.
  if (phrases.length && cues.length > phrases.length) cues.sort((a, b) => a.start - b.start);
  return cues;
}

/** The claim's tokens without its reporting verb; the claim's own array when the verb is not among them. */
function withoutReportingVerb(tokens: Token[], context: CueContext): Token[] {
  for (let i = 0; i < tokens.length; i++) if (context.skips(tokens[i].start)) return tokens.filter((t) => !context.skips(t.start));
  return tokens;
}

function cue(tokens: Token[], context: CueContext, category: HedgeCue['category'], explanation: string): HedgeCue {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  return { start, end, text: context.text.slice(start, end), category, quoted: context.isQuoted(start), explanation };
}
