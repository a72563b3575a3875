// A source's frame profile: the share of its claims that use each frame's words.
import type { ClaimFraming, FrameDimension, FrameShare, SourceFrameProfile } from '../types';
import { FRAME_LEMMAS } from '../lexicons/framing/frames';

const FRAME_ORDER = Object.keys(FRAME_LEMMAS) as FrameDimension[];

export function frameProfile(source: string, claims: ClaimFraming[]): SourceFrameProfile {
  const claimCounts = new Map<FrameDimension, number>();
  const hitCounts = new Map<FrameDimension, number>();
  for (const claim of claims) {
    const frames = new Set<FrameDimension>();
    for (let i = 0; i < claim.frames.length; i++) {
      const hit = claim.frames[i];
      frames.add(hit.frame);
      hitCounts.set(hit.frame, (hitCounts.get(hit.frame) ?? 0) + 1);
    }
    for (const frame of frames) claimCounts.set(frame, (claimCounts.get(frame) ?? 0) + 1);
  }
  const shares: FrameShare[] = FRAME_ORDER.filter((f) => claimCounts.has(f)).map((frame) => ({
    frame,
    claims: claimCounts.get(frame)!,
    share: Math.round((claimCounts.get(frame)! / claims.length) * 1000) / 1000,
  }));
  // Ties in claims are broken by the number of frame words, then by the codebook's order.
  const rank = (f: FrameShare) => [f.claims, hitCounts.get(f.frame)!, -FRAME_ORDER.indexOf(f.frame)];
  shares.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
  });
  return { source, claims: claims.length, shares, top: shares[0]?.frame ?? null };
}
