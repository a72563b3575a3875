// Scores an analysis against a case's hand-made gold.json, the same way as the shared
// score-case tool: a gold point is right when its quoted claims sit in one point of the right
// status (and a unique point holds no other source's claim); links are scored pairwise.
import type { Analysis } from '../../engine/types';

export interface GoldCase {
  points: { id: string; status: string; claims: { source: string; quote: string }[] }[];
}

export interface CaseScore {
  right: number;
  total: number;
  missed: string[];
  linkF1: number;
}

const normalise = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The claim holding a gold quote, as the shared scoring tool finds it: among the quote's source's
 * claims, the first whose text holds the whole quote, else its first 30 characters.
 */
export function claimHolding<T>(quote: { source: string; quote: string }, claims: readonly T[], sourceOf: (claim: T) => string, textOf: (claim: T) => string): T | null {
  const q = normalise(quote.quote);
  const own = claims.filter((c) => sourceOf(c) === quote.source).map((c) => ({ c, text: normalise(textOf(c)) }));
  return (own.find((x) => x.text.includes(q)) ?? own.find((x) => x.text.includes(q.slice(0, 30))))?.c ?? null;
}

export function scoreAgainstGold(analysis: Analysis, gold: GoldCase): CaseScore {
  const pointOf = new Map<string, Analysis['points'][number]>();
  for (const p of analysis.points) for (const c of p.claims) pointOf.set(c, p);
  const claims = analysis.claims;
  const find = (g: { source: string; quote: string }) => claimHolding(g, claims, (c) => c.source, (c) => c.text);
  let right = 0;
  const missed: string[] = [];
  const placed: { point: string; source: string; claim: string | null }[] = [];
  for (const gp of gold.points) {
    const found = gp.claims.map((g) => ({ g, c: find(g) }));
    for (const f of found) placed.push({ point: gp.id, source: f.g.source, claim: f.c?.id ?? null });
    const points = new Set(found.map((f) => (f.c ? pointOf.get(f.c.id) : undefined)));
    const only = [...points][0];
    const ok =
      points.size === 1 &&
      only !== undefined &&
      only.status === gp.status &&
      (gp.status !== 'unique' || only.claims.every((id) => claims.find((c) => c.id === id)?.source === gp.claims[0].source));
    if (ok) right++;
    else missed.push(`${gp.id}${points.size > 1 ? '(split)' : only && only.status !== gp.status ? `(${only.status}!=${gp.status})` : '(link)'}`);
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i];
      const b = placed[j];
      if (a.source === b.source) continue;
      const goldLinked = a.point === b.point;
      const linked = !!(a.claim && b.claim && pointOf.get(a.claim) && pointOf.get(a.claim) === pointOf.get(b.claim));
      if (goldLinked && linked) tp++;
      else if (!goldLinked && linked) fp++;
      else if (goldLinked) fn++;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { right, total: gold.points.length, missed, linkF1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
