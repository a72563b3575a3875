// Messages for the user (import problems, save results), announced politely to screen readers.
export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`}>
          <span>{n.text}</span>
          <button type="button" className="icon-button" onClick={() => onDismiss(n.id)} aria-label="Dismiss message">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
