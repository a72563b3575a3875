// The comparison window: top bar, the columns or the matrix, the detail drawer, dialogs.
import { useEffect, useRef, useState } from 'react';
import type { CaseDocument } from '../../shared/case-file';
import type { CaseInput } from '../../engine/types';
import type { Host, MenuCommand } from '../host/host';
import { useAnalysis, type Analyzer, type Precomputed } from '../analysis/use-analysis';
import { useCase } from '../case/use-case';
import { exportFile, type ExportKind } from '../export/exports';
import { useShortcuts } from '../keyboard/use-shortcuts';
import { ClassroomBar } from '../classroom/ClassroomBar';
import { CompareDialog } from '../classroom/CompareDialog';
import { DetailsPanel } from '../classroom/DetailsPanel';
import { PointPresenter } from '../classroom/PointPresenter';
import { useWorkbench } from '../classroom/use-workbench';
import { OrphanedEdits } from '../edits/OrphanedEdits';
import { Columns } from './Columns';
import { CheckClaim } from './CheckClaim';
import { ConfirmDialog } from './ConfirmDialog';
import { ExportDialog } from './ExportDialog';
import { useSelection } from './use-selection';
import { Matrix } from './Matrix';
import { Notices } from './Notices';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SourcesDialog } from './SourcesDialog';
import { AnalysisProgress, EmptyState, RecoveryBanner } from './StatusLine';
import { TopBar, type TopBarAction, type ViewName } from './TopBar';
import { useFileDrop } from './use-file-drop';
import { SAMPLES } from '../../shared/samples';
import { ArticleDialog } from '../framing/ArticleDialog';
import { FramingView } from '../framing/FramingView';
import { LensToolbar } from '../framing/LensToolbar';
import { LensTooltip } from '../framing/LensTooltip';
import { useLens } from '../framing/use-lens';

type DialogName = 'sources' | 'shortcuts' | 'export' | 'article' | null;

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
  const [view, setView] = useState<ViewName>('columns');
  const [dialog, setDialog] = useState<DialogName>(null);
  const [theme, setTheme] = useState<'light' | 'dark'>(() => (window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  const [presentation, setPresentation] = useState(false);
  const [checking, setChecking] = useState(false);
  const [drawerWidth, setDrawerWidth] = useState(() => Math.round(Math.min(440, Math.max(300, window.innerWidth * 0.3))));
  const dropping = useFileDrop(commands.dropFiles);

  // Corrections, classroom modes and what the views show (blind names, students' own points).
  const bench = useWorkbench(host, kase, analysis, presentation);
  const { classroom, display } = bench;
  const { model } = display;
  const names = new Map(display.sources.map((s) => [display.realSource(s.id), s.name]));
  const { selected, setSelected, point, drawerOpen, setDrawerOpen, highlighter, select, step, showClaim } = useSelection({ model, view, setView, generation: kase.generation, notify: kase.notify });
  // Counts describe the case only once every column's current text has been analysed.
  const fresh = Boolean(model) && document.sources.every((s) => analysis.analysedTexts.get(s.id) === s.text);

  // Blind: the dialog would show the names, so it waits until they are revealed.
  const openSources = () => (classroom.blind ? kase.notify('info', 'Reveal the sources first to add, rename or remove them.') : setDialog('sources'));

  const exportAs = async (kind: ExportKind) => {
    setDialog(null);
    // The user's corrections are part of what is exported, as in the CLI.
    const exported = display.edited;
    if (!exported) return;
    const file = exportFile(kind, document, exported);
    const result = kind === 'pdf' ? await host.exportPdf(file.name, file.content) : await host.exportFile(file.name, file.content);
    if (result.status === 'failed') kase.notify('error', result.message);
    else if (result.status === 'saved') kase.notify('info', `Exported ${result.path.split(/[\\/]/).pop()}.`);
    else if (result.status === 'printing') kase.notify('info', 'The report opened in a new tab: choose “Save as PDF” in its print dialog.');
  };

  const runCommand = (command: MenuCommand) => {
    const table: Record<MenuCommand['type'], () => void> = {
      'new-case': commands.newCase,
      open: commands.open,
      'open-sample': () => command.type === 'open-sample' && commands.openSample(command.id),
      'open-recent': () => command.type === 'open-recent' && commands.openRecent(command.path),
      save: commands.save,
      'save-as': commands.saveAs,
      'add-sources': openSources,
      export: () => setDialog('export'),
      'toggle-presentation': () => setPresentation((p) => !p),
      'toggle-theme': () => setTheme((t) => (t === 'dark' ? 'light' : 'dark')),
      'show-shortcuts': () => setDialog('shortcuts'),
      'new-case-from-article': () => setDialog('article'),
      undo: bench.undo,
      redo: bench.redo,
      about: () => kase.notify('info', 'Parallax compares how sources frame the same story: what they agree on, what is contested, and what only one says.'),
    };
    table[command.type]();
  };
  const runRef = useRef(runCommand);
  runRef.current = runCommand;
  useEffect(() => host.onMenuCommand((command) => runRef.current(command)), [host]);

  const modal = dialog !== null || kase.confirmation !== null || classroom.comparing;
  const onePoint = presentation && classroom.onePoint && Boolean(model);
  const framing = analysis.analysis?.framing ?? null;
  const lens = useLens({ model, framing, displayClaim: display.displayClaim, sources: display.sources, realSource: display.realSource }, !modal && !onePoint && Boolean(model), () =>
    setView((v) => (v === 'framing' ? 'columns' : 'framing')),
  );
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
      toggleMatrix: () => model && !classroom.studentsFirst && setView((v) => (v === 'matrix' ? 'columns' : 'matrix')),
      showShortcuts: () => setDialog('shortcuts'),
      // In Electron the Edit menu's accelerators do undo and redo (and reach text fields too).
      ...(host.kind === 'browser' ? { save: commands.save, open: commands.open, undo: bench.undo, redo: bench.redo } : {}),
    },
    !modal && !onePoint,
  );

  const sampleItems = SAMPLES.map((s) => ({ key: s.id, label: s.title, onSelect: () => commands.openSample(s.id) }));
  const actions: TopBarAction[] = [
    { label: 'Sources…', onClick: openSources, title: 'Add, rename, reorder or remove sources' },
    { label: 'Open…', onClick: commands.open, title: 'Open a .parallax.json case (Ctrl+O)' },
    { label: 'Samples', menu: sampleItems, title: 'Open one of the sample cases' },
    { label: 'From an article…', onClick: () => setDialog('article'), title: 'Make a case from one article: each voice it quotes becomes a source' },
    { label: 'Save', onClick: commands.save, title: 'Save the case (Ctrl+S)' },
    { label: 'Export…', onClick: () => setDialog('export'), title: 'Export a report or the analysis data' },
    ...(analyzer.check && !classroom.studentsFirst ? [{ label: 'Check a claim', onClick: () => setChecking((c) => !c), title: 'Type a claim and see where each source stands on it', pressed: checking }] : []),
    { label: theme === 'dark' ? 'Light' : 'Dark', onClick: () => setTheme((t) => (t === 'dark' ? 'light' : 'dark')), title: 'Switch between light and dark' },
    { label: 'Present', onClick: () => setPresentation((p) => !p), title: 'Larger text for a projector', pressed: presentation },
    ...bench.actions,
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
        claimCounts={fresh && !classroom.studentsFirst ? model!.claimCounts : null}
        pointCounts={fresh && !classroom.studentsFirst ? model!.pointCounts : null}
        actions={actions}
        lens={model && framing ? <LensToolbar layers={lens.layers} onToggle={lens.toggle} /> : undefined}
      />
      <ClassroomBar classroom={classroom} marked={bench.marked} total={model?.analysis.claims.length ?? 0} />
      <OrphanedEdits orphaned={display.orphaned} onRemove={bench.edits.remove} />
      {kase.recovery && <RecoveryBanner recovery={kase.recovery} onRestore={commands.restore} onDiscard={commands.discardRecovery} />}
      <AnalysisProgress running={analysis.running} words={analysis.words} startedAt={analysis.startedAt} sources={document.sources.length} />
      {analysis.error && (
        <p className="notice notice--error" role="alert">
          The comparison failed on this text ({analysis.error}). Edit or remove the last source you added and it will run again.
        </p>
      )}
      {checking && analyzer.check && !classroom.studentsFirst && (
        <CheckClaim
          check={(claim) => analyzer.check!(caseInput(document), claim)}
          sourceName={(id) => names.get(id) ?? id}
          sourcesKey={document.sources}
          onShowClaim={(id) => showClaim(display.displayClaim(id))}
          onClose={() => setChecking(false)}
        />
      )}
      {kase.importing > 0 && <p className="importing" role="status">Reading {kase.importing} file{kase.importing === 1 ? '' : 's'}…</p>}
      <div className="workspace">
        <main id="view-panel" className="view" role="tabpanel" aria-labelledby={`tab-${view}`}>
          {document.sources.length === 0 ? (
            <EmptyState onAdd={() => setDialog('sources')} samples={sampleItems} onOpen={commands.open} />
          ) : onePoint && model ? (
            <PointPresenter model={model} index={Math.max(0, model.points.findIndex((p) => p.id === selected))} onIndex={(i) => model.points[i] && setSelected(model.points[i].id)} hideVerdicts={classroom.studentsFirst} onExit={() => classroom.setOnePoint(false)} />
          ) : view === 'framing' && analysis.analysis ? (
            <FramingView analysis={analysis.analysis} sources={display.sources} realSource={display.realSource} />
          ) : view === 'matrix' && model && !classroom.studentsFirst ? (
            <Matrix model={model} onOpenPoint={(id) => select(id, { open: true })} />
          ) : (
            <>
              {document.sources.length === 1 && <p className="hint one-source">Add at least one more source to compare: with one source every claim is “only here”.</p>}
              <Columns
                sources={display.sources}
                model={model}
                analysedTexts={display.analysedTexts}
                hideHeadlines={classroom.blind}
                studentLabels={classroom.studentsFirst ? display.labels : undefined}
                highlighter={highlighter}
                selectedPoint={selected}
                onActivate={(id) => select(id, { open: true })}
                lens={lens.cues}
              />
            </>
          )}
        </main>
        {drawerOpen && model && point && !onePoint && (
          <DetailsPanel key={point.id} bench={bench} model={model} point={point} width={drawerWidth} onWidth={setDrawerWidth} onClose={() => setDrawerOpen(false)} onJump={(id) => select(id)} />
        )}
      </div>
      {lens.layers.size > 0 && view === 'columns' && <LensTooltip byClaim={lens.byClaim} />}
      <Notices notices={kase.notices} onDismiss={kase.dismiss} />
      {dialog === 'article' && <ArticleDialog split={analyzer.voices && ((article) => analyzer.voices!(article))} onOpen={(doc) => {
            setDialog(null);
            setView('columns');
            commands.openDocument(doc);
          }} onClose={() => setDialog(null)} />}
      {dialog === 'sources' && <SourcesDialog sources={document.sources} dispatch={dispatch} onImport={commands.pickSources} onClose={() => setDialog(null)} />}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'export' && <ExportDialog ready={Boolean(analysis.analysis)} onExport={(k) => void exportAs(k)} onClose={() => setDialog(null)} />}
      {classroom.comparing && display.comparison && model && (
        <CompareDialog comparison={display.comparison} model={model} student={classroom.work.student} missing={display.missingWork} onClose={() => classroom.setComparing(false)} />
      )}
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

function caseInput(document: CaseDocument): CaseInput {
  return { title: document.title, sources: document.sources.map((s) => ({ id: s.id, name: s.name, ...(s.kind ? { kind: s.kind } : {}), text: s.text })) };
}
