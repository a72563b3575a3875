// Indexes over one analysis that the views need: claims per source in reading order, the
// point of each claim, each source's stance on each point, and the counts for the legend.
import type { Analysis, Claim, Point, PointStatus } from '../../engine/types';
import { CONTEST_KINDS } from '../../engine/types';
import { readingOrder, stanceOf, type Stance } from '../../report/model';

export type { Stance };

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
  const points = readingOrder(analysis.points, claim, sourceIds);

  const claimCounts: Record<PointStatus, number> = { agreed: 0, contested: 0, unique: 0 };
  const pointCounts: Record<PointStatus, number> = { agreed: 0, contested: 0, unique: 0 };
  for (const p of points) {
    pointCounts[p.status]++;
    for (const id of p.claims) if (claim.has(id) && column.has(claim.get(id)!.source)) claimCounts[p.status]++;
  }

  const stance = (p: Point, sourceId: string): Stance => stanceOf(p, p.claims.filter((id) => claim.get(id)?.source === sourceId));

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
