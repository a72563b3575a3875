// @vitest-environment happy-dom
// The drawer's and the presenter's list of a point's reasons.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { buildViewModel } from '../../renderer/analysis/view-model';
import { ReasonList } from '../../renderer/components/ReasonList';
import type { Reason } from '../../engine/types';
import { agreement, analysisWith, claims, everyPair, quantity, SOURCES } from '../report/reason-fixtures';

describe('the reason list', () => {
  afterEach(cleanup);
  const modelOf = (reasons: Reason[]) => buildViewModel(analysisWith(reasons), SOURCES, new Map(SOURCES.map((id) => [id, `Source ${id.slice(1)}`])));

  it('shows few reasons whole, each with its kind', () => {
    const reasons = [quantity(claims[0], claims[1]), agreement(claims[0], claims[2])];
    render(<ReasonList model={modelOf(reasons)} reasons={reasons} className="reasons" labels />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Numbers differ. s1 and s2 differ', 'Same content. s1 agrees with s3']);
  });

  it('shows many reasons of a kind as each source’s numbers, with every pair behind a disclosure', () => {
    const reasons = [...everyPair(claims), agreement(claims[0], claims[1])];
    const { container } = render(<ReasonList model={modelOf(reasons)} reasons={reasons} className="reasons" labels />);
    const list = container.querySelector('ul.reasons')!;
    const top = [...list.children];
    expect(top).toHaveLength(2);
    expect(top[0].textContent).toContain('Numbers differ. 10 pairs of claims among 5 sources');
    const perSource = within(top[0] as HTMLElement).getAllByRole('listitem').filter((li) => li.parentElement!.classList.contains('reason-sources'));
    expect(perSource.map((li) => li.textContent)).toEqual(['Source 1: “10 beds”', 'Source 2: “20 beds”', 'Source 3: “30 beds”', 'Source 4: “40 beds”', 'Source 5: “50 beds”']);
    const details = top[0].querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Every pair (10)');
    expect([...details.querySelectorAll('.reason-pairs > li')].map((li) => li.textContent)).toEqual(everyPair(claims).map((r) => r.detail));
    expect(top[1].textContent).toBe('Same content. s1 agrees with s2');
  });
});
