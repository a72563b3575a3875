// Classroom logic without a browser: blind aliases, a student's work, and the comparison counts.
import { describe, expect, it } from 'vitest';
import { claimResolver, refOf } from '../../engine/edits';
import type { Analysis, Claim } from '../../engine/types';
import { blindView } from '../../renderer/classroom/blind';
import { compareWork } from '../../renderer/classroom/compare';
import { emptyWork, resolveWork, studentAnalysis, withLabel, withLink, withoutLinks } from '../../renderer/classroom/student-work';
import { parseStudentFile, serializeStudentWork, hashSources } from '../../shared/student-file';

const claim = (id: string, source: string, start: number, text: string): Claim => ({
  id, source, start, end: start + text.length, text, speaker: null, negated: false, hedged: false, quantities: [], dates: [], terms: [],
});
const claims = [
  claim('gz:c1', 'gz', 0, 'The bridge closed on Monday.'),
  claim('gz:c2', 'gz', 30, 'Nobody was hurt.'),
  claim('un:c1', 'un', 0, 'The bridge shut on Monday.'),
  claim('un:c2', 'un', 27, 'Three people were hurt.'),
  claim('un:c3', 'un', 60, 'The Gazette is wrong about the costs.'),
  claim('my:c1', 'my', 0, 'The mayor acted quickly.'),
];
// Parallax: gz:c1 + un:c1 agreed; gz:c2 + un:c2 contested; un:c3 and my:c1 only here.
const analysis = {
  schema: 'parallax/analysis@1',
  case: { title: 'Bridge' },
  sources: [{ id: 'gz', name: 'Harbour Gazette', kind: 'newspaper', headline: 'Bridge shut' }, { id: 'un', name: 'Dock Union' }, { id: 'my', name: 'Mayor' }],
  claims,
  points: [
    { id: 'p1', status: 'agreed', claims: ['gz:c1', 'un:c1'], reasons: [{ kind: 'same-content', claims: ['gz:c1', 'un:c1'], cues: [], detail: 'Harbour Gazette and Dock Union both say it closed.' }] },
    { id: 'p2', status: 'contested', claims: ['gz:c2', 'un:c2'], reasons: [{ kind: 'quantity', claims: ['gz:c2', 'un:c2'], cues: [{ claim: 'un:c2', start: 27, end: 32 }], detail: 'Harbour Gazette says nobody; Dock Union says three.' }] },
    { id: 'p3', status: 'unique', claims: ['un:c3'], reasons: [] },
    { id: 'p4', status: 'unique', claims: ['my:c1'], reasons: [] },
  ],
} as unknown as Analysis;
const byId = (id: string) => claims.find((c) => c.id === id)!;
const sources = [
  { id: 'gz', name: 'Harbour Gazette', kind: 'newspaper', text: '# Bridge shut\n\nThe bridge closed on Monday. Nobody was hurt.' },
  { id: 'un', name: 'Dock Union', text: 'x' },
  { id: 'my', name: 'Mayor', text: 'y' },
];

describe('blind view', () => {
  const view = blindView(sources, analysis, new Map(sources.map((s) => [s.id, s.text])));
  it('replaces names, kinds, headlines and ids, in reasons too, and leaves the claims’ words', () => {
    const json = JSON.stringify({ sources: view.sources.map(({ text: _t, ...s }) => s), analysis: view.analysis });
    for (const hidden of ['Harbour Gazette', 'Dock Union', 'Mayor"', 'newspaper', 'Bridge shut', '"gz', 'gz:']) expect(json).not.toContain(hidden);
    expect(view.sources.map((s) => s.name)).toEqual(['Source A', 'Source B', 'Source C']);
    expect(view.analysis!.points[1].reasons[0].detail).toBe('Source A says nobody; Source B says three.');
    expect(view.analysis!.claims[4].text).toBe('The Gazette is wrong about the costs.');
    expect(view.analysis!.points[1].reasons[0].cues[0].claim).toBe(view.aliasClaim('un:c2'));
  });
  it('maps display ids back to the real ones', () => {
    expect(view.realSource('source-2')).toBe('un');
    expect(view.realClaim(view.aliasClaim('my:c1'))).toBe('my:c1');
  });
});

describe('a student’s work', () => {
  let work = emptyWork();
  work = withLabel(work, analysis, byId('gz:c1'), 'agreed');
  work = withLabel(work, analysis, byId('gz:c2'), 'agreed');
  work = withLabel(work, analysis, byId('gz:c2'), 'contested');
  work = withLabel(work, analysis, byId('un:c3'), 'contested');
  work = withLink(work, byId('gz:c1'), byId('un:c1'));
  work = withLink(work, byId('un:c1'), byId('my:c1'));
  work = withLink(work, byId('un:c3'), byId('gz:c2'));
  const resolved = resolveWork(work, claimResolver(claims));

  it('keeps one label per claim and groups linked claims', () => {
    expect(resolved.labels).toEqual(new Map([['gz:c1', 'agreed'], ['gz:c2', 'contested'], ['un:c3', 'contested']]));
    expect(resolved.groups.map((g) => [...g].sort())).toEqual([['gz:c1', 'my:c1', 'un:c1'], ['gz:c2', 'un:c3']]);
    expect(resolved.missing).toBe(0);
  });

  it('shows the student their own points, with no verdict or reason of Parallax', () => {
    const shown = studentAnalysis(analysis, resolved);
    expect(shown.points.every((p) => p.reasons.length === 0)).toBe(true);
    expect(shown.points.find((p) => p.claims.includes('my:c1'))!.claims).toHaveLength(3);
  });

  it('unlinking a claim keeps the rest of its point together', () => {
    const after = resolveWork(withoutLinks(work, analysis, byId('un:c1')), claimResolver(claims));
    const groups = after.groups.map((g) => [...g].sort().join(' ')).sort();
    expect(groups).toEqual(['gz:c1 my:c1', 'gz:c2 un:c3']);
  });

  it('counts agreement with Parallax, label by label and link by link', () => {
    const comparison = compareWork(analysis, resolved.labels, resolved.groups);
    // Labels: gz:c1 agreed = agreed (same); gz:c2 contested = contested (same); un:c3 contested vs only here (different).
    expect(comparison.labels).toEqual({ same: 2, different: 1, unmarked: 3 });
    // Student pairs across sources: gz:c1-un:c1 (Parallax too), gz:c1-my:c1, un:c1-my:c1, gz:c2-un:c3.
    // Parallax pairs: gz:c1-un:c1, gz:c2-un:c2.
    expect(comparison.links).toEqual({ same: 1, studentOnly: 3, parallaxOnly: 1 });
    const differing = comparison.claims.filter((c) => c.differs).map((c) => c.claim.id);
    expect(differing).toEqual(['gz:c1', 'gz:c2', 'un:c1', 'un:c3', 'my:c1']);
    const unique = comparison.claims.find((c) => c.claim.id === 'un:c3')!;
    expect(unique).toMatchObject({ student: 'contested', parallax: 'unique', studentLinks: ['gz:c2'], parallaxLinks: [] });
    expect(comparison.claims.find((c) => c.claim.id === 'un:c2')!.reasons.map((r) => r.kind)).toEqual(['quantity']);
  });

  it('round-trips through its file, naming the case by a hash of its texts', async () => {
    const hash = await hashSources(sources);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashSources([...sources.slice(0, 2), { ...sources[2], text: 'z' }])).not.toBe(hash);
    const saved = { ...work, student: 'Ada', case: { title: 'Bridge', sourcesHash: hash } };
    expect(parseStudentFile(serializeStudentWork(saved), 'ada.parallax-student.json')).toEqual({ ok: true, work: saved });
    const asCase = parseStudentFile(JSON.stringify({ format: 'parallax-case', version: 2 }), 'case.parallax.json');
    expect(!asCase.ok && asCase.message).toBe("case.parallax.json is a case, not a student's work; open it with Open….");
  });

  it('re-attaches labels by words after the texts change, and counts what is gone', () => {
    const moved = claims.map((c) => (c.source === 'gz' ? { ...c, start: c.start + 40, end: c.end + 40 } : c)).filter((c) => c.id !== 'un:c3');
    const again = resolveWork(work, claimResolver(moved));
    expect(again.labels.get('gz:c2')).toBe('contested');
    expect(again.missing).toBe(2);
    expect(refOf(moved[0]).at).toBe(40);
  });
});
