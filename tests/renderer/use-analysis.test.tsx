// @vitest-environment happy-dom
// When the app re-analyses: typing in one source waits for a pause; a case opened, or a source
// added or removed, is analysed at once (a long dossier should not wait on a typing debounce).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { oneSourceEdited, useAnalysis, type Analyzer } from '../../renderer/analysis/use-analysis';
import type { SourceDocument } from '../../shared/case-file';
import type { CaseInput } from '../../engine/types';

const doc = (id: string, text: string, name = id.toUpperCase()): SourceDocument => ({ id, name, text });

function recordingAnalyzer(): Analyzer & { runs: CaseInput[] } {
  const runs: CaseInput[] = [];
  return { runs, run: (input) => void runs.push(input), dispose() {}, cancel() {} };
}

describe('oneSourceEdited', () => {
  const before = [doc('a', 'One.'), doc('b', 'Two.')];
  it('is typing when one source changes its text or name', () => {
    expect(oneSourceEdited(before, [doc('a', 'One more.'), doc('b', 'Two.')])).toBe(true);
    expect(oneSourceEdited(before, [doc('a', 'One.'), doc('b', 'Two.', 'Renamed')])).toBe(true);
  });
  it('is not typing when sources come or go, or several change at once', () => {
    expect(oneSourceEdited(before, [...before, doc('c', 'Three.')])).toBe(false);
    expect(oneSourceEdited(before, [doc('a', 'One.'), doc('c', 'Two.')])).toBe(false);
    expect(oneSourceEdited(before, [doc('a', 'Another.'), doc('b', 'Case.')])).toBe(false);
    expect(oneSourceEdited([], before)).toBe(false);
  });
});

describe('useAnalysis', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces typing but analyses an opened case and an added source at once', () => {
    const analyzer = recordingAnalyzer();
    const first = [doc('a', 'The council closed the bridge.'), doc('b', 'The bridge was closed.')];
    const { rerender } = renderHook(({ sources }) => useAnalysis('t', sources, analyzer), { initialProps: { sources: first } });
    expect(analyzer.runs).toHaveLength(1);

    // Typing: nothing until the pause, then the last text only.
    rerender({ sources: [doc('a', 'The council closed the old bridge.'), first[1]] });
    rerender({ sources: [doc('a', 'The council closed the old bridge today.'), first[1]] });
    expect(analyzer.runs).toHaveLength(1);
    vi.advanceTimersByTime(300);
    expect(analyzer.runs).toHaveLength(2);
    expect(analyzer.runs[1].sources[0].text).toBe('The council closed the old bridge today.');

    // A source added (an import): at once.
    const withThird = [...first, doc('c', 'A third source.')];
    rerender({ sources: withThird });
    expect(analyzer.runs).toHaveLength(3);

    // Another case opened, same ids, every text new: at once.
    rerender({ sources: [doc('a', 'Floods closed the road.'), doc('b', 'The road is shut.'), doc('c', 'Rain fell.')] });
    expect(analyzer.runs).toHaveLength(4);
  });
});
