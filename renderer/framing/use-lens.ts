// Which lens layers are on, their keyboard shortcuts, and the cues they put on screen, mapped to
// the ids the views show (blind mode renames sources and claims).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Framing } from '../../engine/types';
import type { ViewModel } from '../analysis/view-model';
import { cuesByClaim, lensCues, LENS_LAYERS, type LensCue, type LensLayer } from './lens-model';

export interface LensView {
  model: ViewModel | null;
  framing: Framing | null;
  /** The claim on screen for a real claim id. */
  displayClaim: (realClaimId: string) => string;
  /** Source ids and names as shown, and the real id behind each. */
  sources: { id: string; name: string }[];
  realSource: (displayId: string) => string;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el?.tagName) && (el!.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el!.tagName));
}

export function useLens(view: LensView, shortcutsEnabled: boolean, onFramingKey: () => void) {
  const [layers, setLayers] = useState<ReadonlySet<LensLayer>>(() => new Set());
  const toggle = useCallback((layer: LensLayer) => {
    setLayers((current) => {
      const next = new Set(current);
      if (!next.delete(layer)) next.add(layer);
      return next;
    });
  }, []);

  const { model, framing, displayClaim, sources, realSource } = view;
  const cues = useMemo(() => {
    if (!model || !framing || layers.size === 0) return EMPTY;
    const names = new Map(sources.map((s) => [realSource(s.id), s.name]));
    return lensCues(
      {
        framing,
        claimOnScreen: (id) => {
          const claim = model.claim.get(displayClaim(id));
          return claim && { id: claim.id, source: claim.source, start: claim.start };
        },
        sourceName: (id) => names.get(id) ?? id,
      },
      layers,
    );
    // displayClaim and realSource change identity on every render; the model and sources say when they mean something else.
  }, [model, framing, sources, layers]);
  const byClaim = useMemo(() => cuesByClaim(cues), [cues]);

  const onKey = useRef<(event: KeyboardEvent) => void>(() => undefined);
  onKey.current = (event) => {
    if (!shortcutsEnabled || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const layer = LENS_LAYERS.find((l) => l.key === event.key);
    if (layer) toggle(layer.id);
    else if (event.key === FRAMING_KEY) onFramingKey();
    else return;
    event.preventDefault();
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return { layers, toggle, cues, byClaim };
}

/** Toggles the Framing tab. */
export const FRAMING_KEY = 'f';
const EMPTY = new Map<string, LensCue[]>();
