// What every cue detector receives: two aligned claims from different sources, how they
// matched, and the readable names of their sources for the reason's sentence.
import type { AnalyzedClaim } from '../features';
import type { Similarity, WeightedClaim } from '../similarity';
import type { Token } from '../nlp';
import type { Cue, Reason } from '../types';

export interface ClaimPair {
  a: WeightedClaim;
  b: WeightedClaim;
  similarity: Similarity;
  nameOf: (sourceId: string) => string;
  /** Already grouped into one point: cues need less evidence that both speak of the same thing. */
  grouped?: boolean;
}

export type CueDetector = (pair: ClaimPair) => Reason | null;

export function cuesFor(claim: AnalyzedClaim, tokens: Token[]): Cue[] {
  const own = tokens.filter((t) => t.start >= claim.unit.start && t.end <= claim.unit.end);
  return mergeAdjacent(own).map(([start, end]) => ({ claim: claim.unit.id, start, end }));
}

function mergeAdjacent(tokens: Token[]): [number, number][] {
  const sorted = [...new Set(tokens)].sort((x, y) => x.start - y.start);
  const spans: [number, number][] = [];
  for (const t of sorted) {
    const last = spans[spans.length - 1];
    if (last && t.start - last[1] <= 1) last[1] = Math.max(last[1], t.end);
    else spans.push([t.start, t.end]);
  }
  return spans;
}

/** The words of a feature as the text writes them: "handed over". */
export function wordsOf(tokens: Token[]): string {
  return tokens.map((t) => t.text).join(' ');
}

export function sourceName(pair: ClaimPair, claim: AnalyzedClaim): string {
  return pair.nameOf(claim.unit.source);
}

/**
 * "Amnesty International says" but "Kazakh officials say": a name ending in a plural noun takes
 * the plural verb. `verb` is given in its singular form ("says", "gives", "dismisses").
 */
export function subjectVerb(name: string, verb: string): string {
  const last = name.trim().split(/\s+/).pop() ?? '';
  const plural = /[^s']s$/i.test(last) && !/^[A-Z]+$/.test(last) && !/(news|us|ss|is)$/i.test(last);
  if (!plural) return `${name} ${verb}`;
  const base = verb.endsWith('ies') ? `${verb.slice(0, -3)}y` : /(sses|shes|ches|xes)$/.test(verb) ? verb.slice(0, -2) : verb.replace(/s$/, '');
  return `${name} ${base}`;
}
