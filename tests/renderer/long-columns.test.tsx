// @vitest-environment happy-dom
// Long texts are drawn in chunks, marked only near view; selecting a point draws its far claims.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { analyze } from '../../engine/analyze';
import type { Analysis } from '../../engine/types';
import type { SourceDocument } from '../../shared/case-file';
import { syntheticCase } from '../../bench/synthetic';
import { buildViewModel, type ViewModel } from '../../renderer/analysis/view-model';
import { Columns } from '../../renderer/components/Columns';
import { Highlighter } from '../../renderer/components/highlighter';
import { INITIAL_CHUNKS, WINDOW_MIN_CHARS } from '../../renderer/components/prose-window';
import { joinResult, splitResult } from '../../renderer/analysis/result-parts';
import { sampleCaseDocument } from './fixtures';

const scrolled: Element[] = [];
beforeAll(() => {
  // happy-dom lays nothing out: record which columns were asked to scroll.
  Element.prototype.scrollTo = function (this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => {
  cleanup();
  scrolled.length = 0;
});

function setup(sources: SourceDocument[], analysis: Analysis) {
  const model: ViewModel = buildViewModel(analysis, sources.map((s) => s.id), new Map(sources.map((s) => [s.id, s.name])));
  const highlighter = new Highlighter();
  const view = render(
    <Columns sources={sources} model={model} analysedTexts={new Map(sources.map((s) => [s.id, s.text]))} highlighter={highlighter} selectedPoint={null} onActivate={() => undefined} />,
  );
  return { ...view, model, highlighter };
}

const long = syntheticCase(2, 6000);
const longSources: SourceDocument[] = long.sources.map((s) => ({ ...s }));
const longAnalysis = analyze(long);

describe('long columns', () => {
  it('marks only the chunks near the top, and still holds every word as plain text', async () => {
    expect(longSources[0].text.length).toBeGreaterThan(WINDOW_MIN_CHARS);
    const { container, model } = setup(longSources, longAnalysis);
    await act(async () => undefined);
    const column = container.querySelector<HTMLElement>('.column[data-source="s1"]')!;
    const chunks = column.querySelectorAll('.prose-chunk');
    expect(chunks.length).toBeGreaterThan(INITIAL_CHUNKS * 4);
    const marked = [...chunks].filter((chunk) => chunk.querySelector('.claim'));
    expect(marked.length).toBe(INITIAL_CHUNKS);
    const drawn = column.querySelectorAll('.claim[data-point]').length;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(model.claimsBySource.get('s1')!.length / 4);
    // The last paragraph's words are in the document, unmarked.
    const lastWords = longSources[0].text.trim().split('\n').at(-1)!.slice(-60);
    expect(chunks[chunks.length - 1].textContent).toContain(lastWords);
  });

  it('draws, lights and scrolls to the claims of a point selected far down both columns', async () => {
    const { container, model, highlighter } = setup(longSources, longAnalysis);
    await act(async () => undefined);
    const drawnIds = new Set([...container.querySelectorAll<HTMLElement>('.claim[data-claim]')].map((el) => el.dataset.claim));
    // A point both sources share, none of whose claims is drawn yet.
    const far = model.points.filter((p) => p.status !== 'unique' && p.claims.length > 1 && p.claims.every((id) => !drawnIds.has(id))).at(-1)!;
    expect(far).toBeDefined();
    expect(highlighter.elements(far.id)).toHaveLength(0);

    await act(async () => {
      highlighter.select(far.id);
      highlighter.scrollTo(far.id, 'auto');
    });
    const elements = highlighter.elements(far.id);
    expect(elements.map((el) => el.dataset.claim).sort()).toEqual([...far.claims].sort());
    for (const el of elements) expect(el.classList.contains('is-selected')).toBe(true);
    const bodies = new Set(elements.map((el) => el.closest('.column-body')));
    for (const body of bodies) expect(scrolled).toContain(body);
  });

  it('draws a short text whole, without chunks, as before', () => {
    const doc = sampleCaseDocument();
    const analysis = analyze({ title: doc.title, sources: doc.sources.map(({ id, name, kind, text }) => ({ id, name, kind, text })) });
    const { container } = setup(doc.sources, analysis);
    expect(container.querySelector('.prose-chunk')).toBeNull();
    expect(container.querySelectorAll('.claim[data-point]').length).toBe(analysis.claims.length);
  });

  it('sends a big result in slices that join back to the same result', () => {
    const { skeleton, parts } = splitResult(longAnalysis, 20_000);
    expect(parts.length).toBeGreaterThan(4);
    expect(skeleton.claims).toHaveLength(0);
    expect(new Set(parts.map((p) => p.path))).toContain('points');
    expect(longAnalysis.claims.length).toBeGreaterThan(0);
    expect(joinResult(structuredClone(skeleton), structuredClone(parts))).toEqual(longAnalysis);
  });
});
