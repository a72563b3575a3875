// What every export needs from an analysis: sources in the order the user arranged them, points
// in reading order (by the leftmost source that has them, then by position), and where each
// source stands on each point. The app's views use the same ordering and stances.
import { shorten } from './escape';
import { CONTEST_KINDS, type Analysis, type Claim, type Point, type PointStatus, type ReasonKind, type SourceSummary } from '../engine/types';

export type Stance = 'agrees' | 'contests' | 'only' | 'silent';

export interface ReportModel {
  analysis: Analysis;
  sources: SourceSummary[];
  /** The sources' ids in order: the columns of the matrix and of a summed-up reason. */
  sourceIds: string[];
  claim: Map<string, Claim>;
  /** Points in reading order; `number(point)` is its 1-based place in this list. */
  points: Point[];
  number: (point: Point) => number;
  sourceName: (id: string) => string;
  counts: Record<PointStatus, number>;
  /** A point's claims in source order. */
  claimsOf: (point: Point) => Claim[];
  stance: (point: Point, sourceId: string) => Stance;
}

export const STATUS_WORD: Record<PointStatus, string> = { agreed: 'agreed', contested: 'contested', unique: 'only here' };
export const STANCE_WORD: Record<Stance, string> = { agrees: 'agrees', contests: 'contests', only: 'only here', silent: 'silent' };
/** Never colour alone: each stance also has its sign. */
export const STANCE_SIGN: Record<Stance, string> = { agrees: '=', contests: '≠', only: '●', silent: '–' };

export function isContestKind(kind: string): boolean {
  return (CONTEST_KINDS as readonly string[]).includes(kind);
}

/** In a contested point a source "agrees" when some other source says the same as it does. */
export function stanceOf(point: Point, claimIds: readonly string[]): Stance {
  if (!claimIds.length) return 'silent';
  if (point.status === 'unique') return 'only';
  if (point.status === 'agreed') return 'agrees';
  // Unless the user made it contested: the engine's agreements then no longer speak for the source.
  if (point.decidedBy === 'user' && point.engineStatus !== 'contested') return 'contests';
  const agreesWithSomeone = point.reasons.some((r) => r.kind === 'same-content' && r.claims.some((id) => claimIds.includes(id)));
  return agreesWithSomeone ? 'agrees' : 'contests';
}

/** Points in reading order: by the leftmost source that has them, then by position in it. */
export function readingOrder(points: readonly Point[], claim: Map<string, Claim>, sourceIds: readonly string[]): Point[] {
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
  const positions = new Map(points.map((p) => [p.id, position(p)]));
  return points
    .filter((p) => Number.isFinite(positions.get(p.id)![0]))
    .sort((a, b) => {
      const [ac, as] = positions.get(a.id)!;
      const [bc, bs] = positions.get(b.id)!;
      return ac - bc || as - bs;
    });
}

export function buildReportModel(analysis: Analysis): ReportModel {
  const claim = new Map(analysis.claims.map((c) => [c.id, c]));
  const sourceIds = analysis.sources.map((s) => s.id);
  const names = new Map(analysis.sources.map((s) => [s.id, s.name]));
  const order = new Map(sourceIds.map((id, i) => [id, i]));
  const points = readingOrder(analysis.points, claim, sourceIds);
  const numbers = new Map(points.map((p, i) => [p.id, i + 1]));
  const counts: Record<PointStatus, number> = { agreed: 0, contested: 0, unique: 0 };
  for (const p of points) counts[p.status]++;
  const claimsOf = (point: Point) =>
    point.claims
      .map((id) => claim.get(id))
      .filter((c): c is Claim => c !== undefined && order.has(c.source))
      .sort((a, b) => order.get(a.source)! - order.get(b.source)! || a.start - b.start);
  return {
    analysis,
    sources: analysis.sources,
    sourceIds,
    claim,
    points,
    number: (point) => numbers.get(point.id) ?? 0,
    sourceName: (id) => names.get(id) ?? id,
    counts,
    claimsOf,
    stance: (point, sourceId) => stanceOf(point, point.claims.filter((id) => claim.get(id)?.source === sourceId)),
  };
}

/** The reasons worth printing: for a contested point its contests, else its agreements. */
export function shownReasons(point: Point) {
  const contested = point.reasons.some((r) => isContestKind(r.kind));
  return point.reasons.filter((r) => (contested ? isContestKind(r.kind) : true));
}

/** A one-line title for a point: the words of its first claim in reading order. */
export function pointTitle(model: ReportModel, point: Point, max = 90): string {
  const first = model.claimsOf(point)[0];
  return first ? shorten(first.text, max) : point.id;
}

/** A reason's list-item class: its mark (≠ or =) in the app's and the report's styles. */
export function reasonClass(kind: ReasonKind): string {
  return isContestKind(kind) ? 'reason reason--contest' : 'reason reason--agree';
}

/** A reason kind's name, as the drawer and the reports show it. */
export const REASON_LABEL: Record<ReasonKind, string> = {
  'same-content': 'Same content',
  negation: 'One says yes, one says no',
  antonym: 'Opposite words',
  quantity: 'Numbers differ',
  'different-agent': 'Different actor',
  'opposite-position': 'Opposite positions',
  dismissal: 'Dismissed as untrue',
  'opposite-evaluation': 'Judged in opposite terms',
};
