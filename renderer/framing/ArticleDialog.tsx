// "New case from an article": paste an article or import one file, let the engine (in the worker)
// find the voices it quotes, review them (rename, leave out, merge, keep the narration or not),
// then open them as a case with one source per voice.
import { useState } from 'react';
import type { VoiceSplit } from '../../engine/types';
import type { CaseDocument } from '../../shared/case-file';
import { Dialog } from '../components/Dialog';
import { toPickedFile } from '../host/browser-host';
import { importMessage, readSourceFile, SUPPORTED } from '../import/read-source-file';
import { ROLE_LABEL } from './lens-model';
import { draftCase, draftFrom, draftProblem, includeVoice, mergeVoices, NARRATION_NAME, renameVoice, titleFor, type VoicesDraft } from './voices-draft';
import '../styles/framing.css';

interface Props {
  /** Runs the engine's splitVoices off the UI thread; missing when the analyzer cannot. */
  split?: (article: string) => Promise<VoiceSplit>;
  onOpen: (document: CaseDocument) => void;
  onClose: () => void;
}

export function ArticleDialog({ split, onOpen, onClose }: Props) {
  const [article, setArticle] = useState('');
  const [fileName, setFileName] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<VoicesDraft | null>(null);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setBusy(`Reading ${file.name}…`);
    try {
      const source = await readSourceFile(await toPickedFile(file));
      setArticle(source.text);
      setFileName(file.name);
    } catch (e) {
      setError(importMessage(e, file.name));
    } finally {
      setBusy(null);
    }
  };

  const findVoices = async () => {
    if (!article.trim()) return setError('Paste an article or choose a file first.');
    if (!split) return setError('Finding voices is not available here.');
    setError(null);
    setBusy('Finding the voices…');
    try {
      const result = await split(article);
      if (!result.voices.length) setError('Parallax found no quoted or reported voices in this article (statements such as “X said …” or “according to X”).');
      else setDraft(draftFrom(result, titleFor(article, fileName)));
    } catch (e) {
      setError(`The article could not be split (${e instanceof Error ? e.message : String(e)}).`);
    } finally {
      setBusy(null);
    }
  };

  const problem = draft && draftProblem(draft);
  return (
    <Dialog title="New case from an article" onClose={onClose} wide>
      {!draft ? (
        <form
          className="article-form"
          onSubmit={(e) => {
            e.preventDefault();
            void findVoices();
          }}
        >
          <p className="hint">Parallax finds the voices one article quotes (each organisation, official or expert it reports) and makes each a source, so you can compare them side by side.</p>
          <label className="paste-text">
            Article text
            <textarea rows={12} value={article} onChange={(e) => setArticle(e.target.value)} placeholder="Paste the article here" />
          </label>
          <label className="article-file">
            Or import one file ({SUPPORTED.map((x) => `.${x}`).join(', ')}):{' '}
            <input type="file" accept={SUPPORTED.map((x) => `.${x}`).join(',')} onChange={(e) => void readFile(e.target.files?.[0])} />
          </label>
          {busy && <p role="status">{busy}</p>}
          {error && (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={Boolean(busy)}>
              Find the voices
            </button>
          </div>
        </form>
      ) : (
        <VoicesReview draft={draft} onChange={setDraft} problem={problem} onBack={() => setDraft(null)} onOpen={() => onOpen(draftCase(draft))} />
      )}
    </Dialog>
  );
}

interface ReviewProps {
  draft: VoicesDraft;
  onChange: (draft: VoicesDraft) => void;
  problem: string | null;
  onBack: () => void;
  onOpen: () => void;
}

function VoicesReview({ draft, onChange, problem, onBack, onOpen }: ReviewProps) {
  return (
    <div className="voices-review">
      <label className="voices-title">
        Case title
        <input value={draft.title} onChange={(e) => onChange({ ...draft, title: e.target.value })} maxLength={300} />
      </label>
      <p className="hint">
        {draft.voices.length} {draft.voices.length === 1 ? 'voice' : 'voices'} found. Each voice you keep becomes a source holding its statements, word for word.
      </p>
      <ol className="voice-list">
        {draft.voices.map((voice, i) => (
          <li key={voice.id} className={`voice${voice.included ? '' : ' voice--left-out'}`}>
            <div className="voice-row">
              <input value={voice.name} onChange={(e) => onChange(renameVoice(draft, voice.id, e.target.value))} aria-label={`Name of voice ${i + 1}`} />
              <span className="voice-role">{ROLE_LABEL[voice.role]}</span>
              <label className="voice-keep">
                <input type="checkbox" checked={voice.included} onChange={(e) => onChange(includeVoice(draft, voice.id, e.target.checked))} /> Keep
              </label>
              {draft.voices.length > 1 && (
                <select className="voice-merge" value="" onChange={(e) => e.target.value && onChange(mergeVoices(draft, voice.id, e.target.value))} aria-label={`Merge ${voice.name || `voice ${i + 1}`} into another voice`}>
                    <option value="">Merge into…</option>
                    {draft.voices
                      .filter((other) => other.id !== voice.id)
                      .map((other) => (
                        <option key={other.id} value={other.id}>
                          {other.name || 'unnamed voice'}
                        </option>
                      ))}
                </select>
              )}
            </div>
            {voice.speakers.length > 0 && <p className="voice-speakers">Speaking: {voice.speakers.join(', ')}</p>}
            <Statements spans={voice.spans} />
          </li>
        ))}
      </ol>
      <div className="voice narration">
        <label className="voice-keep">
          <input type="checkbox" checked={draft.keepNarration} disabled={!draft.narration.length} onChange={(e) => onChange({ ...draft, keepNarration: e.target.checked })} /> Keep the narration (what the
          article says in its own voice) as a source, “{NARRATION_NAME}”
        </label>
        <Statements spans={draft.narration} />
      </div>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onBack}>
          Back
        </button>
        <button type="button" className="primary" onClick={onOpen} disabled={Boolean(problem)}>
          Open as a new case
        </button>
      </div>
    </div>
  );
}

function Statements({ spans }: { spans: { start: number; text: string }[] }) {
  if (!spans.length) return <p className="hint">Nothing.</p>;
  return (
    <details className="voice-statements">
      <summary>
        {spans.length} {spans.length === 1 ? 'statement' : 'statements'}
      </summary>
      <ul>
        {spans.map((s) => (
          <li key={s.start}>{s.text}</li>
        ))}
      </ul>
    </details>
  );
}
