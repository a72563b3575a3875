import { Dialog } from './Dialog';

export function ExportDialog({ onClose, onExport, ready }: { onClose: () => void; onExport: (kind: 'markdown' | 'json') => void; ready: boolean }) {
  return (
    <Dialog title="Export" onClose={onClose}>
      {!ready && <p className="hint">The analysis is not ready yet; try again in a moment.</p>}
      <div className="export-choices">
        <button type="button" disabled={!ready} onClick={() => onExport('markdown')}>
          <strong>Report (Markdown)</strong>
          <span>Every point with what each source says and why: for printing or sharing.</span>
        </button>
        <button type="button" disabled={!ready} onClick={() => onExport('json')}>
          <strong>Analysis data (JSON)</strong>
          <span>The engine's full output (parallax/analysis@1) for your own tools.</span>
        </button>
      </div>
    </Dialog>
  );
}
