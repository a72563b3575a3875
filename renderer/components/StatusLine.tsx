// Analysis progress and the recovery offer: the two things that appear above the columns.
import { useEffect, useState } from 'react';
import type { Recovery } from '../../shared/ipc-contract';
import { expectedMs } from '../analysis/estimate';
import { MenuButton, type MenuItem } from './MenuButton';

export function AnalysisProgress({ running, words, startedAt, sources }: { running: boolean; words: number; startedAt: number; sources: number }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, [running]);
  if (!running) return null;
  const elapsed = Math.max(0, now - startedAt);
  const expected = Math.max(expectedMs(words), 1);
  const fraction = Math.min(0.97, elapsed / expected);
  const left = Math.max(1, Math.round((expected - elapsed) / 1000));
  return (
    <div className="analysis-progress" role="status">
      <span>
        Comparing {sources} sources ({words.toLocaleString('en')} words)…{' '}
        {elapsed > 1500 && (elapsed < expected ? `about ${left} s left` : 'almost done')}
      </span>
      <progress max={1} value={fraction} aria-label="Analysis progress (estimated)" />
    </div>
  );
}

export function RecoveryBanner({ recovery, onRestore, onDiscard }: { recovery: Recovery; onRestore: () => void; onDiscard: () => void }) {
  const when = new Date(recovery.savedAt);
  const time = Number.isNaN(when.getTime()) ? 'an earlier session' : when.toLocaleString();
  return (
    <div className="recovery" role="alertdialog" aria-labelledby="recovery-text">
      <p id="recovery-text">
        Parallax found unsaved work from {time}: “{recovery.document.title || 'Untitled case'}” ({recovery.document.sources.length} sources). Restore it?
      </p>
      <button type="button" className="primary" onClick={onRestore}>
        Restore
      </button>
      <button type="button" onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}

export function EmptyState({ onAdd, samples, onOpen }: { onAdd: () => void; samples: MenuItem[]; onOpen: () => void }) {
  return (
    <div className="empty-state">
      <h2>Add the sources you want to compare</h2>
      <p>Paste two to ten articles about the same story, or import them from .txt, .md, .html, .docx or .pdf files. You can also drop files here.</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onAdd}>
          Add sources…
        </button>
        <button type="button" onClick={onOpen}>
          Open a case…
        </button>
        <MenuButton label="Open a sample" items={samples} />
      </div>
    </div>
  );
}
