// Comparing two single texts: the same pipeline as `analyze` (prepare, weigh, score every
// cross-source claim pair with the alignment's own rules), reduced to one relation.
import { prepareSources } from './analyze';
import { similarity, weighClaims } from './similarity';
import { DEFAULT_ALIGNMENT, scorePair, type Link } from './align';
import { explainAgreement } from './verdicts/agreement';
import type { CaseInput, Reason } from './types';

export type PairRelation = 'agree' | 'contest' | 'unrelated';

export interface PairResult {
  relation: PairRelation;
  /** Similarity of the deciding claim pair (the best pair when nothing links), 3 decimals. */
  score: number;
  reasons: Reason[];
}

const NAMES: Record<string, string> = { a: 'A', b: 'B' };

export function comparePair(a: string, b: string): PairResult {
  const input: CaseInput = {
    title: 'pair',
    sources: [
      { id: 'a', name: 'A', text: a },
      { id: 'b', name: 'B', text: b },
    ],
  };
  const nameOf = (id: string) => NAMES[id] ?? id;
  const weighted = weighClaims(prepareSources(input).flatMap((s) => s.claims));
  const left = weighted.filter((w) => w.claim.unit.source === 'a');
  const right = weighted.filter((w) => w.claim.unit.source === 'b');

  let bestContest: Link | null = null;
  let bestAgree: Link | null = null;
  let bestUnlinked = 0;
  for (const x of left) {
    for (const y of right) {
      const link = scorePair(x, y, nameOf, DEFAULT_ALIGNMENT);
      if (!link) {
        bestUnlinked = Math.max(bestUnlinked, similarity(x, y).score);
        continue;
      }
      if (link.contests.length) {
        if (!bestContest || link.similarity.score > bestContest.similarity.score) bestContest = link;
      } else if (!bestAgree || link.similarity.score > bestAgree.similarity.score) {
        bestAgree = link;
      }
    }
  }
  if (bestContest) return { relation: 'contest', score: round(bestContest.similarity.score), reasons: bestContest.contests };
  if (bestAgree) {
    const reason = explainAgreement({ a: bestAgree.a, b: bestAgree.b, similarity: bestAgree.similarity, nameOf });
    return { relation: 'agree', score: round(bestAgree.similarity.score), reasons: [reason] };
  }
  return { relation: 'unrelated', score: round(bestUnlinked), reasons: [] };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000 + 0;
}
