// A student's reading of a case in "students first" mode: a label on each claim they judged and
// links between claims they think speak of the same thing. Claims are named as edits name them
// (source, words, place), so the work survives a re-analysis and opens next to the case.
import { claimResolver, refOf, type ClaimResolver } from '../../engine/edits';
import type { Analysis, Claim, Point, PointStatus } from '../../engine/types';
import { STUDENT_FILE_FORMAT, STUDENT_FILE_VERSION, type StudentWork } from '../../shared/student-file';

export function emptyWork(): StudentWork {
  return { format: STUDENT_FILE_FORMAT, version: STUDENT_FILE_VERSION, student: '', case: { title: '', sourcesHash: '0'.repeat(64) }, labels: [], links: [] };
}

export interface ResolvedWork {
  /** Real claim id -> the student's label. */
  labels: Map<string, PointStatus>;
  /** The student's points: claims linked together, directly or through others (two or more each). */
  groups: string[][];
  /** Labels and links whose claims are no longer in the texts. */
  missing: number;
}

export function resolveWork(work: StudentWork, resolve: ClaimResolver): ResolvedWork {
  const labels = new Map<string, PointStatus>();
  let missing = 0;
  for (const { claim, label } of work.labels) {
    const found = resolve(claim);
    if (found) labels.set(found.id, label);
    else missing++;
  }
  // Union-find over the links: each student point is one connected set of claims.
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const { a, b } of work.links) {
    const [x, y] = [resolve(a), resolve(b)];
    if (!x || !y) {
      missing++;
      continue;
    }
    for (const id of [x.id, y.id]) if (!parent.has(id)) parent.set(id, id);
    parent.set(root(x.id), root(y.id));
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const r = root(id);
    groups.set(r, [...(groups.get(r) ?? []), id]);
  }
  return { labels, groups: [...groups.values()].filter((g) => g.length > 1), missing };
}

/** The analysis as a student sees it before comparing: their own points, no verdicts, no reasons. */
export function studentAnalysis(analysis: Analysis, work: ResolvedWork): Analysis {
  const grouped = new Set(work.groups.flat());
  const points: Point[] = work.groups.map((claims) => ({ id: `s-${claims[0]}`, status: 'agreed', claims, reasons: [] }));
  for (const claim of analysis.claims) if (!grouped.has(claim.id)) points.push({ id: `s-${claim.id}`, status: 'unique', claims: [claim.id], reasons: [] });
  const claims = analysis.claims.map(({ note: _note, ...claim }) => claim);
  return { ...analysis, claims, points };
}

const sameClaim = (resolve: ClaimResolver, claim: Claim) => (ref: StudentWork['labels'][number]['claim']) => resolve(ref)?.id === claim.id;

export function withLabel(work: StudentWork, analysis: Analysis, claim: Claim, label: PointStatus | null): StudentWork {
  const is = sameClaim(claimResolver(analysis.claims), claim);
  const labels = work.labels.filter((l) => !is(l.claim));
  return { ...work, labels: label ? [...labels, { claim: refOf(claim), label }] : labels };
}

export function withLink(work: StudentWork, a: Claim, b: Claim): StudentWork {
  if (a.id === b.id) return work;
  return { ...work, links: [...work.links, { a: refOf(a), b: refOf(b) }] };
}

/** The claim leaves the student's point; the rest of that point stays linked together. */
export function withoutLinks(work: StudentWork, analysis: Analysis, claim: Claim): StudentWork {
  const resolve = claimResolver(analysis.claims);
  const is = sameClaim(resolve, claim);
  const group = resolveWork(work, resolve).groups.find((g) => g.includes(claim.id)) ?? [];
  const byId = new Map(analysis.claims.map((c) => [c.id, c]));
  const rest = group.filter((id) => id !== claim.id).map((id) => byId.get(id)!);
  const links = work.links.filter((l) => !is(l.a) && !is(l.b));
  const relinked = rest.slice(1).map((c) => ({ a: refOf(rest[0]), b: refOf(c) }));
  return { ...work, links: [...links.filter((l) => !rest.some((c) => sameClaim(resolve, c)(l.a))), ...relinked] };
}
