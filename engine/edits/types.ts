// The user's corrections to an analysis, as small serialisable operations applied in order.
// Claims are named by source id and text (plus the offset where the text was, as a hint), never
// by claim or point id: ids are renumbered whenever a source's text changes, the words are not.
import type { PointStatus } from '../types';

export interface ClaimRef {
  source: string;
  text: string;
  /** Where the claim started when the edit was made: picks the nearest copy of a repeated sentence. */
  at: number;
}

interface EditBase {
  /** Unique within a case ("e1", "e2"...), so an orphaned edit can be named and removed. */
  id: string;
}

/** The point that holds `claim` gets this status. */
export interface RelabelEdit extends EditBase {
  op: 'relabel';
  claim: ClaimRef;
  status: PointStatus;
}

/** `claim` leaves its point and joins the point that holds `to`. */
export interface LinkEdit extends EditBase {
  op: 'link';
  claim: ClaimRef;
  to: ClaimRef;
}

/** `claim` leaves its point and becomes a point of its own. */
export interface UnlinkEdit extends EditBase {
  op: 'unlink';
  claim: ClaimRef;
}

/** The point that holds `other` is folded into the point that holds `claim`. */
export interface MergeEdit extends EditBase {
  op: 'merge';
  claim: ClaimRef;
  other: ClaimRef;
}

/** `claims` leave their point together and form a new one. */
export interface SplitEdit extends EditBase {
  op: 'split';
  claims: ClaimRef[];
}

/** A note on the point that holds `claim`, or on the claim itself; empty text removes it. */
export interface NoteEdit extends EditBase {
  op: 'note';
  target: 'point' | 'claim';
  claim: ClaimRef;
  text: string;
}

export type Edit = RelabelEdit | LinkEdit | UnlinkEdit | MergeEdit | SplitEdit | NoteEdit;
export type EditOp = Edit['op'];

/** An edit whose claims are no longer in the texts: kept in the case, skipped, and shown as a warning. */
export interface OrphanedEdit {
  edit: Edit;
  missing: ClaimRef[];
}

/** Every claim an edit names, in order. */
export function claimsOf(edit: Edit): ClaimRef[] {
  switch (edit.op) {
    case 'link':
      return [edit.claim, edit.to];
    case 'merge':
      return [edit.claim, edit.other];
    case 'split':
      return edit.claims;
    default:
      return [edit.claim];
  }
}
