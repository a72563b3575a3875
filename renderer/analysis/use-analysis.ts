// Keeps an analysis of the case's current sources, re-running it (debounced) when they
// change. The result remembers which texts it was computed for, so a column whose text
// changed since shows plain text until the new analysis arrives instead of wrong marks.
import { startTransition, useEffect, useRef, useState } from 'react';
import type { Analysis, CaseInput, VoiceSplit } from '../../engine/types';
import type { SourceDocument } from '../../shared/case-file';
import type { AnalysisCallbacks } from './analysis-client';
import type { ClaimCheck } from '../../engine/check-claim';
import { caseWords, recordRun } from './estimate';

export interface Analyzer {
  run(input: CaseInput, callbacks: AnalysisCallbacks): void;
  /** Drops a running analysis whose result is no longer wanted. */
  cancel?(): void;
  dispose(): void;
  /** Where each source stands on one typed claim (see engine/check-claim.ts). */
  check?(input: CaseInput, claim: string): Promise<ClaimCheck>;
  /** The voices one article quotes (engine/voices), for "New case from an article". */
  voices?(article: string): Promise<VoiceSplit>;
}

/** An analysis computed ahead of time (the bundled sample, at build time) for exactly this input. */
export interface Precomputed {
  input: CaseInput;
  analysis: Analysis;
}

function sameSources(a: CaseInput['sources'], b: SourceDocument[]): boolean {
  return a.length === b.length && a.every((s, i) => s.id === b[i].id && s.name === b[i].name && (s.kind ?? '') === (b[i].kind ?? '') && s.text === b[i].text);
}

export function findPrecomputed(list: Precomputed[], sources: SourceDocument[]): Analysis | null {
  return list.find((p) => sameSources(p.input.sources, sources))?.analysis ?? null;
}

export interface AnalysisState {
  analysis: Analysis | null;
  /** Source id -> the text the current analysis saw. */
  analysedTexts: Map<string, string>;
  running: boolean;
  words: number;
  startedAt: number;
  error: string | null;
  lastMs: number | null;
}

const DEBOUNCE_MS = 250;

/** Whether `next` is `before` with the name or text of one source changed: what typing does. */
export function oneSourceEdited(before: SourceDocument[], next: SourceDocument[]): boolean {
  if (before.length !== next.length) return false;
  let changed = 0;
  for (let i = 0; i < next.length; i++) {
    if (before[i].id !== next[i].id) return false;
    if (before[i].text !== next[i].text || before[i].name !== next[i].name || before[i].kind !== next[i].kind) changed++;
  }
  return changed <= 1;
}

const textsOf = (sources: SourceDocument[]) => new Map(sources.map((s) => [s.id, s.text]));

export function useAnalysis(title: string, sources: SourceDocument[], analyzer: Analyzer, precomputed: Precomputed[] = []): AnalysisState {
  const [state, setState] = useState<AnalysisState>(() => {
    const ready = findPrecomputed(precomputed, sources);
    return { analysis: ready, analysedTexts: ready ? textsOf(sources) : new Map(), running: false, words: 0, startedAt: 0, error: null, lastMs: null };
  });
  /** The sources of the last change seen. */
  const previous = useRef<SourceDocument[]>([]);
  const titleRef = useRef(title);
  titleRef.current = title;

  useEffect(() => {
    const isTyping = oneSourceEdited(previous.current, sources);
    previous.current = sources;
    if (!sources.length) {
      analyzer.dispose();
      setState((s) => ({ ...s, analysis: null, analysedTexts: new Map(), running: false, error: null }));
      return;
    }
    const input: CaseInput = {
      title: titleRef.current,
      sources: sources.map((s) => ({ id: s.id, name: s.name, ...(s.kind ? { kind: s.kind } : {}), text: s.text })),
    };
    const texts = textsOf(sources);
    const ready = findPrecomputed(precomputed, sources);
    if (ready) {
      analyzer.cancel?.();
      setState((s) => (s.analysis === ready ? s : { ...s, analysis: ready, analysedTexts: texts, running: false, error: null }));
      return;
    }
    const start = () =>
      analyzer.run(input, {
        onStarted: (words) => setState((s) => ({ ...s, running: true, words, startedAt: performance.now(), error: null })),
        onResult: (analysis, ms) => {
          recordRun(caseWords(input), ms);
          // Marking thousands of claims is a big render: let React slice it.
          startTransition(() => setState((s) => ({ ...s, analysis, analysedTexts: texts, running: false, error: null, lastMs: ms })));
        },
        onError: (message) => setState((s) => ({ ...s, running: false, error: message })),
      });
    // Typing is debounced; the first case, a case opened, or a source added or removed, is analysed at once.
    if (!isTyping) {
      start();
      return;
    }
    const timer = setTimeout(start, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [sources, analyzer, precomputed]);

  useEffect(() => () => analyzer.dispose(), [analyzer]);
  return state;
}
