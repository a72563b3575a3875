// Presentation, one point at a time: the current point's claims across all sources in large,
// high-contrast type, for a projector. Arrow keys, Page Up/Down, j/k or the buttons step through;
// Esc goes back to the columns.
import { useEffect, useRef } from 'react';
import { statusLabel, type ViewModel } from '../analysis/view-model';
import { StatusMark } from '../components/Legend';
import { ReasonList } from '../components/ReasonList';

interface Props {
  model: ViewModel;
  index: number;
  onIndex: (index: number) => void;
  /** Students first: no statuses and no reasons. */
  hideVerdicts: boolean;
  onExit: () => void;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', 'j', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'k']);

export function PointPresenter({ model, index, onIndex, hideVerdicts, onExit }: Props) {
  const count = model.points.length;
  const at = Math.min(Math.max(index, 0), Math.max(count - 1, 0));
  const point = model.points[at];
  const heading = useRef<HTMLHeadingElement>(null);
  const keys = useRef({ at, count, onIndex, onExit });
  keys.current = { at, count, onIndex, onExit };

  useEffect(() => heading.current?.focus(), [at]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { at, count, onIndex, onExit } = keys.current;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.target as HTMLElement | null)?.closest?.('button, input, select, textarea') && event.key === ' ') return;
      if (NEXT.has(event.key)) onIndex(Math.min(count - 1, at + 1));
      else if (PREVIOUS.has(event.key)) onIndex(Math.max(0, at - 1));
      else if (event.key === 'Home') onIndex(0);
      else if (event.key === 'End') onIndex(count - 1);
      else if (event.key === 'Escape') onExit();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (!point) return <p className="presenter-empty">There are no points to present yet.</p>;
  const claims = point.claims.map((id) => model.claim.get(id)).filter((c) => c !== undefined);
  const only = point.status === 'unique' && claims[0] ? model.sourceName(claims[0].source) : undefined;
  const reasons = point.reasons.filter((r) => point.status !== 'contested' || r.kind !== 'same-content');

  return (
    <section className="presenter" aria-labelledby="presenter-heading">
      <header className="presenter-header">
        <h2 id="presenter-heading" ref={heading} tabIndex={-1}>
          Point {at + 1} of {count}
          {!hideVerdicts && (
            <span className={`status-chip status-chip--${point.status}`}>
              <StatusMark status={point.status} />
              {statusLabel(point.status, only)}
            </span>
          )}
        </h2>
        <div className="presenter-nav">
          <button type="button" onClick={() => onIndex(at - 1)} disabled={at === 0}>
            ← Previous
          </button>
          <button type="button" onClick={() => onIndex(at + 1)} disabled={at >= count - 1}>
            Next →
          </button>
          <button type="button" onClick={onExit}>
            Back to the columns (Esc)
          </button>
        </div>
      </header>
      <div className="presenter-cards" style={{ ['--presenter-columns' as string]: String(Math.min(model.sourceIds.length, 4)) }}>
        {model.sourceIds.map((sourceId) => {
          const mine = claims.filter((c) => c.source === sourceId);
          return (
            <article key={sourceId} className={`presenter-card${mine.length ? '' : ' presenter-card--silent'}`}>
              <h3>{model.sourceName(sourceId)}</h3>
              {mine.length ? mine.map((c) => <blockquote key={c.id}>{c.text}</blockquote>) : <p className="silent">Says nothing about this.</p>}
            </article>
          );
        })}
      </div>
      {!hideVerdicts && reasons.length > 0 && (
        <ReasonList model={model} reasons={reasons} className="presenter-reasons" />
      )}
      {!hideVerdicts && point.note && <p className="presenter-note">Note: {point.note}</p>}
    </section>
  );
}
