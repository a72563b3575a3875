// The one tooltip of the lens. Hovering a marked word shows its explanation; focusing a claim (by
// Tab) shows the explanations of all its cues and ties them to the claim with aria-describedby,
// so keyboard and screen-reader users get the same words. Esc hides it. Listening on the document
// keeps the columns free of per-cue handlers.
import { useEffect, useRef, useState } from 'react';
import type { LensCue } from './lens-model';

export const LENS_TIP_ID = 'lens-tip';

interface Tip {
  lines: string[];
  rect: { left: number; top: number; bottom: number };
}

export function LensTooltip({ byClaim }: { byClaim: Map<string, LensCue[]> }) {
  const [tip, setTip] = useState<Tip | null>(null);
  const described = useRef<HTMLElement | null>(null);
  const claims = useRef(byClaim);
  claims.current = byClaim;

  useEffect(() => {
    const place = (el: Element, lines: string[]) => {
      const r = el.getBoundingClientRect();
      setTip({ lines, rect: { left: r.left, top: r.top, bottom: r.bottom } });
    };
    const undescribe = () => {
      described.current?.removeAttribute('aria-describedby');
      described.current = null;
    };
    const over = (event: MouseEvent) => {
      const cue = (event.target as Element | null)?.closest?.<HTMLElement>('.lens-cue[data-explain]');
      if (cue) place(cue, cue.dataset.explain!.split('\n'));
      else if (!described.current) setTip(null);
    };
    const focus = (event: FocusEvent) => {
      undescribe();
      const claim = (event.target as Element | null)?.closest?.<HTMLElement>('.claim[data-claim]');
      const cues = claim ? claims.current.get(claim.dataset.claim!) : undefined;
      if (!claim || !cues?.length) return setTip(null);
      claim.setAttribute('aria-describedby', LENS_TIP_ID);
      described.current = claim;
      place(claim, cues.map((c) => (c.variant === 'speaker' ? c.explanation : `“${c.text}”: ${c.explanation}`)));
    };
    const blur = () => {
      undescribe();
      setTip(null);
    };
    const key = (event: KeyboardEvent) => event.key === 'Escape' && setTip(null);
    document.addEventListener('mouseover', over);
    document.addEventListener('focusin', focus);
    document.addEventListener('focusout', blur);
    document.addEventListener('keydown', key);
    return () => {
      document.removeEventListener('mouseover', over);
      document.removeEventListener('focusin', focus);
      document.removeEventListener('focusout', blur);
      document.removeEventListener('keydown', key);
      undescribe();
    };
  }, []);

  // Below the word, or above it near the bottom of the window; never off the right edge.
  const style = tip
    ? {
        left: Math.max(8, Math.min(tip.rect.left, window.innerWidth - 368)),
        ...(tip.rect.bottom + 160 > window.innerHeight ? { bottom: window.innerHeight - tip.rect.top + 6 } : { top: tip.rect.bottom + 6 }),
      }
    : undefined;
  return (
    <div id={LENS_TIP_ID} role="tooltip" className="lens-tooltip" hidden={!tip} style={style}>
      {tip?.lines.map((line, i) => <p key={i}>{line}</p>)}
    </div>
  );
}
