// The framing lens: per claim, the loaded words, hedges, reporting verb and frame words; per
// source, who speaks, how the case's actors are named and which frames dominate. Linear in the
// text: every lookup is a Set or Map access on a token the pipeline already made.
import type { PreparedSource } from '../analyze';
import type { ClaimFraming, Framing } from '../types';
import type { Sentence } from '../sentences';
import { addMidSentenceNames } from '../entities';
import { quotedRanges, isQuoted } from './quotes';
import { claimTokens, CueContext } from './context';
import { findLoaded } from './loaded';
import { findHedgeCues } from './hedges';
import { attributionCue } from './attribution-cue';
import { findFrameHits } from './frames';
import { speakerShares } from './speakers';
import { findNaming, type NamingInput } from './naming';
import { frameProfile } from './profile';

export function buildFraming(sources: PreparedSource[], texts: ReadonlyMap<string, string>): Framing {
  const names = caseNames(sources);
  const claims: ClaimFraming[] = [];
  const naming: NamingInput[] = [];
  const frames = [];
  const speakers = [];
  for (const source of sources) {
    const text = texts.get(source.summary.id)!;
    const quoted = quotedRanges(source.normalized);
    const quotedAt = (offset: number) => isQuoted(quoted, offset);
    const own: ClaimFraming[] = [];
    const namingClaims: NamingInput['claims'] = [];
    for (const claim of source.claims) {
      const tokens = claimTokens(claim.unit);
      const context = new CueContext(claim.unit, tokens, text, quotedAt);
      own.push({
        claim: claim.unit.id,
        loaded: findLoaded(tokens, context),
        hedges: findHedgeCues(tokens, context),
        attribution: attributionCue(claim.unit, claim.speaker, text),
        frames: findFrameHits(tokens, context),
      });
      namingClaims.push({ tokens, isQuoted: quotedAt });
    }
    claims.push(...own);
    naming.push({ source: source.summary.id, claims: namingClaims });
    frames.push(frameProfile(source.summary.id, own));
    speakers.push(speakerShares(source.summary, source.claims, names));
  }
  return { claims, speakers, naming: findNaming(naming, names, (id) => texts.get(id)!), frames };
}

/**
 * The case's mid-sentence names, read from every sentence with a claim. A sentence's claims come
 * one after another, so comparing with the last sentence skips most repeats without a Set; a
 * sentence read twice only adds names already there.
 */
function caseNames(sources: PreparedSource[]): Set<string> {
  const names = new Set<string>();
  let last: Sentence | null = null;
  for (const source of sources) {
    for (const claim of source.claims) {
      const sentence = claim.unit.sentence;
      if (sentence === last) continue;
      last = sentence;
      addMidSentenceNames(sentence.tokens, names);
    }
  }
  return names;
}
