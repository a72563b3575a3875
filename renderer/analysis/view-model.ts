// Indexes over one analysis that the views need: claims per source in reading order, the
// point of each claim, each source's stance on each point, and the counts for the legend.
import type { Analysis, Claim, Point, PointStatus } from '../../engine/types';
import { CONTEST_KINDS } from '../../engine/types';

export type Stance = 'agrees' | 'contests' | 'only' | 'silent';

export interface ViewModel {
  analysis: Analysis;
  /** Source ids in column order (the case's order, not the analysis's). */
  sourceIds: string[];
  sourceName: (id: string) => string;
  claim: Map<string, Claim>;
  pointOfClaim: Map<string, Point>;
  point: Map<string, Point>;
  claimsBySource: Map<string, Claim[]>;
  /** Points in reading order: by the leftmost column that has them, then by position. */
  points: Point[];
  claimCounts: Record<PointStatus, number>;
  pointCounts: Record<PointStatus, number>;
  stance: (point: Point, sourceId: string) => Stance;
}

export function buildViewModel(analysis: Analysis, sourceIds: string[], names: Map<string, string>): ViewModel {
  const claim = new Map(analysis.claims.map((c) => [c.id, c]));
  const point = new Map(analysis.points.map((p) => [p.id, p]));
  const pointOfClaim = new Map<string, Point>();
  for (const p of analysis.points) for (const id of p.claims) pointOfClaim.set(id, p);
  const claimsBySource = new Map<string, Claim[]>(sourceIds.map((id) => [id, []]));
  for (const c of analysis.claims) claimsBySource.get(c.source)?.push(c);
  for (const list of claimsBySource.values()) list.sort((a, b) => a.start - b.start);

  const column = new Map(sourceIds.map((id, i) => [id, i]));
  const position = (p: Point): [number, number] => {
    let best: [number, number] = [Infinity, Infinity];
    for (const id of p.claims) {
      const c = claim.get(id);
      const col = c ? column.get(c.source) : undefined;
      if (c && col !== undefined && (col < best[0] || (col === best[0] && c.start < best[1]))) best = [col, c.start];
    }
    return best;
  };
  const positions = new Map(analysis.points.map((p) => [p.id, position(p)]));
  const points = analysis.points
    .filter((p) => Number.isFinite(positions.get(p.id)![0]))
    .sort((a, b) => {
      const [ac, as] = positions.get(a.id)!;
      const [bc, bs] = positions.get(b.id)!;
      return ac - bc || as - bs;
    });

  const claimCounts: Record<PointStatus, number> = { agreed: 0, contested: 0, unique: 0 };
  const pointCounts: Record<PointStatus, number> = { agreed: 0, contested: 0, unique: 0 };
  for (const p of points) {
    pointCounts[p.status]++;
    for (const id of p.claims) if (claim.has(id) && column.has(claim.get(id)!.source)) claimCounts[p.status]++;
  }

  const stance = (p: Point, sourceId: string): Stance => {
    const mine = p.claims.filter((id) => claim.get(id)?.source === sourceId);
    if (!mine.length) return 'silent';
    if (p.status === 'unique') return 'only';
    if (p.status === 'agreed') return 'agrees';
    // In a contested point a source "agrees" when some other source says the same as it does
    // (unless the user made it contested: the engine's agreements then no longer speak for it).
    if (p.decidedBy === 'user' && p.engineStatus !== 'contested') return 'contests';
    const agreesWithSomeone = p.reasons.some((r) => r.kind === 'same-content' && r.claims.some((id) => mine.includes(id)));
    return agreesWithSomeone ? 'agrees' : 'contests';
  };

  return {
    analysis,
    sourceIds,
    sourceName: (id) => names.get(id) ?? id,
    claim,
    pointOfClaim,
    point,
    claimsBySource,
    points,
    claimCounts,
    pointCounts,
    stance,
  };
}

export function isContest(kind: string): boolean {
  return (CONTEST_KINDS as readonly string[]).includes(kind);
}

export const STATUS_LABEL: Record<PointStatus, string> = { agreed: 'Agreed', contested: 'Contested', unique: 'Only here' };

export function statusLabel(status: PointStatus, onlySource?: string): string {
  return status === 'unique' && onlySource ? `Only in ${onlySource}` : STATUS_LABEL[status];
}
