// The open case and the file commands on it: new, open, open recent, sample, save, save as,
// import sources, autosave and crash recovery. Works the same on either Host.
import { startTransition, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { emptyCase, MAX_SOURCES, parseCaseFile, type CaseDocument } from '../../shared/case-file';
import type { Host, OpenCaseResult, PickedFile, Recovery } from '../host/host';
import { toPickedFile } from '../host/browser-host';
import { importMessage, readSourceFile } from '../import/read-source-file';
import { languageNotice } from '../../shared/language';
import type { Confirmation } from '../components/ConfirmDialog';
import type { Notice } from '../components/Notices';
import { caseReducer, roomFor, type NewSource } from './case-model';
import { sampleDocument, sampleDocumentById } from './sample';

const AUTOSAVE_DELAY_MS = 1500;

export function useCase(host: Host, initial: CaseDocument = sampleDocument()) {
  const [document, dispatch] = useReducer(caseReducer, initial);
  const [saved, setSaved] = useState<CaseDocument>(initial);
  const [path, setPath] = useState<string | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const [importing, setImporting] = useState(0);
  /** Bumped whenever a different case is loaded, so views can drop their selection. */
  const [generation, setGeneration] = useState(0);
  const dirty = document !== saved;
  const noticeId = useRef(0);
  const latest = useRef(document);
  latest.current = document;

  const notify = useCallback((kind: Notice['kind'], text: string) => {
    const id = ++noticeId.current;
    setNotices((list) => [...list.slice(-3), { id, kind, text }]);
    if (kind === 'info') setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), 6000);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);

  const load = useCallback((next: CaseDocument, nextPath: string | null) => {
    // A transition: React renders ten long columns in slices instead of one long task.
    startTransition(() => {
      dispatch({ type: 'replace', document: next });
      setSaved(next);
      setPath(nextPath);
      setGeneration((g) => g + 1);
    });
  }, []);

  /** Runs `action` now, or after the user agrees to drop unsaved changes. */
  const unlessDirty = useCallback(
    (what: string, action: () => void) => {
      if (latest.current === saved) return action();
      setConfirmation({
        title: 'Discard unsaved changes?',
        message: `“${latest.current.title || 'Untitled case'}” has changes that are not saved. ${what} anyway?`,
        confirm: 'Discard changes',
        onConfirm: () => {
          void host.clearAutosave();
          action();
        },
      });
    },
    [host, saved],
  );

  const handleOpened = useCallback(
    (result: OpenCaseResult) => {
      if (result.status === 'opened') {
        load(result.document, result.path);
        notify('info', `Opened “${result.document.title || 'Untitled case'}”.`);
      } else if (result.status === 'failed') notify('error', result.message);
    },
    [load, notify],
  );

  const save = useCallback(
    async (saveAs: boolean) => {
      const snapshot = latest.current;
      const result = await host.saveCase(snapshot, path, saveAs || !path);
      if (result.status === 'saved') {
        setSaved(snapshot);
        setPath(result.path);
        notify('info', `Saved as ${result.path.split(/[\\/]/).pop()}.`);
      } else if (result.status === 'failed') notify('error', result.message);
    },
    [host, path, notify],
  );

  const addSources = useCallback(
    (sources: NewSource[]) => {
      const room = roomFor(latest.current);
      if (sources.length > room) notify('error', `A case holds at most ${MAX_SOURCES} sources: ${room ? `only the first ${room} were added` : 'remove one to add another'}.`);
      if (room > 0 && sources.length) dispatch({ type: 'add-sources', sources });
    },
    [notify],
  );

  const importFiles = useCallback(
    async (files: PickedFile[]) => {
      const caseFile = files.find((f) => f.name.endsWith('.parallax.json'));
      if (caseFile) {
        const parsed = parseCaseFile(new TextDecoder().decode(caseFile.bytes), caseFile.name);
        if (!parsed.ok) return notify('error', parsed.message);
        return unlessDirty('Open the dropped case', () => load(parsed.document, null));
      }
      setImporting((n) => n + files.length);
      const added: NewSource[] = [];
      // One notice for the whole batch, so no file's problem scrolls out of the notice area.
      const problems: string[] = [];
      for (const file of files) {
        try {
          added.push(await readSourceFile(file));
        } catch (error) {
          problems.push(importMessage(error, file.name));
        } finally {
          setImporting((n) => n - 1);
        }
      }
      if (problems.length) notify('error', problems.length === 1 ? problems[0] : `${problems.length} files were not added:\n${problems.join('\n')}`);
      addSources(added);
      if (added.length) notify('info', [`Added ${added.map((s) => s.name).join(', ')}.`, languageNotice(added)].filter(Boolean).join(' '));
    },
    [addSources, load, notify, unlessDirty],
  );

  const commands = {
    newCase: () => unlessDirty('Start a new case', () => load(emptyCase(), null)),
    /** A case made in the window (from an article's voices): new and never saved. */
    openDocument: (next: CaseDocument) => unlessDirty('Start a new case', () => load(next, null)),
    /** Opens the sample `id` (a folder of samples/), or the default sample without one. */
    openSample: (id?: string) => {
      const next = id === undefined ? sampleDocument() : sampleDocumentById(id);
      if (!next) return notify('error', `There is no sample case called “${id}”.`);
      unlessDirty('Open the sample', () => load(next, null));
    },
    open: () => unlessDirty('Open another case', () => void host.openCase().then(handleOpened)),
    openRecent: (recentPath: string) => unlessDirty('Open another case', () => void host.openRecent(recentPath).then(handleOpened)),
    save: () => void save(false),
    saveAs: () => void save(true),
    pickSources: () =>
      void host.pickSourceFiles().then((files) => {
        if (files.length) return importFiles(files);
      }),
    dropFiles: (files: File[]) => void Promise.all(files.map(toPickedFile)).then(importFiles),
    restore: () => {
      if (!recovery) return;
      dispatch({ type: 'replace', document: recovery.document });
      setPath(recovery.path);
      setGeneration((g) => g + 1);
      setRecovery(null);
    },
    discardRecovery: () => {
      setRecovery(null);
      void host.clearAutosave();
    },
  };

  // Offer back the work of a session that ended without saving.
  useEffect(() => {
    let live = true;
    void host.recoverAutosave().then((found) => live && found && setRecovery(found));
    return () => {
      live = false;
    };
  }, [host]);

  // Autosave unsaved work a moment after each change.
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void host.autosave(document, path).catch(() => undefined), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [host, document, path, dirty]);

  // Closing the window or tab within the autosave delay: save what is there right away.
  useEffect(() => {
    if (!dirty) return;
    const flush = () => void host.autosave(document, path).catch(() => undefined);
    window.addEventListener('beforeunload', flush);
    return () => window.removeEventListener('beforeunload', flush);
  }, [host, document, path, dirty]);

  useEffect(() => host.setWindowState(document.title, dirty), [host, document.title, dirty]);

  return { document, dispatch, generation, dirty, path, notices, notify, dismiss, confirmation, setConfirmation, recovery, importing, addSources, commands };
}
