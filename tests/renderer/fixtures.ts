// Test doubles for the renderer: a Host that records calls, and an Analyzer that runs the
// real engine on the test's thread (happy-dom has no Web Workers).
import { vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../engine/analyze';
import { CASE_FILE_VERSION, type CaseDocument } from '../../shared/case-file';
import type { Host } from '../../renderer/host/host';
import type { Analyzer } from '../../renderer/analysis/use-analysis';

export function fakeHost(overrides: Partial<Host> = {}): Host & { calls: Record<string, unknown[][]> } {
  const calls: Record<string, unknown[][]> = {};
  const record =
    <T,>(name: string, value: T) =>
    (...args: unknown[]) => {
      (calls[name] ??= []).push(args);
      return Promise.resolve(value);
    };
  return {
    kind: 'browser',
    openCase: record('openCase', { status: 'canceled' as const }),
    openRecent: record('openRecent', { status: 'canceled' as const }),
    recentCases: record('recentCases', []),
    saveCase: record('saveCase', { status: 'saved' as const, path: 'case.parallax.json' }),
    pickSourceFiles: record('pickSourceFiles', []),
    exportFile: record('exportFile', { status: 'saved' as const, path: 'report.md' }),
    exportPdf: record('exportPdf', { status: 'printing' as const }),
    autosave: record('autosave', undefined),
    clearAutosave: record('clearAutosave', undefined),
    recoverAutosave: record('recoverAutosave', null),
    setWindowState: vi.fn(),
    saveStudentWork: record('saveStudentWork', { status: 'saved' as const, path: 'work.parallax-student.json' }),
    openStudentWork: record('openStudentWork', { status: 'canceled' as const }),
    onMenuCommand: () => () => undefined,
    ...overrides,
    calls,
  };
}

export function syncAnalyzer(): Analyzer {
  return {
    run(input, callbacks) {
      callbacks.onStarted(1);
      const started = performance.now();
      const analysis = analyze(input);
      setTimeout(() => callbacks.onResult(analysis, performance.now() - started), 0);
    },
    dispose() {},
  };
}

export function sampleCaseDocument(): CaseDocument {
  const dir = join('samples', 'ablyazov-2013');
  const kase = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { title: string; sources: { id: string; name: string; kind?: string; file: string }[] };
  return {
    format: 'parallax-case',
    version: CASE_FILE_VERSION,
    title: kase.title,
    sources: kase.sources.map((s) => ({ id: s.id, name: s.name, kind: s.kind, text: readFileSync(join(dir, s.file), 'utf8') })),
    edits: [],
  };
}
