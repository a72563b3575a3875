// The user's corrections as a list in the case, with undo and redo over that list. Undo takes
// the last edit off (keeping it for redo); a new edit clears what could be redone.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Edit } from '../../engine/edits';
import type { CaseAction } from '../case/case-model';

/** An edit as the UI makes it; the id is given when it joins the list. */
export type NewEdit = Edit extends infer E ? (E extends Edit ? Omit<E, 'id'> : never) : never;

export function nextEditId(edits: readonly Edit[]): string {
  let max = 0;
  for (const edit of edits) {
    const n = /^e(\d+)$/.exec(edit.id);
    if (n) max = Math.max(max, Number(n[1]));
  }
  return `e${max + 1}`;
}

export function useEdits(edits: Edit[], dispatch: (action: CaseAction) => void, generation: number) {
  const [undone, setUndone] = useState<Edit[]>([]);
  const latest = useRef(edits);
  latest.current = edits;
  // Another case: its history starts empty.
  useEffect(() => setUndone([]), [generation]);

  const add = useCallback(
    (edit: NewEdit) => {
      const list = latest.current;
      dispatch({ type: 'set-edits', edits: [...list, { ...edit, id: nextEditId(list) } as Edit] });
      setUndone([]);
    },
    [dispatch],
  );

  /** Returns the edit taken off, or null when there is nothing to undo. */
  const undo = useCallback((): Edit | null => {
    const list = latest.current;
    const last = list[list.length - 1];
    if (!last) return null;
    dispatch({ type: 'set-edits', edits: list.slice(0, -1) });
    setUndone((stack) => [...stack, last]);
    return last;
  }, [dispatch]);

  const redo = useCallback((): Edit | null => {
    const last = undone[undone.length - 1];
    if (!last) return null;
    dispatch({ type: 'set-edits', edits: [...latest.current, last] });
    setUndone((stack) => stack.slice(0, -1));
    return last;
  }, [dispatch, undone]);

  /** Drops one edit (an orphaned one the user no longer wants). */
  const remove = useCallback(
    (id: string) => {
      dispatch({ type: 'set-edits', edits: latest.current.filter((e) => e.id !== id) });
      setUndone([]);
    },
    [dispatch],
  );

  return { edits, add, undo, redo, remove, canUndo: edits.length > 0, canRedo: undone.length > 0 };
}

export type EditsApi = ReturnType<typeof useEdits>;

const WHAT: Record<Edit['op'], string> = {
  relabel: 'the new label',
  link: 'the link',
  unlink: 'the unlinking',
  merge: 'the merge',
  split: 'the split',
  note: 'the note',
};

/** "the new label of “The bridge closed…”", for undo messages and the orphaned-edit warning. */
export function describeEdit(edit: Edit): string {
  const claim = edit.op === 'split' ? edit.claims[0] : edit.claim;
  const words = claim.text.replace(/\s+/g, ' ').trim();
  return `${WHAT[edit.op]} of “${words.length > 60 ? `${words.slice(0, 58).trimEnd()}…` : words}”`;
}
