// "Compare with Parallax": where a student's labels and links differ from the analysis, claim by
// claim. Both sides must be in the same id space (real ids, or the blind view's ids throughout).
import type { Analysis, Claim, Point, PointStatus, Reason } from '../../engine/types';

export interface ClaimComparison {
  claim: Claim;
  point: Point;
  student: PointStatus | null;
  parallax: PointStatus;
  /** Claims of other sources the student linked with this one, and those Parallax puts in its point. */
  studentLinks: string[];
  parallaxLinks: string[];
  /** The engine's reasons that name this claim. */
  reasons: Reason[];
  differs: boolean;
}

export interface Comparison {
  claims: ClaimComparison[];
  labels: { same: number; different: number; unmarked: number };
  links: { same: number; studentOnly: number; parallaxOnly: number };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function pairsOf(groups: string[][], source: Map<string, string>): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) if (source.get(group[i]) !== source.get(group[j])) pairs.add(pairKey(group[i], group[j]));
  return pairs;
}

/** `groups` are the student's points (claims linked together); `labels` their label per claim. */
export function compareWork(analysis: Analysis, labels: Map<string, PointStatus>, groups: string[][]): Comparison {
  const source = new Map(analysis.claims.map((c) => [c.id, c.source]));
  const pointOf = new Map<string, Point>();
  for (const p of analysis.points) for (const id of p.claims) pointOf.set(id, p);
  const studentGroup = new Map<string, string[]>();
  for (const g of groups) for (const id of g) studentGroup.set(id, g);
  const studentPairs = pairsOf(groups, source);
  const parallaxPairs = pairsOf(analysis.points.map((p) => p.claims), source);

  const counts = { same: 0, different: 0, unmarked: 0 };
  const claims: ClaimComparison[] = [];
  for (const claim of analysis.claims) {
    const point = pointOf.get(claim.id);
    if (!point) continue;
    const student = labels.get(claim.id) ?? null;
    const others = (ids: string[]) => ids.filter((id) => id !== claim.id && source.get(id) !== claim.source).sort();
    const studentLinks = others(studentGroup.get(claim.id) ?? []);
    const parallaxLinks = others(point.claims);
    if (student === null) counts.unmarked++;
    else if (student === point.status) counts.same++;
    else counts.different++;
    const linksDiffer = studentLinks.join() !== parallaxLinks.join();
    claims.push({
      claim,
      point,
      student,
      parallax: point.status,
      studentLinks,
      parallaxLinks,
      reasons: point.reasons.filter((r) => r.claims.includes(claim.id)),
      // Only what the student worked on: an unmarked, unlinked claim is counted, not listed.
      differs: (student !== null || studentLinks.length > 0) && ((student !== null && student !== point.status) || linksDiffer),
    });
  }
  let same = 0;
  for (const pair of studentPairs) if (parallaxPairs.has(pair)) same++;
  return { claims, labels: counts, links: { same, studentOnly: studentPairs.size - same, parallaxOnly: parallaxPairs.size - same } };
}
