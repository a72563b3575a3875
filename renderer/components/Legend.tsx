// The three marks and what they mean; the same marks the text uses.
import type { PointStatus } from '../../engine/types';

export function StatusMark({ status }: { status: PointStatus }) {
  return (
    <span className={`mark-sample mark-sample--${status}`} aria-hidden="true">
      {status === 'contested' && <span className="claim-icon">≠</span>}
      abc
    </span>
  );
}

export function Legend({ counts }: { counts: Record<PointStatus, number> | null }) {
  const items: [PointStatus, string, string][] = [
    ['agreed', 'Agreed', 'solid underline: another source says the same'],
    ['contested', 'Contested', 'wavy underline and ≠: sources disagree'],
    ['unique', 'Only here', 'dotted underline: no other source says it'],
  ];
  return (
    <ul className="legend" aria-label="Legend">
      {items.map(([status, label, help]) => (
        <li key={status} title={help}>
          <StatusMark status={status} />
          <span className="legend-label">
            {label}
            {counts && <span className="legend-count"> {counts[status]}</span>}
          </span>
          <span className="sr-only">: {help}</span>
        </li>
      ))}
    </ul>
  );
}
