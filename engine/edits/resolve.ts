// Finding the claim an edit names after the texts may have changed: same source, same words,
// nearest to where it was. Whitespace is compared loosely, so re-wrapped lines still match.
import type { Claim } from '../types';
import type { ClaimRef } from './types';

const loose = (text: string) => text.replace(/\s+/g, ' ').trim();

export type ClaimResolver = (ref: ClaimRef) => Claim | null;

export function claimResolver(claims: readonly Claim[]): ClaimResolver {
  const exact = new Map<string, Claim[]>();
  const relaxed = new Map<string, Claim[]>();
  const add = (map: Map<string, Claim[]>, key: string, claim: Claim) => {
    const list = map.get(key);
    if (list) list.push(claim);
    else map.set(key, [claim]);
  };
  for (const claim of claims) {
    add(exact, `${claim.source}\u0000${claim.text}`, claim);
    add(relaxed, `${claim.source}\u0000${loose(claim.text)}`, claim);
  }
  return (ref) => {
    const candidates = exact.get(`${ref.source}\u0000${ref.text}`) ?? relaxed.get(`${ref.source}\u0000${loose(ref.text)}`);
    if (!candidates) return null;
    let best = candidates[0];
    for (const claim of candidates) if (Math.abs(claim.start - ref.at) < Math.abs(best.start - ref.at)) best = claim;
    return best;
  };
}

/** How an edit names a claim: by its source, its words and (as a hint) its place. */
export function refOf(claim: Pick<Claim, 'source' | 'text' | 'start'>): ClaimRef {
  return { source: claim.source, text: claim.text, at: claim.start };
}
