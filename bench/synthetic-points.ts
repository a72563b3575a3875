// How the points of long synthetic cases read against the generator's answer key (which sentences
// state which shared fact; bench/synthetic.ts). Gold cases are all under 1,500 claims, so the
// alignment's long-dossier rules are judged here: run it before and after changing them.
// `npm run bench:synthetic -- 20x10000 10x5000`: pairwise precision and recall of same-fact pairs.
import { analyze } from '../engine/index';
import type { Analysis } from '../engine/types';
import { syntheticCaseWithFacts, type FactSpan } from './synthetic';

export interface PairScore {
  /** Claim pairs in one point with at least one claim stating a shared fact. */
  predicted: number;
  /** Of those, the pairs whose two claims state the same fact. */
  correct: number;
  /** Claim pairs of different sources that state the same fact. */
  expected: number;
}

/** Scores the points of `analysis` against the answer key `facts`: a claim states the fact of the sentence it starts in. */
export function scorePoints(analysis: Analysis, facts: readonly FactSpan[]): PairScore {
  const bySource = new Map<string, FactSpan[]>();
  for (const f of facts) (bySource.get(f.source) ?? bySource.set(f.source, []).get(f.source)!).push(f);
  const factOf = new Map<string, number>();
  for (const claim of analysis.claims) {
    const span = bySource.get(claim.source)?.find((f) => claim.start >= f.start && claim.start < f.end);
    if (span) factOf.set(claim.id, span.fact);
  }
  let predicted = 0;
  let correct = 0;
  for (const point of analysis.points) {
    for (let i = 0; i < point.claims.length; i++) {
      for (let j = i + 1; j < point.claims.length; j++) {
        const [x, y] = [factOf.get(point.claims[i]), factOf.get(point.claims[j])];
        if (x === undefined && y === undefined) continue;
        predicted++;
        if (x === y) correct++;
      }
    }
  }
  const sourceOf = new Map(analysis.claims.map((c) => [c.id, c.source]));
  const claimsOf = new Map<number, string[]>();
  for (const [id, fact] of factOf) (claimsOf.get(fact) ?? claimsOf.set(fact, []).get(fact)!).push(id);
  let expected = 0;
  for (const ids of claimsOf.values()) for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (sourceOf.get(ids[i]) !== sourceOf.get(ids[j])) expected++;
  return { predicted, correct, expected };
}

function main(): void {
  const specs = process.argv.slice(2).filter((a) => /^\d+x\d+$/.test(a));
  for (const spec of specs.length ? specs : ['10x5000', '20x10000']) {
    const [sources, words] = spec.split('x').map(Number);
    const { input, facts } = syntheticCaseWithFacts(sources, words);
    const analysis = analyze(input);
    const { predicted, correct, expected } = scorePoints(analysis, facts);
    const precision = correct / predicted;
    const recall = correct / expected;
    const f1 = (2 * precision * recall) / (precision + recall);
    console.log(`${spec.padEnd(9)} ${analysis.claims.length} claims, ${analysis.points.length} points: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)} (${correct} of ${predicted} pairs right, ${expected} same-fact pairs)`);
  }
  console.log('Recall is bounded well below 1: a point holds one claim per source, and a source states many facts more than once.');
}

if (process.argv[1] && /synthetic-points\.ts$/.test(process.argv[1])) main();
