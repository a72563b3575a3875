// The frame profiles as chart rows: one row per frame that any source uses, one value per source
// (the share of its statements, in percent), in the engine's dimension order.
import type { ClaimFraming, FrameDimension, FrameHit, SourceFrameProfile } from '../../engine/types';
import { FRAME_DESCRIPTIONS } from '../../engine/lexicons/framing/frames';

export const FRAME_ORDER = Object.keys(FRAME_DESCRIPTIONS) as FrameDimension[];

/** "Crime and punishment" from "Crime and punishment: offences, ...". */
export function frameName(frame: FrameDimension): string {
  return FRAME_DESCRIPTIONS[frame].split(':')[0];
}

export interface FrameRow {
  frame: FrameDimension;
  name: string;
  /** Source id -> percent of its statements (0 when none). */
  [source: string]: number | string;
}

export function frameRows(profiles: SourceFrameProfile[], sourceIds: string[]): FrameRow[] {
  const share = new Map(profiles.map((p) => [p.source, new Map(p.shares.map((s) => [s.frame, s]))]));
  return FRAME_ORDER.filter((frame) => sourceIds.some((id) => share.get(id)?.get(frame))).map((frame) => {
    const row: FrameRow = { frame, name: frameName(frame) };
    for (const id of sourceIds) row[id] = Math.round(1000 * (share.get(id)?.get(frame)?.share ?? 0)) / 10;
    return row;
  });
}

export interface FrameEvidence {
  claim: string;
  hits: FrameHit[];
}

/** The statements of one source that count for `frame`, with the words that put them there. */
export function frameEvidence(claims: ClaimFraming[], sourceOf: (claimId: string) => string | undefined, frame: FrameDimension): Map<string, FrameEvidence[]> {
  const out = new Map<string, FrameEvidence[]>();
  for (const cf of claims) {
    const hits = cf.frames.filter((h) => h.frame === frame);
    const source = hits.length ? sourceOf(cf.claim) : undefined;
    if (!source) continue;
    (out.get(source) ?? out.set(source, []).get(source)!).push({ claim: cf.claim, hits });
  }
  return out;
}
