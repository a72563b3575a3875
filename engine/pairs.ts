// Comparing two single texts with the same pipeline as `analyze`: prepare both as a two-source
// case, weigh their claims, link them with the alignment's own rules (`findLinks`, so the
// thresholds and mutual-best matching stay those of `analyze`), then reduce to one relation.
import { prepareSources } from './analyze';
import { similarity, weighClaims } from './similarity';
import { DEFAULT_ALIGNMENT, findLinks, type Link } from './align';
import { explainAgreement } from './verdicts/agreement';
import { contestReasons } from './verdicts/judge';
import type { CaseInput, Reason } from './types';

export type PairRelation = 'agree' | 'contest' | 'unrelated';

export interface PairResult {
  relation: PairRelation;
  /** Similarity of the deciding claim pair (of the most similar pair when nothing links), 3 decimals. */
  score: number;
  reasons: Reason[];
}

const NAMES: Record<string, string> = { a: 'A', b: 'B' };
const nameOf = (id: string) => NAMES[id] ?? id;

/**
 * `contest` when any linked claim pair carries a contest cue (the most similar such pair
 * decides), else `agree` on the most similar linked pair, else `unrelated`.
 */
export function comparePair(a: string, b: string): PairResult {
  const input: CaseInput = {
    title: 'pair',
    sources: [
      { id: 'a', name: 'A', text: a },
      { id: 'b', name: 'B', text: b },
    ],
  };
  const weighted = weighClaims(prepareSources(input).flatMap((s) => s.claims));

  // A linked pair is judged as a point of two claims is (`grouped`), so the verdict is analyze's.
  let bestContest: { link: Link; reasons: Reason[] } | null = null;
  let bestAgree: Link | null = null;
  for (const link of findLinks(weighted, nameOf, DEFAULT_ALIGNMENT)) {
    const reasons = contestReasons({ a: link.a, b: link.b, similarity: link.similarity, nameOf, grouped: true });
    if (reasons.length) {
      if (!bestContest || link.similarity.score > bestContest.link.similarity.score) bestContest = { link, reasons };
    } else if (!bestAgree || link.similarity.score > bestAgree.similarity.score) {
      bestAgree = link;
    }
  }
  if (bestContest) return { relation: 'contest', score: round(bestContest.link.similarity.score), reasons: bestContest.reasons };
  if (bestAgree) {
    const reason = explainAgreement({ a: bestAgree.a, b: bestAgree.b, similarity: bestAgree.similarity, nameOf });
    return { relation: 'agree', score: round(bestAgree.similarity.score), reasons: [reason] };
  }

  let best = 0;
  const left = weighted.filter((w) => w.claim.unit.source === 'a');
  const right = weighted.filter((w) => w.claim.unit.source === 'b');
  for (const x of left) for (const y of right) best = Math.max(best, similarity(x, y).score);
  return { relation: 'unrelated', score: round(best), reasons: [] };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000 + 0;
}
