// Runs the whole engine on small texts and returns the framing lens.
import { analyze } from '../../../engine/index';
import type { ClaimFraming, Framing } from '../../../engine/types';

export function framingOf(...texts: string[]): Framing {
  return analyze({ title: 'test', sources: texts.map((text, i) => ({ id: `s${i + 1}`, name: `Source ${i + 1}`, text })) }).framing;
}

/** Every claim's cues of one source text, merged. */
export function cuesOf(text: string): Omit<ClaimFraming, 'claim' | 'attribution'> & { attribution: NonNullable<ClaimFraming['attribution']>[] } {
  const claims = framingOf(text).claims;
  return {
    loaded: claims.flatMap((c) => c.loaded),
    hedges: claims.flatMap((c) => c.hedges),
    frames: claims.flatMap((c) => c.frames),
    attribution: claims.flatMap((c) => (c.attribution ? [c.attribution] : [])),
  };
}
