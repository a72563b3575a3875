// Contest by numbers, end to end: two sources, one fact each, and the point they make.
import { describe, it, expect } from 'vitest';
import { analyze } from '../../engine/analyze';
import { matchKeys } from '../../engine/similarity';
import type { Feature } from '../../engine/features';

function pointsOf(a: string, b: string) {
  return analyze({ title: 't', sources: [{ id: 'a', name: 'A', text: a }, { id: 'b', name: 'B', text: b }] }).points;
}

const noun = (key: string, pos: Feature['pos'] = 'n'): Feature => ({ key, pos, tokens: [], negated: false, inherited: false, role: 'other' });

describe('counts that cannot both be right', () => {
  it('four schools against three schools contest; four against four agree', () => {
    const contested = pointsOf('Four primary schools in the district were closed on Wednesday.', 'Three schools in the district stayed shut on Wednesday.');
    expect(contested).toHaveLength(1);
    expect(contested[0].status).toBe('contested');
    expect(contested[0].reasons.some((r) => r.kind === 'quantity')).toBe(true);
    const agreed = pointsOf('Four primary schools in the district were closed on Wednesday.', 'Four schools in the district stayed shut on Wednesday.');
    expect(agreed).toHaveLength(1);
    expect(agreed[0].status).toBe('agreed');
  });

  it('a claim that says nothing but a count contests another count of the same people', () => {
    const points = pointsOf('The crew rescued 40 people. Among them are 21 children.', 'The crew rescued 40 people. Nineteen of them were minors.');
    const minors = points.find((p) => p.claims.some((c) => c.startsWith('b:') && p.claims.length === 2) && p.reasons.some((r) => r.detail.includes('Nineteen')));
    expect(minors?.status).toBe('contested');
    const same = pointsOf('The crew rescued 40 people. Among them are 21 children.', 'The crew rescued 40 people. Twenty-one of them were minors.');
    expect(same.every((p) => p.status !== 'contested')).toBe(true);
  });
});

describe('"people" and "persons"', () => {
  it('"people" is the plural of "person", as a noun only', () => {
    expect(matchKeys(noun('people')).get('w:person')).toBe(1);
    expect(matchKeys(noun('people', 'v')).has('w:person')).toBe(false);
    expect(matchKeys(noun('staff')).has('w:person')).toBe(false);
  });
});
