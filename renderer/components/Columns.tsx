// The side-by-side view: one column per source. Pointer and focus events are handled once
// here (delegation) and passed to the Highlighter, so columns never re-render on hover.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentProps, type KeyboardEvent, type MouseEvent } from 'react';
import type { SourceDocument } from '../../shared/case-file';
import type { ViewModel } from '../analysis/view-model';
import type { PointStatus } from '../../engine/types';
import type { Highlighter } from './highlighter';
import { SourceColumn } from './SourceColumn';
import type { LensCue } from '../framing/lens-model';

interface Props {
  sources: SourceDocument[];
  model: ViewModel | null;
  analysedTexts: Map<string, string>;
  highlighter: Highlighter;
  selectedPoint: string | null;
  onActivate: (pointId: string) => void;
  /** Blind sources: no headlines in the headers. */
  hideHeadlines?: boolean;
  /** Students first: the student's label of each claim, shown instead of the engine's verdicts. */
  studentLabels?: Map<string, PointStatus>;
  /** Framing lens cues per source id (renderer/framing). */
  lens?: Map<string, LensCue[]>;
}

export function headlineOf(text: string): string | null {
  const first = /^\s*#{1,6}[ \t]+(.+)$/m.exec(text.split('\n').find((line) => line.trim()) ?? '');
  return first ? first[1].trim() : null;
}

function pointOf(target: EventTarget | null): { point: string; el: HTMLElement } | null {
  const el = (target as HTMLElement | null)?.closest?.<HTMLElement>('.claim[data-point]');
  return el ? { point: el.dataset.point!, el } : null;
}

/**
 * How many columns show the newest analysis. A new analysis (or another case) is put on screen
 * one column per frame, so marking thousands of claims never blocks the page in one long task.
 * The count drops to 0 in the very render that brings the new analysis (derived state), so no
 * render ever commits all columns at once; the first mount shows everything straight away.
 */
function useRevealed(model: ViewModel | null, columns: number, caseKey: string): number {
  const key = useMemo(() => ({ model, caseKey }), [model, caseKey]);
  const [stage, setStage] = useState({ key, count: Infinity });
  let count = stage.count;
  if (stage.key !== key) {
    count = 0;
    setStage({ key, count: 0 });
  }
  useEffect(() => {
    if (stage.key !== key || stage.count === Infinity) return;
    const frame = requestAnimationFrame(() =>
      setStage((s) => (s.key === key ? { key, count: s.count + 1 >= columns ? Infinity : s.count + 1 } : s)),
    );
    return () => cancelAnimationFrame(frame);
  }, [stage, key, columns]);
  return count;
}

type ColumnProps = ComponentProps<typeof SourceColumn>;

export function Columns({ sources, model, analysedTexts, highlighter, selectedPoint, onActivate, hideHeadlines, studentLabels, lens }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const revealed = useRevealed(model, sources.length, sources.map((s) => s.id).join('\n'));
  const shown = useRef(new Map<string, ColumnProps>());
  useLayoutEffect(() => highlighter.attach(root.current), [highlighter]);
  // Columns re-rendered (new analysis, edited source): the marks are new elements.
  useLayoutEffect(() => highlighter.reapply(), [highlighter, model, sources, revealed]);

  const hover = (event: MouseEvent) => {
    const hit = pointOf(event.target);
    highlighter.link(hit?.point ?? selectedPoint, hit?.el ?? null, HOVER_SCROLL_DELAY_MS);
  };
  const focus = (event: React.FocusEvent) => {
    const hit = pointOf(event.target);
    if (hit) highlighter.link(hit.point, hit.el);
  };
  const leave = () => highlighter.link(selectedPoint, null);
  const click = (event: MouseEvent) => {
    const hit = pointOf(event.target);
    if (hit) onActivate(hit.point);
  };
  const key = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const hit = pointOf(event.target);
    if (hit) {
      event.preventDefault();
      onActivate(hit.point);
    }
  };

  return (
    <div
      ref={root}
      className="columns"
      style={{ ['--column-count' as string]: String(Math.max(sources.length, 1)) }}
      onMouseOver={hover}
      onMouseLeave={leave}
      onFocus={focus}
      onClick={click}
      onKeyDown={key}
    >
      {sources.map((source, index) => {
        const current = analysedTexts.get(source.id) === source.text && model;
        const fresh: ColumnProps = {
          source,
          index,
          headline: hideHeadlines ? null : headlineOf(source.text),
          skipHeadline: hideHeadlines && headlineOf(source.text) !== null,
          studentLabels,
          claims: current ? (model.claimsBySource.get(source.id) ?? EMPTY_CLAIMS) : null,
          pointOfClaim: model?.pointOfClaim ?? EMPTY,
          // Cue offsets hold only for the text that was analysed.
          lens: current ? lens?.get(source.id) : undefined,
          highlighter,
        };
        // Not revealed yet: keep what this column showed, as long as its text is unchanged.
        const previous = shown.current.get(source.id);
        if (index >= revealed && !previous) return <SourceColumn key={source.id} {...fresh} claims={null} deferred />;
        const props = index >= revealed && previous && previous.source === source && previous.index === index ? previous : fresh;
        shown.current.set(source.id, props);
        return <SourceColumn key={source.id} {...props} />;
      })}
    </div>
  );
}

const EMPTY = new Map();
const EMPTY_CLAIMS: never[] = [];
/** How long the pointer rests on a claim before the other columns scroll to its partners. */
const HOVER_SCROLL_DELAY_MS = 150;
