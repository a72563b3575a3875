// Managing the case's sources: rename, set kind, reorder, remove, and add by pasting text
// or importing files.
import { useState } from 'react';
import { MAX_SOURCES, type SourceDocument } from '../../shared/case-file';
import type { CaseAction } from '../case/case-model';
import { Dialog } from './Dialog';
import { wordsIn } from '../analysis/estimate';

const KINDS = ['newspaper', 'broadcaster', 'news agency', 'government', 'NGO', 'company', 'blog', 'social media', 'press release'];

interface Props {
  sources: SourceDocument[];
  dispatch: (action: CaseAction) => void;
  onImport: () => void;
  onClose: () => void;
}

export function SourcesDialog({ sources, dispatch, onImport, onClose }: Props) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [text, setText] = useState('');
  const full = sources.length >= MAX_SOURCES;
  /** Removing the focused row's button would drop focus to the page: keep it in the dialog. */
  const removeSource = (id: string, button: HTMLElement) => {
    const dialog = button.closest<HTMLElement>('[role="dialog"]');
    dispatch({ type: 'remove-source', id });
    requestAnimationFrame(() => dialog?.querySelector<HTMLElement>('.source-row .danger, textarea')?.focus());
  };
  const addPasted = (event: React.FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    dispatch({ type: 'add-sources', sources: [{ name: name.trim() || `Source ${sources.length + 1}`, kind: kind.trim() || undefined, text, origin: 'pasted' }] });
    setName('');
    setKind('');
    setText('');
  };

  return (
    <Dialog title={`Sources (${sources.length} of ${MAX_SOURCES})`} onClose={onClose} wide>
      <datalist id="source-kinds">
        {KINDS.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      {sources.length > 0 ? (
        <ol className="source-list">
          {sources.map((source, i) => (
            <li key={source.id} className="source-row">
              <span className="column-number" aria-hidden="true">
                {i + 1}
              </span>
              <label>
                <span className="sr-only">Name of source {i + 1}</span>
                <input value={source.name} onChange={(e) => dispatch({ type: 'rename-source', id: source.id, name: e.target.value })} maxLength={200} />
              </label>
              <label>
                <span className="sr-only">Kind of {source.name}</span>
                <input list="source-kinds" placeholder="kind" value={source.kind ?? ''} onChange={(e) => dispatch({ type: 'set-kind', id: source.id, kind: e.target.value })} maxLength={60} />
              </label>
              <span className="source-words">{wordsIn(source.text).toLocaleString('en')} words</span>
              <button type="button" onClick={() => dispatch({ type: 'move-source', id: source.id, by: -1 })} disabled={i === 0} aria-label={`Move ${source.name} left`}>
                ←
              </button>
              <button type="button" onClick={() => dispatch({ type: 'move-source', id: source.id, by: 1 })} disabled={i === sources.length - 1} aria-label={`Move ${source.name} right`}>
                →
              </button>
              <button type="button" className="danger" onClick={(e) => removeSource(source.id, e.currentTarget)} aria-label={`Remove ${source.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">No sources yet. Paste an article below or import files.</p>
      )}

      <form className="paste-form" onSubmit={addPasted} aria-labelledby="paste-heading">
        <h3 id="paste-heading">Add a source</h3>
        <div className="paste-meta">
          <label>
            Name
            <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. BBC News" maxLength={200} />
          </label>
          <label>
            Kind
            <input list="source-kinds" value={kind} onChange={(e) => setKind(e.target.value)} placeholder="e.g. broadcaster" maxLength={60} />
          </label>
        </div>
        <label className="paste-text">
          Text (start with “# Headline” on the first line to show a headline)
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={7} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onImport} disabled={full}>
            Import files… (.txt .md .html .docx .pdf)
          </button>
          <button type="submit" className="primary" disabled={full || !text.trim()}>
            Add pasted text
          </button>
        </div>
        {full && <p className="hint">A case holds at most {MAX_SOURCES} sources; remove one to add another.</p>}
      </form>
    </Dialog>
  );
}
