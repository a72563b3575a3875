// Single-key shortcuts for the comparison (j, k, n, Enter, Esc, 1-9, m, ?) and, in the
// browser build, Ctrl/Cmd+S, Ctrl/Cmd+O and undo/redo (in Electron the menu accelerators do those).
import { useEffect, useRef } from 'react';

export interface ShortcutActions {
  next(): void;
  previous(): void;
  nextContested(): void;
  openDetails(): void;
  close(): void;
  focusColumn(index: number): void;
  toggleMatrix(): void;
  showShortcuts(): void;
  save?(): void;
  open?(): void;
  /** The last correction (in the browser build; in Electron the Edit menu does these). */
  undo?(): void;
  redo?(): void;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

export function useShortcuts(actions: ShortcutActions, enabled: boolean): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const a = ref.current;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey) {
        const key = event.key.toLowerCase();
        if (key === 's' && a.save) {
          event.preventDefault();
          a.save();
        } else if (key === 'o' && a.open) {
          event.preventDefault();
          a.open();
        } else if ((key === 'z' || key === 'y') && !isTyping(event.target)) {
          // In a text field the browser's own undo applies to the typing.
          const action = key === 'y' || event.shiftKey ? a.redo : a.undo;
          if (action) {
            event.preventDefault();
            action();
          }
        }
        return;
      }
      if (!enabled || event.altKey || isTyping(event.target)) return;
      const onClaim = (event.target as HTMLElement | null)?.closest?.('.claim');
      const handlers: Record<string, (() => void) | undefined> = {
        j: a.next,
        k: a.previous,
        n: a.nextContested,
        m: a.toggleMatrix,
        '?': a.showShortcuts,
        Escape: a.close,
        // On a claim, Enter opens that claim's point (handled by the columns).
        Enter: onClaim || (event.target as HTMLElement | null)?.tagName === 'BUTTON' ? undefined : a.openDetails,
      };
      const handler = handlers[event.key];
      if (handler) {
        event.preventDefault();
        handler();
      } else if (/^[1-9]$/.test(event.key)) {
        event.preventDefault();
        a.focusColumn(Number(event.key) - 1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
