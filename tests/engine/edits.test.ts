// The user's corrections over an analysis: each operation, their order, and re-attachment by text.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { applyEdits, refOf, type Edit } from '../../engine/edits';
import type { Analysis, Claim, Point } from '../../engine/types';

const claim = (id: string, source: string, start: number, text: string): Claim => ({
  id, source, start, end: start + text.length, text, speaker: null, negated: false, hedged: false, quantities: [], dates: [], terms: [],
});

const claims = [
  claim('a:c1', 'a', 0, 'The bridge closed on Monday.'),
  claim('a:c2', 'a', 30, 'Nobody was hurt.'),
  claim('b:c1', 'b', 0, 'The bridge shut on Monday.'),
  claim('b:c2', 'b', 27, 'Three people were hurt.'),
  claim('c:c1', 'c', 0, 'The mayor resigned.'),
];
const base = {
  schema: 'parallax/analysis@1',
  case: { title: 'Bridge' },
  sources: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }],
  claims,
  points: [
    { id: 'p1', status: 'agreed', claims: ['a:c1', 'b:c1'], reasons: [{ kind: 'same-content', claims: ['a:c1', 'b:c1'], cues: [], detail: 'Both say the bridge closed.' }] },
    { id: 'p2', status: 'contested', claims: ['a:c2', 'b:c2'], reasons: [{ kind: 'quantity', claims: ['a:c2', 'b:c2'], cues: [], detail: 'A says nobody, B says three.' }] },
    { id: 'p3', status: 'unique', claims: ['c:c1'], reasons: [] },
  ] satisfies Point[],
} as unknown as Analysis;

const ref = (id: string) => refOf(claims.find((c) => c.id === id)!);
const pointOf = (analysis: Analysis, claimId: string) => analysis.points.find((p) => p.claims.includes(claimId))!;

describe('applyEdits', () => {
  it('gives back the same analysis when there is nothing to apply', () => {
    expect(applyEdits(base, []).analysis).toBe(base);
  });

  it('relabels a point as the user decided and keeps what the engine said', () => {
    const { analysis, orphaned } = applyEdits(base, [{ id: 'e1', op: 'relabel', claim: ref('b:c1'), status: 'contested' }]);
    expect(orphaned).toEqual([]);
    expect(pointOf(analysis, 'a:c1')).toMatchObject({ id: 'p1', status: 'contested', decidedBy: 'user', engineStatus: 'agreed' });
    expect(pointOf(analysis, 'a:c1').reasons).toHaveLength(1);
    expect(pointOf(analysis, 'c:c1').decidedBy).toBeUndefined();
  });

  it('unlinks a claim into a point of its own, and both points follow from what is left', () => {
    const { analysis } = applyEdits(base, [{ id: 'e1', op: 'unlink', claim: ref('b:c2') }]);
    expect(pointOf(analysis, 'b:c2')).toMatchObject({ id: 'u-e1', status: 'unique', claims: ['b:c2'], decidedBy: 'user', engineStatus: 'contested' });
    // The quantity reason named the claim that left, so it no longer explains the point.
    expect(pointOf(analysis, 'a:c2')).toMatchObject({ status: 'unique', claims: ['a:c2'], reasons: [] });
    expect(analysis.points).toHaveLength(4);
  });

  it('links a claim into another point and drops the point it leaves empty', () => {
    const { analysis } = applyEdits(base, [{ id: 'e1', op: 'link', claim: ref('c:c1'), to: ref('a:c1') }]);
    expect(pointOf(analysis, 'c:c1')).toMatchObject({ id: 'p1', claims: ['a:c1', 'b:c1', 'c:c1'], status: 'agreed', decidedBy: 'user' });
    expect(analysis.points.map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('merges two points, keeping the contest reasons of both', () => {
    const { analysis } = applyEdits(base, [{ id: 'e1', op: 'merge', claim: ref('a:c1'), other: ref('b:c2') }]);
    const merged = pointOf(analysis, 'a:c1');
    expect(merged.claims).toEqual(['a:c1', 'b:c1', 'a:c2', 'b:c2']);
    expect(merged.status).toBe('contested');
    expect(merged.reasons.map((r) => r.kind)).toEqual(['same-content', 'quantity']);
    expect(analysis.points).toHaveLength(2);
  });

  it('splits chosen claims off into a new point', () => {
    const merged: Edit = { id: 'e1', op: 'merge', claim: ref('a:c1'), other: ref('b:c2') };
    const { analysis } = applyEdits(base, [merged, { id: 'e2', op: 'split', claims: [ref('a:c2'), ref('b:c2')] }]);
    expect(pointOf(analysis, 'a:c2')).toMatchObject({ id: 'u-e2', claims: ['a:c2', 'b:c2'], status: 'contested' });
    expect(pointOf(analysis, 'a:c1')).toMatchObject({ id: 'p1', claims: ['a:c1', 'b:c1'], status: 'agreed' });
  });

  it('attaches notes to points and claims; a note alone does not make the point the user’s', () => {
    const { analysis } = applyEdits(base, [
      { id: 'e1', op: 'note', target: 'point', claim: ref('c:c1'), text: 'Check the council minutes.' },
      { id: 'e2', op: 'note', target: 'claim', claim: ref('a:c2'), text: 'Hospital says two.' },
      { id: 'e3', op: 'note', target: 'claim', claim: ref('b:c2'), text: 'draft' },
      { id: 'e4', op: 'note', target: 'claim', claim: ref('b:c2'), text: '  ' },
    ]);
    expect(pointOf(analysis, 'c:c1')).toMatchObject({ note: 'Check the council minutes.', status: 'unique' });
    expect(pointOf(analysis, 'c:c1').decidedBy).toBeUndefined();
    expect(analysis.claims.find((c) => c.id === 'a:c2')!.note).toBe('Hospital says two.');
    expect(analysis.claims.find((c) => c.id === 'b:c2')!.note).toBeUndefined();
  });

  it('applies edits in order: a relabel follows the point that holds its claim', () => {
    const { analysis } = applyEdits(base, [
      { id: 'e1', op: 'link', claim: ref('c:c1'), to: ref('a:c2') },
      { id: 'e2', op: 'relabel', claim: ref('c:c1'), status: 'agreed' },
    ]);
    expect(pointOf(analysis, 'a:c2')).toMatchObject({ id: 'p2', status: 'agreed', claims: ['a:c2', 'b:c2', 'c:c1'] });
  });

  it('reports an edit whose claim is gone as orphaned and applies the rest', () => {
    const gone = { source: 'a', text: 'The bridge was never closed.', at: 0 };
    const { analysis, orphaned } = applyEdits(base, [
      { id: 'e1', op: 'link', claim: gone, to: ref('b:c1') },
      { id: 'e2', op: 'relabel', claim: ref('c:c1'), status: 'contested' },
      { id: 'e3', op: 'unlink', claim: { ...ref('a:c1'), source: 'removed-source' } },
    ]);
    expect(orphaned.map((o) => o.edit.id)).toEqual(['e1', 'e3']);
    expect(orphaned[0].missing).toEqual([gone]);
    expect(pointOf(analysis, 'c:c1').status).toBe('contested');
  });

  it('picks the nearest copy of a sentence a source repeats', () => {
    const twice = { ...base, claims: [...claims, claim('a:c3', 'a', 200, 'Nobody was hurt.')] } as Analysis;
    twice.points = [...base.points, { id: 'p4', status: 'unique', claims: ['a:c3'], reasons: [] }];
    const { analysis } = applyEdits(twice, [{ id: 'e1', op: 'unlink', claim: { source: 'a', text: 'Nobody was hurt.', at: 190 } }]);
    expect(pointOf(analysis, 'a:c2').id).toBe('p2');
    expect(pointOf(analysis, 'a:c3').id).toBe('p4');
  });
});

describe('edits across a re-analysis', () => {
  const sources = [
    { id: 'city', name: 'City hall', text: 'The council closed the bridge on Monday. Nobody was injured in the collapse.' },
    { id: 'union', name: 'Union', text: 'The bridge was closed by the council on Monday. Three workers were injured in the collapse.' },
  ];
  const first = analyze({ title: 'Bridge', sources });
  const claimOf = (analysis: Analysis, words: string) => analysis.claims.find((c) => c.text.includes(words))!;
  const edits: Edit[] = [
    { id: 'e1', op: 'relabel', claim: refOf(claimOf(first, 'Three workers')), status: 'agreed' },
    { id: 'e2', op: 'note', target: 'claim', claim: refOf(claimOf(first, 'closed by the council')), text: 'Same event.' },
  ];

  it('re-attaches by text when a source gains a paragraph before the edited claims', () => {
    const changed = sources.map((s) => (s.id === 'union' ? { ...s, text: `Workers gathered at dawn.\n\n${s.text}` } : s));
    const second = analyze({ title: 'Bridge', sources: changed });
    const moved = claimOf(second, 'Three workers');
    expect(moved.start).toBeGreaterThan(claimOf(first, 'Three workers').start);
    const { analysis, orphaned } = applyEdits(second, edits);
    expect(orphaned).toEqual([]);
    expect(pointOf(analysis, moved.id)).toMatchObject({ status: 'agreed', decidedBy: 'user' });
    expect(analysis.claims.find((c) => c.text.includes('closed by the council'))!.note).toBe('Same event.');
  });

  it('reports the edit of a sentence that was rewritten as orphaned', () => {
    const changed = sources.map((s) => (s.id === 'union' ? { ...s, text: s.text.replace('Three workers', 'Four workers') } : s));
    const { orphaned } = applyEdits(analyze({ title: 'Bridge', sources: changed }), edits);
    expect(orphaned.map((o) => o.edit.id)).toEqual(['e1']);
  });
});
