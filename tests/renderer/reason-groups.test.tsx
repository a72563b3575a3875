// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { groupReasons, LISTED_PER_KIND } from '../../renderer/analysis/reason-groups';
import { buildViewModel } from '../../renderer/analysis/view-model';
import { ReasonList } from '../../renderer/components/ReasonList';
import type { Analysis, Claim, Reason } from '../../engine/types';

// Each source says "<n> beds" at offset 100 of its text; the claim starts at 90.
const SOURCES = ['s1', 's2', 's3', 's4', 's5'];
const claimOf = (source: string, n: number): Claim => ({
  id: `${source}:c1`,
  source,
  start: 90,
  end: 120,
  text: `There are ${n} beds  in   town.`.padEnd(30, '.'),
  speaker: null,
  negated: false,
  hedged: false,
  quantities: [],
  dates: [],
  terms: [],
});
const BEDS = [10, 20, 30, 40, 50];
const claims = SOURCES.map((s, i) => claimOf(s, BEDS[i]));
const claimMap = new Map(claims.map((c) => [c.id, c]));
const cueOf = (c: Claim) => ({ claim: c.id, start: c.start + 10, end: c.start + 10 + `${c.text.split(' ')[2]} beds`.length });
const quantity = (a: Claim, b: Claim): Reason => ({ kind: 'quantity', claims: [a.id, b.id], cues: [cueOf(a), cueOf(b)], detail: `${a.source} and ${b.source} differ` });
const agreement = (a: Claim, b: Claim): Reason => ({ kind: 'same-content', claims: [a.id, b.id], cues: [], detail: `${a.source} agrees with ${b.source}` });

/** Every pair of the given claims contests by its numbers. */
const everyPair = (list: Claim[]) => list.flatMap((a, i) => list.slice(i + 1).map((b) => quantity(a, b)));

describe('grouping a point’s reasons', () => {
  it('lists a kind one by one while it has few reasons', () => {
    const reasons = [quantity(claims[0], claims[1]), agreement(claims[0], claims[2])];
    const groups = groupReasons(reasons, claimMap, SOURCES);
    expect(groups.map((g) => [g.kind, g.reasons.length, g.summary])).toEqual([
      ['quantity', 1, undefined],
      ['same-content', 1, undefined],
    ]);
    const three = everyPair(claims.slice(0, 3));
    expect(three).toHaveLength(LISTED_PER_KIND);
    expect(groupReasons(three, claimMap, SOURCES)[0].summary).toBeUndefined();
  });

  it('sums up a kind with many reasons as each source’s words, in column order', () => {
    const reasons = everyPair([claims[3], claims[1], claims[0], claims[2]]);
    expect(reasons.length).toBeGreaterThan(LISTED_PER_KIND);
    const [group] = groupReasons(reasons, claimMap, SOURCES);
    expect(group.reasons).toEqual(reasons);
    expect(group.summary).toEqual([
      { source: 's1', words: ['10 beds'] },
      { source: 's2', words: ['20 beds'] },
      { source: 's3', words: ['30 beds'] },
      { source: 's4', words: ['40 beds'] },
    ]);
  });

  it('keeps the kinds in the order they first appear', () => {
    const reasons = [agreement(claims[0], claims[1]), ...everyPair(claims), agreement(claims[0], claims[2])];
    expect(groupReasons(reasons, claimMap, SOURCES).map((g) => g.kind)).toEqual(['same-content', 'quantity']);
  });

  it('quotes a cue on one line, cut to a phrase, and each word once whatever its case', () => {
    const long: Claim = { ...claims[4], text: `The   figure\nof FIGURE beds is ${'very '.repeat(12)}high` };
    const map = new Map([...claimMap, [long.id, long]]);
    const cue = (start: number, end: number) => ({ claim: long.id, start: long.start + start, end: long.start + end });
    const reasons: Reason[] = [0, 1, 2, 3].map((i) => ({
      kind: 'antonym',
      // The whole claim; "figure"; "FIGURE"; "The"; and a cue outside the claim, which says nothing.
      cues: [cue(0, long.text.length), cue(4, 12), cue(16, 22), cue(0, 3), { claim: long.id, start: 0, end: 5 }],
      claims: [long.id, claims[i].id],
      detail: '',
    }));
    const words = groupReasons(reasons, map, SOURCES)[0].summary!.find((s) => s.source === 's5')!.words;
    expect(words).toEqual(['The figure of FIGURE beds is very very…', 'figure', 'The']);
  });

  it('names a source of an unknown claim nowhere, and a source without cue words by name only', () => {
    const reasons = [...everyPair(claims.slice(0, 3)), agreement(claims[0], claims[3]), { ...quantity(claims[0], claims[4]), cues: [], claims: [claims[4].id, 'gone:c9'] }];
    const quantityGroup = groupReasons(reasons, claimMap, SOURCES).find((g) => g.kind === 'quantity')!;
    expect(quantityGroup.summary!.map((s) => s.source)).toEqual(['s1', 's2', 's3', 's5']);
    expect(quantityGroup.summary!.find((s) => s.source === 's5')!.words).toEqual([]);
  });
});

describe('the reason list', () => {
  afterEach(cleanup);
  const analysisWith = (reasons: Reason[]): Analysis => ({
    schema: 'parallax/analysis@1',
    case: { title: 't' },
    sources: SOURCES.map((id) => ({ id, name: `Source ${id.slice(1)}` })),
    claims,
    points: [{ id: 'p1', status: 'contested', claims: claims.map((c) => c.id), reasons }],
    framing: { claims: [], speakers: [], naming: { actors: [], labels: [] }, frames: [] },
  });
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
