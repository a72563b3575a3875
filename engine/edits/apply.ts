// Applying the user's corrections to an analysis. Pure and deterministic: the app, the CLI and
// the exports all call this, so a corrected case reads the same everywhere.
import { CONTEST_KINDS, type Analysis, type Claim, type Point, type PointStatus, type Reason } from '../types';
import { claimResolver } from './resolve';
import { claimsOf, type Edit, type OrphanedEdit } from './types';

export interface EditedAnalysis {
  analysis: Analysis;
  /** Edits whose claims are no longer in the texts, in list order. */
  orphaned: OrphanedEdit[];
}

interface WorkingPoint {
  id: string;
  claims: string[];
  /** The engine's points these claims came from: their reasons still apply where all their claims remain. */
  origins: Point[];
  userStatus?: PointStatus;
  /** Its claims or status were changed by the user. */
  decided: boolean;
  note?: string;
}

export function applyEdits(analysis: Analysis, edits: readonly Edit[]): EditedAnalysis {
  if (!edits.length) return { analysis, orphaned: [] };
  const resolve = claimResolver(analysis.claims);
  const points: WorkingPoint[] = analysis.points.map((p) => ({ id: p.id, claims: [...p.claims], origins: [p], decided: false }));
  const home = new Map<string, WorkingPoint>();
  for (const point of points) for (const id of point.claims) home.set(id, point);
  const claimNotes = new Map<string, string>();
  const orphaned: OrphanedEdit[] = [];

  const detach = (claimId: string): WorkingPoint => {
    const from = home.get(claimId)!;
    from.claims = from.claims.filter((id) => id !== claimId);
    from.decided = true;
    return from;
  };
  const attach = (claimId: string, to: WorkingPoint) => {
    to.claims.push(claimId);
    to.decided = true;
    home.set(claimId, to);
  };
  const newPoint = (edit: Edit, origin: WorkingPoint): WorkingPoint => {
    const point: WorkingPoint = { id: `u-${edit.id}`, claims: [], origins: [...origin.origins], decided: true };
    points.push(point);
    return point;
  };

  for (const edit of edits) {
    const refs = claimsOf(edit);
    const found = refs.map(resolve);
    const missing = refs.filter((_, i) => !found[i]);
    if (missing.length || !refs.length) {
      orphaned.push({ edit, missing });
      continue;
    }
    const [first, second] = found.map((c) => c!.id);
    const point = home.get(first)!;
    switch (edit.op) {
      case 'relabel':
        point.userStatus = edit.status;
        point.decided = true;
        break;
      case 'note':
        if (edit.target === 'point') point.note = edit.text.trim() || undefined;
        else if (edit.text.trim()) claimNotes.set(first, edit.text.trim());
        else claimNotes.delete(first);
        break;
      case 'link': {
        const target = home.get(second)!;
        if (target === point) break;
        detach(first);
        attach(first, target);
        target.origins = unique([...target.origins, ...point.origins]);
        break;
      }
      case 'unlink':
        if (point.claims.length < 2) break;
        attach(first, newPoint(edit, detach(first)));
        break;
      case 'merge': {
        const other = home.get(second)!;
        if (other === point) break;
        for (const id of other.claims) attach(id, point);
        other.claims = [];
        point.origins = unique([...point.origins, ...other.origins]);
        point.note = [point.note, other.note].filter(Boolean).join('\n\n') || undefined;
        break;
      }
      case 'split': {
        const ids = [...new Set(found.map((c) => c!.id))];
        if (ids.every((id) => home.get(id) === point) && ids.length === point.claims.length) break;
        const split = newPoint(edit, point);
        for (const id of ids) {
          split.origins = unique([...split.origins, ...home.get(id)!.origins]);
          detach(id);
          attach(id, split);
        }
        break;
      }
    }
  }

  const claims: Claim[] = analysis.claims.map((c) => (claimNotes.has(c.id) ? { ...c, note: claimNotes.get(c.id) } : c));
  const result: Point[] = [];
  for (const point of points) {
    if (!point.claims.length) continue;
    result.push(point.decided ? decided(point) : withNote(point.origins[0], point.note));
  }
  return { analysis: { ...analysis, claims, points: result }, orphaned };
}

function decided(point: WorkingPoint): Point {
  const members = new Set(point.claims);
  const reasons: Reason[] = unique(point.origins.flatMap((o) => o.reasons)).filter((r) => r.claims.every((id) => members.has(id)));
  const derived: PointStatus = point.claims.length < 2 ? 'unique' : reasons.some((r) => CONTEST_KINDS.includes(r.kind)) ? 'contested' : 'agreed';
  const out: Point = {
    id: point.id,
    status: point.userStatus ?? derived,
    claims: point.claims,
    reasons,
    decidedBy: 'user',
    engineStatus: point.origins[0].status,
  };
  if (point.note) out.note = point.note;
  return out;
}

function withNote(point: Point, note: string | undefined): Point {
  return note ? { ...point, note } : point;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

