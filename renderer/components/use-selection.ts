// Which point is selected and whether its details are open: selecting scrolls its claims into
// view (switching back to the columns when needed), survives re-analysis by following the
// point's first claim, and steps through the points from the keyboard.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ViewModel } from '../analysis/view-model';
import { Highlighter, scrollIntoColumn } from './highlighter';
import type { ViewName } from './TopBar';

interface SelectionDeps {
  model: ViewModel | null | undefined;
  view: ViewName;
  setView: (view: ViewName) => void;
  /** Changes when another case is opened. */
  generation: number;
  notify: (kind: 'info', message: string) => void;
}

export function useSelection({ model, view, setView, generation, notify }: SelectionDeps) {
  const [selected, setSelected] = useState<string | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [highlighter] = useState(() => new Highlighter());
  const pendingScroll = useRef<string | null>(null);
  const point = selected ? model?.point.get(selected) : undefined;
  const anchor = useRef<string | null>(null);
  anchor.current = point?.claims[0] ?? anchor.current;

  // Another case: nothing is selected in it yet.
  useEffect(() => {
    setSelected(null);
    setDrawerOpen(false);
    highlighter.select(null);
    highlighter.link(null, null);
  }, [generation, highlighter]);

  // A point that no longer exists (new analysis, a correction) gives way to the point that now
  // holds its first claim, or else is deselected.
  useEffect(() => {
    if (selected && model && !model.point.has(selected)) {
      const successor = anchor.current ? model.pointOfClaim.get(anchor.current) : undefined;
      if (successor) {
        setSelected(successor.id);
        highlighter.select(successor.id);
        return;
      }
      setSelected(null);
      setDrawerOpen(false);
      highlighter.select(null);
    }
  }, [model, selected, highlighter]);

  const select = useCallback(
    (pointId: string | null, options: { open?: boolean; focus?: boolean } = {}) => {
      setSelected(pointId);
      if (options.open) setDrawerOpen(true);
      if (view !== 'columns') {
        setView('columns');
        pendingScroll.current = pointId;
        return;
      }
      highlighter.select(pointId);
      highlighter.link(pointId, null);
      if (!pointId) return;
      highlighter.scrollTo(pointId);
      // Far off in a long column, the claims are drawn first (see highlighter.whenShown).
      if (options.focus) highlighter.whenShown(pointId, () => highlighter.elements(pointId)[0]?.focus({ preventScroll: true }));
    },
    [highlighter, view, setView],
  );

  // Coming back from the matrix: once the columns exist, show the chosen point.
  useLayoutEffect(() => {
    if (view !== 'columns' || !pendingScroll.current) return;
    const pointId = pendingScroll.current;
    pendingScroll.current = null;
    highlighter.select(pointId);
    highlighter.link(pointId, null);
    highlighter.scrollTo(pointId, 'auto');
    highlighter.whenShown(pointId, () => highlighter.elements(pointId)[0]?.focus({ preventScroll: true }));
  }, [view, highlighter]);

  // Opening or closing the drawer reflows the columns: bring the selected point back into view.
  // (Deliberately keyed on the drawer only; select() already scrolls when the selection changes.)
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  useLayoutEffect(() => {
    if (selectedRef.current) highlighter.scrollTo(selectedRef.current, 'auto');
  }, [drawerOpen, highlighter]);

  const step = (by: 1 | -1, contestedOnly = false) => {
    if (!model?.points.length) return;
    const list = model.points;
    let i = selected ? list.findIndex((p) => p.id === selected) : by === 1 ? -1 : list.length;
    for (let tries = 0; tries < list.length; tries++) {
      i = (i + by + list.length) % list.length;
      if (!contestedOnly || list[i].status === 'contested') return select(list[i].id, { focus: true });
    }
    notify('info', 'There are no contested points in this case.');
  };

  // A checked claim: select its point, then put the claim itself in view and focus it.
  const showClaim = (claimId: string) => {
    const pointId = model?.pointOfClaim.get(claimId)?.id;
    if (!pointId) return;
    select(pointId);
    highlighter.whenShown(pointId, () => requestAnimationFrame(() => {
      for (const old of window.document.querySelectorAll('.claim.is-checked')) old.classList.remove('is-checked');
      const el = window.document.querySelector<HTMLElement>(`.claim[data-claim="${CSS.escape(claimId)}"]`);
      if (!el) return;
      el.classList.add('is-checked');
      scrollIntoColumn(el, 'auto');
      el.focus({ preventScroll: true });
    }));
  };

  return { selected, setSelected, point, drawerOpen, setDrawerOpen, highlighter, select, step, showClaim };
}
