// The overview: points as rows, sources as columns, each cell agrees / contests / silent.
// Sortable by any column, filterable by status; choosing a row jumps to its claims.
import { Fragment, useMemo, useState } from 'react';
import type { Point, PointStatus } from '../../engine/types';
import { STATUS_LABEL, type Stance, type ViewModel } from '../analysis/view-model';
import { StatusMark } from './Legend';

type SortKey = 'order' | 'status' | 'sources' | { source: string };
const STATUS_ORDER: Record<PointStatus, number> = { contested: 0, agreed: 1, unique: 2 };
const STANCE_ORDER: Record<Stance, number> = { contests: 0, agrees: 1, only: 2, silent: 3 };
const STANCE_TEXT: Record<Stance, string> = { agrees: 'agrees', contests: 'contests', only: 'only here', silent: 'silent' };

interface Props {
  model: ViewModel;
  onOpenPoint: (pointId: string) => void;
}

export function Matrix({ model, onOpenPoint }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'order', descending: false });
  const [shown, setShown] = useState<Record<PointStatus, boolean>>({ agreed: true, contested: true, unique: true });
  const order = useMemo(() => new Map(model.points.map((p, i) => [p.id, i])), [model]);

  const rows = useMemo(() => {
    const value = (p: Point): number => {
      const key = sort.key;
      if (key === 'order') return order.get(p.id)!;
      if (key === 'status') return STATUS_ORDER[p.status];
      if (key === 'sources') return -new Set(p.claims.map((id) => model.claim.get(id)?.source)).size;
      return STANCE_ORDER[model.stance(p, key.source)];
    };
    const filtered = model.points.filter((p) => shown[p.status]);
    return filtered.sort((a, b) => (value(a) - value(b)) * (sort.descending ? -1 : 1) || order.get(a.id)! - order.get(b.id)!);
  }, [model, sort, shown, order]);

  const sameKey = (a: SortKey, b: SortKey) => (typeof a === 'object' && typeof b === 'object' ? a.source === b.source : a === b);
  const header = (key: SortKey, label: string) => {
    const active = sameKey(sort.key, key);
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, descending: active ? !sort.descending : false })}>
          {label}
          <span aria-hidden="true" className="sort-arrow">
            {active ? (sort.descending ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="matrix">
      <div className="matrix-filters" role="group" aria-label="Show points that are">
        {(['contested', 'agreed', 'unique'] as PointStatus[]).map((status) => (
          <button
            key={status}
            type="button"
            className={`filter-button filter-button--${status}`}
            aria-pressed={shown[status]}
            onClick={() => setShown((s) => ({ ...s, [status]: !s[status] }))}
          >
            <StatusMark status={status} /> {STATUS_LABEL[status]} ({model.pointCounts[status]})
          </button>
        ))}
        <span className="matrix-shown" role="status">
          {rows.length} of {model.points.length} points shown
        </span>
      </div>
      <div className="matrix-scroll">
        <table>
          <caption className="sr-only">Every point and each source's stance on it. Choose a point to see its claims side by side.</caption>
          <thead>
            <tr>
              {header('order', 'Point')}
              {header('status', 'Status')}
              {header('sources', 'Sources')}
              {model.sourceIds.map((id) => (
                <Fragment key={id}>{header({ source: id }, model.sourceName(id))}</Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((point) => {
              const first = model.claim.get(point.claims[0]);
              const sources = new Set(point.claims.map((id) => model.claim.get(id)?.source)).size;
              return (
                <tr key={point.id} className={`matrix-row matrix-row--${point.status}`} onClick={() => onOpenPoint(point.id)}>
                  <th scope="row">
                    {/* The whole row opens the point; the button makes it reachable by keyboard. */}
                    <button
                      type="button"
                      className="link-button"
                      onClick={(event) => {
                        event.stopPropagation();
                        onOpenPoint(point.id);
                      }}
                    >
                      <span className="point-number">{order.get(point.id)! + 1}.</span> {excerpt(first?.text ?? '')}
                    </button>
                  </th>
                  <td>
                    <span className={`status-chip status-chip--${point.status}`}>
                      <StatusMark status={point.status} />
                      {STATUS_LABEL[point.status]}
                    </span>
                  </td>
                  <td className="number">{sources}</td>
                  {model.sourceIds.map((id) => {
                    const stance = model.stance(point, id);
                    return (
                      <td key={id} className={`stance-cell stance-cell--${stance}`}>
                        {STANCE_TEXT[stance]}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function excerpt(text: string): string {
  return text.length > 90 ? `${text.slice(0, 88).trimEnd()}…` : text;
}

export function matrixTabLabel(counts: Record<PointStatus, number>): string {
  return `Matrix (${counts.agreed} agreed · ${counts.contested} contested · ${counts.unique} only one)`;
}
