// The bar above the comparison: case title, view tabs, lens toggles, legend, and the main actions.
import type { ReactNode } from 'react';
import type { PointStatus } from '../../engine/types';
import { Legend } from './Legend';
import { MenuButton, type MenuItem } from './MenuButton';
import { matrixTabLabel } from './Matrix';

interface Props {
  title: string;
  onTitle: (title: string) => void;
  sourceCount: number;
  dirty: boolean;
  view: ViewName;
  onView: (view: ViewName) => void;
  claimCounts: Record<PointStatus, number> | null;
  pointCounts: Record<PointStatus, number> | null;
  actions: TopBarAction[];
  /** The framing lens toggles (renderer/framing); the Framing tab is enabled with them. */
  lens?: ReactNode;
}

export type ViewName = 'columns' | 'matrix' | 'framing';

/** A plain button, or (with `menu`) a button that opens a list of choices. */
export type TopBarAction = { label: string; title?: string } & ({ onClick: () => void; pressed?: boolean } | { menu: MenuItem[] });

export function TopBar({ title, onTitle, sourceCount, dirty, view, onView, claimCounts, pointCounts, actions, lens }: Props) {
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
          {actions.map((a) =>
            'menu' in a ? (
              <MenuButton key={a.label} label={a.label} title={a.title} items={a.menu} align="end" />
            ) : (
              <button key={a.label} type="button" onClick={a.onClick} title={a.title} aria-pressed={a.pressed}>
                {a.label}
              </button>
            ),
          )}
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
          <button type="button" role="tab" id="tab-framing" aria-selected={view === 'framing'} aria-controls="view-panel" onClick={() => onView('framing')} disabled={!lens}>
            Framing
          </button>
        </div>
        {lens}
        <Legend counts={claimCounts} />
      </div>
    </header>
  );
}
