// The detail panel for one point: its status, what each source says (or that it is silent),
// the reasons in plain sentences with the cue words marked, and a word diff of two claims.
// The parent keys it by point id, so the chosen diff pair resets when the point changes.
import { useRef, useState, type ReactNode } from 'react';
import type { Point } from '../../engine/types';
import { statusLabel, type ViewModel } from '../analysis/view-model';
import { ClaimWithCues } from './cues';
import { StatusMark } from './Legend';
import { WordDiff } from './WordDiff';
import { DrawerResizer } from './DrawerResizer';
import { ReasonList } from './ReasonList';

interface Props {
  width: number;
  onWidth: (width: number) => void;
  model: ViewModel;
  point: Point;
  onClose: () => void;
  onJump: (pointId: string, sourceId: string) => void;
  /** Controls shown under each claim (corrections: unlink, note). */
  claimActions?: (claimId: string) => ReactNode;
  /** Shown after the claims: the corrections to this point. */
  children?: ReactNode;
}

export function Drawer({ width, onWidth, model, point, onClose, onJump, claimActions, children }: Props) {
  const claims = point.claims.map((id) => model.claim.get(id)).filter((c) => c !== undefined);
  const cues = point.reasons.flatMap((r) => r.cues);
  const [pair, setPair] = useState<[string, string]>([claims[0]?.id ?? '', claims[1]?.id ?? '']);
  const heading = useRef<HTMLHeadingElement>(null);
  const index = model.points.indexOf(point);
  const only = point.status === 'unique' && claims[0] ? model.sourceName(claims[0].source) : undefined;
  const [a, b] = [model.claim.get(pair[0]), model.claim.get(pair[1])];
  const claimLabel = (id: string) => {
    const c = model.claim.get(id)!;
    return `${model.sourceName(c.source)}: ${c.text.slice(0, 60)}${c.text.length > 60 ? '…' : ''}`;
  };

  return (
    <aside className="drawer" aria-labelledby="drawer-heading" style={{ width }}>
      <DrawerResizer width={width} onWidth={onWidth} />
      <div className="drawer-content">
        <header className="drawer-header">
          <h2 id="drawer-heading" ref={heading} tabIndex={-1}>
            <span className={`status-chip status-chip--${point.status}`}>
              <StatusMark status={point.status} />
              {statusLabel(point.status, only)}
            </span>
            {point.decidedBy === 'user' && <span className="decided-by">your correction</span>}
            <span className="drawer-position">
              Point {index + 1} of {model.points.length}
            </span>
          </h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close details (Esc)">
            ×
          </button>
        </header>

        <section aria-label="What each source says" className="drawer-section">
          {model.sourceIds.map((sourceId) => {
            const mine = claims.filter((c) => c.source === sourceId);
            const stance = model.stance(point, sourceId);
            return (
              <article key={sourceId} className={`source-card source-card--${stance}`}>
                <h3>
                  {model.sourceName(sourceId)} <span className="stance">{stanceText(stance)}</span>
                </h3>
                {mine.length ? (
                  mine.map((c) => (
                    <blockquote key={c.id}>
                      <button type="button" className="link-button" onClick={() => onJump(point.id, sourceId)} title={`Show in ${model.sourceName(sourceId)}'s column`}>
                        <ClaimWithCues claim={c} cues={cues} />
                      </button>
                      {c.note && <p className="user-note">Your note: {c.note}</p>}
                      {claimActions?.(c.id)}
                    </blockquote>
                  ))
                ) : (
                  <p className="silent">Silent: says nothing about this.</p>
                )}
              </article>
            );
          })}
        </section>

        {point.note && (
          <section className="drawer-section" aria-labelledby="note-heading">
            <h3 id="note-heading">Your note</h3>
            <p className="user-note user-note--point">{point.note}</p>
          </section>
        )}

        {point.decidedBy === 'user' && point.engineStatus && (
          <p className="drawer-section engine-said">
            Parallax said: <strong>{statusLabel(point.engineStatus)}</strong>
            {point.reasons.length ? ', because:' : '.'}
          </p>
        )}
        {point.reasons.length > 0 && (
          <section className="drawer-section" aria-labelledby="reasons-heading">
            <h3 id="reasons-heading">{point.decidedBy === 'user' ? 'What Parallax found' : 'Why'}</h3>
            <ReasonList model={model} reasons={point.reasons} className="reasons" labels />
          </section>
        )}

        {claims.length >= 2 && a && b && (
          <section className="drawer-section" aria-labelledby="diff-heading">
            <h3 id="diff-heading">Word by word</h3>
            <div className="diff-pickers">
              {[0, 1].map((side) => (
                <label key={side}>
                  {side === 0 ? 'Compare' : 'with'}
                  <select value={pair[side]} onChange={(e) => setPair((p) => (side === 0 ? [e.target.value, p[1]] : [p[0], e.target.value]))}>
                    {claims.map((c) => (
                      <option key={c.id} value={c.id}>
                        {claimLabel(c.id)}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            <WordDiff a={a.text} b={b.text} nameA={model.sourceName(a.source)} nameB={model.sourceName(b.source)} />
          </section>
        )}

        {children}
      </div>
    </aside>
  );
}

function stanceText(stance: string): string {
  return stance === 'only' ? 'only source' : stance;
}
