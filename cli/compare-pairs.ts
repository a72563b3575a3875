// Running `comparePair` over the lines of a pairs file: one JSON line out per pair in.
import { comparePair } from '../engine/index';
import type { PairLine } from './pairs-command';

export function comparePairs(pairs: PairLine[]): string {
  let out = '';
  for (const { a, b } of pairs) {
    const { relation, score, reasons } = comparePair(a, b);
    out += `${JSON.stringify({ relation, score, reasons })}\n`;
  }
  return out;
}
