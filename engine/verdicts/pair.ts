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

/** The claim's own tokens among `tokens` as cues, touching tokens merged into one span. */
export function cuesFor(claim: AnalyzedClaim, tokens: Token[]): Cue[] {
  const { id, start: from, end: to } = claim.unit;
  const own: Token[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].start >= from && tokens[i].end <= to) own.push(tokens[i]);
  // A token listed twice (two features share it) falls inside the span it already made, so no
  // de-duplication is needed. Runs for every reason of every point: plain loops, few objects.
  sortByStart(own);
  const cues: Cue[] = [];
  let last: Cue | null = null;
  for (let i = 0; i < own.length; i++) {
    const t = own[i];
    if (last && t.start - last.end <= 1) last.end = Math.max(last.end, t.end);
    else cues.push((last = { claim: id, start: t.start, end: t.end }));
  }
  return cues;
}

/** Stable insertion sort: the lists are short and mostly in order, and `Array.sort` allocates a work copy. */
function sortByStart(tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    let m = k - 1;
    while (m >= 0 && tokens[m].start > t.start) {
      tokens[m + 1] = tokens[m];
      m--;
    }
    tokens[m + 1] = t;
  }
}

/** The words of a feature as the text writes them: "handed over". */
export function wordsOf(tokens: Token[]): string {
  // A plain loop: every reason's sentence is built of these, for thousands of pairs.
  let words = tokens.length ? tokens[0].text : '';
  for (let i = 1; i < tokens.length; i++) words += ` ${tokens[i].text}`;
  return words;
}

export function sourceName(pair: ClaimPair, claim: AnalyzedClaim): string {
  return pair.nameOf(claim.unit.source);
}

/**
 * "Amnesty International says" but "Kazakh officials say": a name ending in a plural noun takes
 * the plural verb. `verb` is given in its singular form ("says", "gives", "dismisses").
 */
export function subjectVerb(name: string, verb: string): string {
  if (!isPluralName(name)) return `${name} ${verb}`;
  const base = verb.endsWith('ies') ? `${verb.slice(0, -3)}y` : /(sses|shes|ches|xes)$/.test(verb) ? verb.slice(0, -2) : verb.replace(/s$/, '');
  return `${name} ${base}`;
}

/** A case has a handful of source names and every reason asks about them: each is read once. */
const pluralNames = new Map<string, boolean>();

function isPluralName(name: string): boolean {
  let plural = pluralNames.get(name);
  if (plural === undefined) {
    const last = name.trim().split(/\s+/).pop() ?? '';
    plural = /[^s']s$/i.test(last) && !/^[A-Z]+$/.test(last) && !/(news|us|ss|is)$/i.test(last);
    // A worker analyses case after case: the names of old cases need not stay.
    if (pluralNames.size > 1000) pluralNames.clear();
    pluralNames.set(name, plural);
  }
  return plural;
}
