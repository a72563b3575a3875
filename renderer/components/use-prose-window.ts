// Which chunks of a long column are drawn with their claims marked: those near the visible part
// (an IntersectionObserver on the column), plus those holding the claims of the points the
// highlighter needs (selected, linked, or about to be scrolled to), so selecting a point whose
// claims are far off-screen still lights and scrolls to them.
import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Claim, Point } from '../../engine/types';
import type { Highlighter } from './highlighter';
import { chunkOfClaims, INITIAL_CHUNKS, type ProseChunk } from './prose-window';

/** Chunks within a column's height above or below its visible part are drawn marked. */
const MARGIN = '100% 0px';

const sameSet = (a: Set<number>, b: Set<number>) => a.size === b.size && [...a].every((i) => b.has(i));
const FIRST = new Set(Array.from({ length: INITIAL_CHUNKS }, (_, i) => i));

/** Indexes of the chunks to draw marked; null when the column is not windowed. */
export function useProseWindow(
  body: RefObject<HTMLElement | null>,
  chunks: ProseChunk[] | null,
  claims: Claim[] | null,
  pointOfClaim: Map<string, Point>,
  highlighter: Highlighter | undefined,
): Set<number> | null {
  const [visible, setVisible] = useState(FIRST);
  const [wanted, setWanted] = useState<Set<number>>(() => new Set());
  const live = useMemo(() => new Set([...visible, ...wanted]), [visible, wanted]);
  const committed = useRef(live);

  useEffect(() => {
    const root = body.current;
    if (!chunks || !root || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) =>
        setVisible((previous) => {
          const next = new Set(previous);
          for (const entry of entries) {
            const index = Number((entry.target as HTMLElement).dataset.chunk);
            if (entry.isIntersecting) next.add(index);
            else next.delete(index);
          }
          return sameSet(next, previous) ? previous : next;
        }),
      { root, rootMargin: MARGIN },
    );
    for (const el of root.querySelectorAll(':scope > .prose-chunk')) observer.observe(el);
    return () => observer.disconnect();
  }, [body, chunks]);

  const index = useMemo(() => (chunks ? chunkOfClaims(chunks) : null), [chunks]);
  // A layout effect: it must be registered before a parent's layout effect scrolls to a point.
  useLayoutEffect(() => {
    if (!highlighter || !claims || !index) return;
    return highlighter.register((pointIds) => {
      const need = new Set<number>();
      for (const claim of claims) {
        const point = pointOfClaim.get(claim.id);
        const at = point && pointIds.includes(point.id) ? index.get(claim.id) : undefined;
        if (at !== undefined) need.add(at);
      }
      // Nineteen columns drawing a chunk each is a big render: let React slice it.
      startTransition(() => setWanted((previous) => (sameSet(previous, need) ? previous : need)));
      return [...need].every((i) => committed.current.has(i));
    });
  }, [highlighter, claims, index, pointOfClaim]);

  // Newly drawn claims: the highlighter marks them and does what waited for them.
  useLayoutEffect(() => {
    const before = committed.current;
    committed.current = live;
    if (chunks && claims && [...live].some((i) => !before.has(i))) highlighter?.shown();
  }, [live, chunks, claims, highlighter]);

  return chunks ? live : null;
}
