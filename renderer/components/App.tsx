// The comparison window: top bar, the columns or the matrix, the detail drawer, dialogs.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CaseDocument } from '../../shared/case-file';
import type { Host, MenuCommand } from '../host/host';
import { useAnalysis, type Analyzer, type Precomputed } from '../analysis/use-analysis';
import { buildViewModel } from '../analysis/view-model';
import { useCase } from '../case/use-case';
import { analysisJson, markdownReport } from '../export/report';
import { useShortcuts } from '../keyboard/use-shortcuts';
import { Columns } from './Columns';
import { ConfirmDialog } from './ConfirmDialog';
import { Drawer } from './Drawer';
import { ExportDialog } from './ExportDialog';
import { Highlighter } from './highlighter';
import { Matrix } from './Matrix';
import { Notices } from './Notices';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SourcesDialog } from './SourcesDialog';
import { AnalysisProgress, EmptyState, RecoveryBanner } from './StatusLine';
import { TopBar } from './TopBar';
import { useFileDrop } from './use-file-drop';
import { safeExportName } from './export-name';

type DialogName = 'sources' | 'shortcuts' | 'export' | null;

interface AppProps {
  host: Host;
  analyzer: Analyzer;
  initial?: CaseDocument;
  /** Analyses known in advance (the bundled sample), used when the sources match exactly. */
  precomputed?: Precomputed[];
}

export function App({ host, analyzer, initial, precomputed = NONE }: AppProps) {
  const kase = useCase(host, initial);
  const { document, dispatch, commands } = kase;
  const analysis = useAnalysis(document.title, document.sources, analyzer, precomputed);
  const [view, setView] = useState<'columns' | 'matrix'>('columns');
  const [selected, setSelected] = useState<string | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [dialog, setDialog] = useState<DialogName>(null);
  const [theme, setTheme] = useState<'light' | 'dark'>(() => (window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  const [presentation, setPresentation] = useState(false);
  const [drawerWidth, setDrawerWidth] = useState(() => Math.round(Math.min(440, Math.max(300, window.innerWidth * 0.3))));
  const highlighter = useMemo(() => new Highlighter(), []);
  const pendingScroll = useRef<string | null>(null);
  const dropping = useFileDrop(commands.dropFiles);

  const names = useMemo(() => new Map(document.sources.map((s) => [s.id, s.name])), [document.sources]);
  const model = useMemo(
    () => (analysis.analysis ? buildViewModel(analysis.analysis, document.sources.map((s) => s.id), names) : null),
    [analysis.analysis, document.sources, names],
  );
  const point = selected ? model?.point.get(selected) : undefined;
  // Counts describe the case only once every column's current text has been analysed.
  const fresh = Boolean(model) && document.sources.every((s) => analysis.analysedTexts.get(s.id) === s.text);

  // Another case: nothing is selected in it yet.
  useEffect(() => {
    setSelected(null);
    setDrawerOpen(false);
    highlighter.select(null);
    highlighter.link(null, null);
  }, [kase.generation, highlighter]);

  // A point that no longer exists (new analysis) is deselected.
  useEffect(() => {
    if (selected && model && !model.point.has(selected)) {
      setSelected(null);
      setDrawerOpen(false);
      highlighter.select(null);
    }
  }, [model, selected, highlighter]);

  const select = useCallback(
    (pointId: string | null, options: { open?: boolean; focus?: boolean } = {}) => {
      setSelected(pointId);
      if (options.open) setDrawerOpen(true);
      if (view !== 'columns') {
        setView('columns');
        pendingScroll.current = pointId;
        return;
      }
      const elements = highlighter.select(pointId);
      highlighter.link(pointId, null);
      if (pointId) highlighter.scrollTo(pointId);
      if (options.focus) elements[0]?.focus({ preventScroll: true });
    },
    [highlighter, view],
  );

  // Coming back from the matrix: once the columns exist, show the chosen point.
  useLayoutEffect(() => {
    if (view !== 'columns' || !pendingScroll.current) return;
    const pointId = pendingScroll.current;
    pendingScroll.current = null;
    highlighter.select(pointId);
    highlighter.link(pointId, null);
    highlighter.scrollTo(pointId, 'auto');
    highlighter.elements(pointId)[0]?.focus({ preventScroll: true });
  }, [view, highlighter]);

  // Opening or closing the drawer reflows the columns: bring the selected point back into view.
  // (Deliberately keyed on the drawer only; select() already scrolls when the selection changes.)
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  useLayoutEffect(() => {
    if (selectedRef.current) highlighter.scrollTo(selectedRef.current, 'auto');
  }, [drawerOpen, highlighter]);

  const step = (by: 1 | -1, contestedOnly = false) => {
    if (!model?.points.length) return;
    const list = model.points;
    let i = selected ? list.findIndex((p) => p.id === selected) : by === 1 ? -1 : list.length;
    for (let tries = 0; tries < list.length; tries++) {
      i = (i + by + list.length) % list.length;
      if (!contestedOnly || list[i].status === 'contested') return select(list[i].id, { focus: true });
    }
    kase.notify('info', 'There are no contested points in this case.');
  };

  const exportAs = async (kind: 'markdown' | 'json') => {
    setDialog(null);
    if (!analysis.analysis) return;
    const base = safeExportName(document.title);
    const result =
      kind === 'markdown'
        ? await host.exportFile(`${base} report.md`, markdownReport(document, analysis.analysis))
        : await host.exportFile(`${base} analysis.json`, analysisJson(analysis.analysis));
    if (result.status === 'failed') kase.notify('error', result.message);
    else if (result.status === 'saved') kase.notify('info', `Exported ${result.path.split(/[\\/]/).pop()}.`);
  };

  const runCommand = (command: MenuCommand) => {
    const table: Record<MenuCommand['type'], () => void> = {
      'new-case': commands.newCase,
      open: commands.open,
      'open-sample': commands.openSample,
      'open-recent': () => command.type === 'open-recent' && commands.openRecent(command.path),
      save: commands.save,
      'save-as': commands.saveAs,
      'add-sources': () => setDialog('sources'),
      export: () => setDialog('export'),
      'toggle-presentation': () => setPresentation((p) => !p),
      'toggle-theme': () => setTheme((t) => (t === 'dark' ? 'light' : 'dark')),
      'show-shortcuts': () => setDialog('shortcuts'),
      about: () => kase.notify('info', 'Parallax compares how sources frame the same story: what they agree on, what is contested, and what only one says.'),
    };
    table[command.type]();
  };
  const runRef = useRef(runCommand);
  runRef.current = runCommand;
  useEffect(() => host.onMenuCommand((command) => runRef.current(command)), [host]);

  const modal = dialog !== null || kase.confirmation !== null;
  useShortcuts(
    {
      next: () => step(1),
      previous: () => step(-1),
      nextContested: () => step(1, true),
      openDetails: () => (selected ? setDrawerOpen(true) : step(1)),
      close: () => {
        if (drawerOpen) setDrawerOpen(false);
        else select(null);
      },
      focusColumn: (index) => {
        if (view !== 'columns') setView('columns');
        requestAnimationFrame(() => window.document.querySelector<HTMLElement>(`[data-column-body="${index}"]`)?.focus());
      },
      toggleMatrix: () => model && setView((v) => (v === 'columns' ? 'matrix' : 'columns')),
      showShortcuts: () => setDialog('shortcuts'),
      ...(host.kind === 'browser' ? { save: commands.save, open: commands.open } : {}),
    },
    !modal,
  );

  const actions = [
    { label: 'Sources…', onClick: () => setDialog('sources'), title: 'Add, rename, reorder or remove sources' },
    { label: 'Open…', onClick: commands.open, title: 'Open a .parallax.json case (Ctrl+O)' },
    { label: 'Sample', onClick: commands.openSample, title: 'Open the sample case' },
    { label: 'Save', onClick: commands.save, title: 'Save the case (Ctrl+S)' },
    { label: 'Export…', onClick: () => setDialog('export'), title: 'Export a report or the analysis data' },
    { label: theme === 'dark' ? 'Light' : 'Dark', onClick: () => setTheme((t) => (t === 'dark' ? 'light' : 'dark')), title: 'Switch between light and dark' },
    { label: 'Present', onClick: () => setPresentation((p) => !p), title: 'Larger text for a projector', pressed: presentation },
    { label: '?', onClick: () => setDialog('shortcuts'), title: 'Keyboard shortcuts' },
  ];

  return (
    <div className={`app theme-${theme}${presentation ? ' presentation' : ''}${dropping ? ' dropping' : ''}`} data-theme={theme}>
      <TopBar
        title={document.title}
        onTitle={(title) => dispatch({ type: 'set-title', title })}
        sourceCount={document.sources.length}
        dirty={kase.dirty}
        view={view}
        onView={setView}
        claimCounts={fresh ? model!.claimCounts : null}
        pointCounts={fresh ? model!.pointCounts : null}
        actions={actions}
      />
      {kase.recovery && <RecoveryBanner recovery={kase.recovery} onRestore={commands.restore} onDiscard={commands.discardRecovery} />}
      <AnalysisProgress running={analysis.running} words={analysis.words} startedAt={analysis.startedAt} sources={document.sources.length} />
      {analysis.error && (
        <p className="notice notice--error" role="alert">
          The comparison failed on this text ({analysis.error}). Edit or remove the last source you added and it will run again.
        </p>
      )}
      {kase.importing > 0 && <p className="importing" role="status">Reading {kase.importing} file{kase.importing === 1 ? '' : 's'}…</p>}
      <div className="workspace">
        <main id="view-panel" className="view" role="tabpanel" aria-labelledby={view === 'columns' ? 'tab-columns' : 'tab-matrix'}>
          {document.sources.length === 0 ? (
            <EmptyState onAdd={() => setDialog('sources')} onSample={commands.openSample} onOpen={commands.open} />
          ) : view === 'matrix' && model ? (
            <Matrix model={model} onOpenPoint={(id) => select(id, { open: true })} />
          ) : (
            <>
              {document.sources.length === 1 && <p className="hint one-source">Add at least one more source to compare: with one source every claim is “only here”.</p>}
              <Columns
                sources={document.sources}
                model={model}
                analysedTexts={analysis.analysedTexts}
                highlighter={highlighter}
                selectedPoint={selected}
                onActivate={(id) => select(id, { open: true })}
              />
            </>
          )}
        </main>
        {drawerOpen && model && point && <Drawer key={point.id} width={drawerWidth} onWidth={setDrawerWidth} model={model} point={point} onClose={() => setDrawerOpen(false)} onJump={(id) => select(id)} />}
      </div>
      <Notices notices={kase.notices} onDismiss={kase.dismiss} />
      {dialog === 'sources' && <SourcesDialog sources={document.sources} dispatch={dispatch} onImport={commands.pickSources} onClose={() => setDialog(null)} />}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'export' && <ExportDialog ready={Boolean(analysis.analysis)} onExport={(k) => void exportAs(k)} onClose={() => setDialog(null)} />}
      {kase.confirmation && <ConfirmDialog confirmation={kase.confirmation} onClose={() => kase.setConfirmation(null)} />}
      {dropping && (
        <div className="drop-overlay" aria-hidden="true">
          Drop files to add them as sources
        </div>
      )}
    </div>
  );
}

const NONE: Precomputed[] = [];
