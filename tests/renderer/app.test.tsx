// @vitest-environment happy-dom
// The comparison window as a component: marks, linking, the drawer, keys, the matrix, sources.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { analyze } from '../../engine/analyze';
import { App } from '../../renderer/components/App';
import { fakeHost, sampleCaseDocument, syncAnalyzer } from './fixtures';

const document0 = sampleCaseDocument();
const analysis = analyze({ title: document0.title, sources: document0.sources.map(({ id, name, kind, text }) => ({ id, name, kind, text })) });

beforeAll(() => {
  // happy-dom lays nothing out; the highlighter only needs these to exist.
  Element.prototype.scrollTo = () => undefined;
});
afterEach(cleanup);

async function renderApp(host = fakeHost()) {
  const view = render(<App host={host} analyzer={syncAnalyzer()} initial={sampleCaseDocument()} />);
  await waitFor(() => expect(view.container.querySelectorAll('.claim[data-point]').length).toBe(analysis.claims.length), { timeout: 10_000 });
  return { ...view, host };
}

describe('<App> on the sample', () => {
  it('marks every claim with its point status, with a screen-reader name and the legend counts', async () => {
    const { container } = await renderApp();
    const contested = container.querySelector('.claim--contested')!;
    expect(contested.getAttribute('role')).toBe('button');
    expect(contested.textContent).toMatch(/^≠Contested: /);
    const only = container.querySelector('.claim--unique')!;
    expect(only.textContent).toMatch(/^Only in (Amnesty International|Kazakh officials|Italian government): /);
    const legend = screen.getByRole('list', { name: 'Legend' });
    const counts = { agreed: 0, contested: 0, unique: 0 };
    for (const p of analysis.points) counts[p.status] += p.claims.length;
    expect(legend.textContent).toContain(`Agreed ${counts.agreed}`);
    expect(legend.textContent).toContain(`Contested ${counts.contested}`);
  });

  it('hovering a claim links its partners; clicking opens the drawer with reasons and a diff', async () => {
    const { container } = await renderApp();
    const point = analysis.points.find((p) => p.status === 'contested')!;
    const claim = container.querySelector(`[data-claim="${point.claims[0]}"]`)!;
    fireEvent.mouseOver(claim);
    for (const id of point.claims) expect(container.querySelector(`[data-claim="${id}"]`)!.classList.contains('is-linked')).toBe(true);
    fireEvent.click(claim);
    const drawer = await screen.findByRole('complementary');
    expect(within(drawer).getByRole('heading', { level: 2 }).textContent).toMatch(/Contested/);
    expect(drawer.textContent).toContain(point.reasons.find((r) => r.kind !== 'same-content')!.detail);
    expect(drawer.querySelectorAll('.word-diff ins, .word-diff del').length).toBeGreaterThan(0);
    fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
  });

  it('j, n and Enter walk the points from the keyboard', async () => {
    const { container } = await renderApp();
    fireEvent.keyDown(document.body, { key: 'j' });
    const first = container.querySelector('.claim.is-selected') as HTMLElement;
    expect(first).not.toBeNull();
    fireEvent.keyDown(document.body, { key: 'n' });
    await waitFor(() => expect(container.querySelector('.claim.is-selected')?.getAttribute('data-status')).toBe('contested'));
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect((await screen.findByRole('complementary')).textContent).toMatch(/Contested/);
    fireEvent.keyDown(document.body, { key: '?' });
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });

  it('m shows the matrix: counts in the tab, filters by status, a row jumps back to the claims', async () => {
    await renderApp();
    const tab = screen.getByRole('tab', { name: /Matrix/ });
    const pointCounts = { agreed: 0, contested: 0, unique: 0 };
    for (const p of analysis.points) pointCounts[p.status]++;
    expect(tab.textContent).toBe(`Matrix (${pointCounts.agreed} agreed · ${pointCounts.contested} contested · ${pointCounts.unique} only one)`);
    fireEvent.keyDown(document.body, { key: 'm' });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(analysis.points.length + 1);
    fireEvent.click(screen.getByRole('button', { name: /^Only here/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Agreed/ }));
    expect(within(table).getAllByRole('row')).toHaveLength(pointCounts.contested + 1);
    expect(within(table).getAllByText('contests').length).toBeGreaterThan(0);
    fireEvent.click(within(table).getByRole('button', { name: 'Status' }));
    expect(within(table).getByRole('columnheader', { name: /Status/ }).getAttribute('aria-sort')).toBe('ascending');
    const row = within(table).getAllByRole('row')[1];
    fireEvent.click(within(row).getAllByRole('button')[0]);
    await waitFor(() => expect(document.querySelector('.claim.is-selected')).not.toBeNull());
    expect(screen.getByRole('complementary')).toBeTruthy();
  });

  it('manages sources: rename, reorder, remove; removing all shows how to start', async () => {
    const { container } = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Sources…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name of source 1'), { target: { value: 'Amnesty' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move Italian government left' }));
    const names = () => [...container.querySelectorAll('.column h2')].map((h) => h.textContent!.replace(/^\d/, ''));
    expect(names()).toEqual(['Amnesty', 'Italian government', 'Kazakh officials']);
    for (const name of ['Amnesty', 'Italian government', 'Kazakh officials']) fireEvent.click(within(dialog).getByRole('button', { name: `Remove ${name}` }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await screen.findByText('Add the sources you want to compare')).toBeTruthy();
  });

  it('saves through the host and asks before discarding unsaved changes', async () => {
    const { host } = await renderApp();
    fireEvent.change(screen.getByLabelText('Case title'), { target: { value: 'Edited' } });
    expect(screen.getByText(/unsaved/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Samples' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: document0.title }));
    const confirm = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(host.calls.saveCase?.[0]?.[0]).toMatchObject({ title: 'Edited' }));
    await waitFor(() => expect(screen.queryByText(/unsaved/)).toBeNull());
  });

  it('offers recovered work and restores it', async () => {
    const recovered = { ...sampleCaseDocument(), title: 'Recovered case' };
    const host = fakeHost({ recoverAutosave: () => Promise.resolve({ document: recovered, path: null, savedAt: '2026-01-01T10:00:00Z' }) });
    await act(async () => {
      render(<App host={host} analyzer={syncAnalyzer()} initial={sampleCaseDocument()} />);
    });
    const banner = await screen.findByRole('alertdialog');
    expect(banner.textContent).toMatch(/Recovered case/);
    fireEvent.click(within(banner).getByRole('button', { name: 'Restore' }));
    expect((screen.getByLabelText('Case title') as HTMLInputElement).value).toBe('Recovered case');
  });
});
