// The Framing tab's frame: the panel itself (and the chart library) is a separate chunk, loaded the
// first time the tab opens, so it never slows the window's first paint.
import { lazy, Suspense, useMemo } from 'react';
import type { Analysis } from '../../engine/types';
import type { ClaimLookup, PanelSource } from './panel-types';

const FramingPanel = lazy(() => import('./FramingPanel'));

interface Props {
  /** The engine's analysis (real ids). */
  analysis: Analysis;
  /** The sources as shown, in column order. */
  sources: { id: string; name: string }[];
  realSource: (displayId: string) => string;
}

export function FramingView({ analysis, sources, realSource }: Props) {
  const shown: PanelSource[] = sources.map((s, i) => ({ id: realSource(s.id), name: s.name, number: i + 1 }));
  const claims = useMemo(() => new Map(analysis.claims.map((c) => [c.id, c])), [analysis]);
  const claim: ClaimLookup = (id) => claims.get(id);
  return (
    <Suspense fallback={<p className="hint framing-loading">Loading the framing panel…</p>}>
      <FramingPanel framing={analysis.framing} sources={shown} claim={claim} />
    </Suspense>
  );
}
