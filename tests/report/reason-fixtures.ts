// Reasons of a point whose sources give different numbers, for the grouping, the drawer and the reports.
import type { Analysis, Claim, Reason } from '../../engine/types';

// Each source says "<n> beds" at offset 100 of its text; the claim starts at 90.
export const SOURCES = ['s1', 's2', 's3', 's4', 's5'];
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
export const BEDS = [10, 20, 30, 40, 50];
export const claims = SOURCES.map((s, i) => claimOf(s, BEDS[i]));
export const claimMap = new Map(claims.map((c) => [c.id, c]));
const cueOf = (c: Claim) => ({ claim: c.id, start: c.start + 10, end: c.start + 10 + `${c.text.split(' ')[2]} beds`.length });
export const quantity = (a: Claim, b: Claim): Reason => ({ kind: 'quantity', claims: [a.id, b.id], cues: [cueOf(a), cueOf(b)], detail: `${a.source} and ${b.source} differ` });
export const agreement = (a: Claim, b: Claim): Reason => ({ kind: 'same-content', claims: [a.id, b.id], cues: [], detail: `${a.source} agrees with ${b.source}` });

/** Every pair of the given claims contests by its numbers. */
export const everyPair = (list: Claim[]) => list.flatMap((a, i) => list.slice(i + 1).map((b) => quantity(a, b)));


/** An analysis of the five sources with one contested point holding `reasons`. */
export function analysisWith(reasons: Reason[]): Analysis {
  return {
    schema: 'parallax/analysis@1',
    case: { title: 'Beds' },
    sources: SOURCES.map((id) => ({ id, name: `Source ${id.slice(1)}` })),
    claims,
    points: [{ id: 'p1', status: 'contested', claims: claims.map((c) => c.id), reasons }],
    framing: { claims: [], speakers: [], naming: { actors: [], labels: [] }, frames: [] },
  };
}
