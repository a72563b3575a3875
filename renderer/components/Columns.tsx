// The side-by-side view: one column per source. Pointer and focus events are handled once
// here (delegation) and passed to the Highlighter, so columns never re-render on hover.
import { useLayoutEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { SourceDocument } from '../../shared/case-file';
import type { ViewModel } from '../analysis/view-model';
import type { Highlighter } from './highlighter';
import { SourceColumn } from './SourceColumn';

interface Props {
  sources: SourceDocument[];
  model: ViewModel | null;
  analysedTexts: Map<string, string>;
  highlighter: Highlighter;
  selectedPoint: string | null;
  onActivate: (pointId: string) => void;
}

export function headlineOf(text: string): string | null {
  const first = /^\s*#{1,6}[ \t]+(.+)$/m.exec(text.split('\n').find((line) => line.trim()) ?? '');
  return first ? first[1].trim() : null;
}

function pointOf(target: EventTarget | null): { point: string; el: HTMLElement } | null {
  const el = (target as HTMLElement | null)?.closest?.<HTMLElement>('.claim[data-point]');
  return el ? { point: el.dataset.point!, el } : null;
}

export function Columns({ sources, model, analysedTexts, highlighter, selectedPoint, onActivate }: Props) {
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => highlighter.attach(root.current), [highlighter]);
  // Columns re-rendered (new analysis, edited source): the marks are new elements.
  useLayoutEffect(() => highlighter.reapply(), [highlighter, model, sources]);

  const hover = (event: MouseEvent | React.FocusEvent) => {
    const hit = pointOf(event.target);
    highlighter.link(hit?.point ?? selectedPoint, hit?.el ?? null);
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
      onFocus={hover}
      onClick={click}
      onKeyDown={key}
    >
      {sources.map((source, index) => {
        const current = analysedTexts.get(source.id) === source.text && model;
        return (
          <SourceColumn
            key={source.id}
            source={source}
            index={index}
            headline={headlineOf(source.text)}
            claims={current ? (model.claimsBySource.get(source.id) ?? []) : null}
            pointOfClaim={model?.pointOfClaim ?? EMPTY}
          />
        );
      })}
    </div>
  );
}

const EMPTY = new Map();
