// The bar above the comparison: case title, view tabs, legend, and the main actions.
import type { PointStatus } from '../../engine/types';
import { Legend } from './Legend';
import { matrixTabLabel } from './Matrix';

interface Props {
  title: string;
  onTitle: (title: string) => void;
  sourceCount: number;
  dirty: boolean;
  view: 'columns' | 'matrix';
  onView: (view: 'columns' | 'matrix') => void;
  claimCounts: Record<PointStatus, number> | null;
  pointCounts: Record<PointStatus, number> | null;
  actions: { label: string; onClick: () => void; title?: string; pressed?: boolean }[];
}

export function TopBar({ title, onTitle, sourceCount, dirty, view, onView, claimCounts, pointCounts, actions }: Props) {
  return (
    <header className="top-bar">
      <div className="top-row">
        <span className="app-name" aria-hidden="true">
          Parallax
        </span>
        <label className="case-title">
          <span className="sr-only">Case title</span>
          <input value={title} onChange={(e) => onTitle(e.target.value)} placeholder="Untitled case" maxLength={300} />
        </label>
        <span className="source-count">
          {sourceCount} {sourceCount === 1 ? 'source' : 'sources'}
          {dirty && <span className="dirty"> · unsaved</span>}
        </span>
        <nav className="actions" aria-label="Case actions">
          {actions.map((a) => (
            <button key={a.label} type="button" onClick={a.onClick} title={a.title} aria-pressed={a.pressed}>
              {a.label}
            </button>
          ))}
        </nav>
      </div>
      <div className="second-row">
        <div role="tablist" aria-label="View" className="tabs">
          <button type="button" role="tab" id="tab-columns" aria-selected={view === 'columns'} aria-controls="view-panel" onClick={() => onView('columns')}>
            Side by side
          </button>
          <button type="button" role="tab" id="tab-matrix" aria-selected={view === 'matrix'} aria-controls="view-panel" onClick={() => onView('matrix')} disabled={!pointCounts}>
            {pointCounts ? matrixTabLabel(pointCounts) : 'Matrix'}
          </button>
        </div>
        <Legend counts={claimCounts} />
      </div>
    </header>
  );
}
