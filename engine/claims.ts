// Stage 2b: claims. One claim per assertion: a sentence is split where it joins independent
// clauses ("; ", ", and <verb>", ", but they ...", ", who ..."), and every claim remembers its
// speaker and, where its subject was left out or is a pronoun, the words it refers back to.
import type { Token } from './nlp';
import type { Sentence } from './sentences';
import { findAttribution, type Attribution } from './attribution';

export interface ClaimUnit {
  id: string;
  source: string;
  start: number;
  end: number;
  sentence: Sentence;
  /** Tokens of the reported content (no speaker, no reporting verb, no joining conjunction). */
  content: Token[];
  attribution: Attribution;
  /** Words an elided or pronoun subject stands for, taken from the clause or sentence before. */
  inheritedSubject: Token[];
  /**
   * A verbless line that does not end like a sentence: a byline or dateline ("Statement from the
   * Residents' Group, Thursday"). Kept as a claim, but it states no act another source could share.
   */
  fragment: boolean;
}

const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'yet', 'while', 'whereas', 'although', 'though', 'because', 'however', 'so']);
const LIST_JOINERS = new Set([',', 'and', 'or']);
const RELATIVE_PRONOUNS = new Set(['who', 'which']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const CLAUSE_SUBJECT_TAGS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'NUM']);
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);
const MIN_CLAUSE_WORDS = 3;
const MAX_VERBLESS_WORDS = 6;

export function splitClaims(sourceId: string, sentences: Sentence[]): ClaimUnit[] {
  const claims: ClaimUnit[] = [];
  for (const sentence of sentences) {
    const attribution = findAttribution(sentence.tokens);
    const clauses = splitClauses(sentence.tokens, attribution.from, attribution.to);
    // A plain loop, not forEach with a closure: this runs for every sentence of every source.
    for (let i = 0; i < clauses.length; i++) {
      const clause = clauses[i];
      const tokens = sentence.tokens;
      // The first and last clause carry the attribution frame in their span, so a reader sees it.
      const spanFrom = i === 0 ? 0 : clause.from;
      const spanTo = i === clauses.length - 1 ? tokens.length : clause.to;
      const first = tokens[spanFrom];
      const last = lastNonSeparator(tokens, spanFrom, spanTo);
      if (!first || !last) continue;
      // A short line without a verb ("Larkspur Home, 19 June", a caption) asserts nothing. Longer
      // ones are kept: the tagger misses verbs ("The Alliance demands a recount").
      const verbal = hasVerb(tokens, spanFrom, spanTo);
      if (!verbal && wordCount(tokens, spanFrom, spanTo) <= MAX_VERBLESS_WORDS) continue;
      claims.push({
        id: `${sourceId}:c${claims.length + 1}`,
        source: sourceId,
        start: first.start,
        end: last.end,
        sentence,
        content: withoutQuotes(tokens, clause.from, clause.to),
        attribution,
        inheritedSubject: clause.inherits,
        fragment: !verbal && !endsSentence(tokens),
      });
    }
  }
  return claims;
}

function withoutQuotes(tokens: Token[], from: number, to: number): Token[] {
  const kept: Token[] = [];
  for (let i = from; i < to; i++) if (tokens[i].text !== '"') kept.push(tokens[i]);
  return kept;
}

interface Clause {
  from: number;
  to: number;
  inherits: Token[];
}

export function splitClauses(tokens: Token[], from: number, to: number): Clause[] {
  const clauses: Clause[] = [];
  let start = from;
  let inherits: Token[] = [];
  for (let k = from + 1; k < to - 1; k++) {
    const boundary = clauseBoundary(tokens, k, to);
    if (!boundary) continue;
    if (wordCount(tokens, start, k) < MIN_CLAUSE_WORDS || wordCount(tokens, boundary.next, to) < MIN_CLAUSE_WORDS) continue;
    if (!hasVerb(tokens, start, k) || !hasVerb(tokens, boundary.next, to)) continue;
    clauses.push({ from: start, to: k, inherits });
    inherits = boundary.kind === 'elided' ? subjectOf(tokens, start, k) : boundary.kind === 'relative' ? antecedentBefore(tokens, k) : [];
    start = boundary.next;
    k = boundary.next;
  }
  clauses.push({ from: start, to, inherits });
  return clauses;
}

type Boundary = { kind: 'full' | 'elided' | 'relative'; next: number };

function clauseBoundary(tokens: Token[], k: number, to: number): Boundary | null {
  const t = tokens[k];
  if (t.text === ';') {
    const next = tokens[k + 1]?.lower === 'however' ? k + 2 : k + 1;
    return { kind: 'full', next: tokens[next]?.text === ',' ? next + 1 : next };
  }
  const next = tokens[k + 1];
  if (t.text === ',' && next && CLAUSE_CONJUNCTIONS.has(next.lower)) {
    let after = k + 2;
    if (tokens[after]?.text === ',') after++;
    const head = tokens[after];
    if (!head) return null;
    if (head.pos === 'VERB' && !head.lower.endsWith('ing')) return { kind: 'elided', next: after };
    if (startsClause(tokens, after, to)) return { kind: 'full', next: after };
    return null;
  }
  // ", ending seventy years of ...": a participle clause asserts something of its own.
  // Not a list item ("sore throats, coughing and eye irritation"): a gerund followed by "and" or a comma.
  if (t.text === ',' && next && next.pos === 'VERB' && next.lower.endsWith('ing') && to - (k + 1) >= 4 && !LIST_JOINERS.has(tokens[k + 2]?.lower ?? '')) {
    return { kind: 'elided', next: k + 1 };
  }
  if (t.text === ',' && next && RELATIVE_PRONOUNS.has(next.lower) && (hasVerb(tokens, k + 2, Math.min(to, k + 4)) || /ed$/.test(tokens[k + 2]?.lower ?? ''))) {
    return { kind: 'relative', next: k + 1 };
  }
  if (t.lower === 'and' && next && SUBJECT_PRONOUNS.has(next.lower) && hasVerb(tokens, k + 2, Math.min(to, k + 4))) {
    return { kind: 'full', next: k + 1 };
  }
  return null;
}

/** A subject (pronoun, name or noun phrase) followed soon by a finite verb, with no comma between. */
function startsClause(tokens: Token[], at: number, to: number): boolean {
  const first = tokens[at];
  if (!CLAUSE_SUBJECT_TAGS.has(first.pos) || first.lower === 'that') return false;
  for (let i = at + 1; i < Math.min(to, at + 7); i++) {
    if (tokens[i].text === ',') return false;
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true;
  }
  return false;
}

/** The noun phrase before the first verb of a clause, after any leading time or place phrase. */
export function subjectOf(tokens: Token[], from: number, to: number): Token[] {
  const subject: Token[] = [];
  for (let i = skipLeadingAdverbial(tokens, from, to); i < to; i++) {
    const t = tokens[i];
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    if (SUBJECT_TAGS.has(t.pos)) subject.push(t);
  }
  return subject;
}

/** "In May 2011 a court ...", "At the end of May his wife ...", "In late May, Alma ...". */
function skipLeadingAdverbial(tokens: Token[], from: number, to: number): number {
  if (tokens[from]?.pos !== 'ADP' && tokens[from]?.pos !== 'SCONJ') return from;
  for (let i = from + 1; i < Math.min(to, from + 9); i++) {
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') break;
    if (tokens[i].text === ',') return i + 1;
  }
  let seenNoun = false;
  let i = from + 1;
  for (; i < to; i++) {
    const t = tokens[i];
    if (t.pos === 'ADP') seenNoun = false;
    else if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') seenNoun = true;
    else if (seenNoun && (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'ADJ')) break;
    else if (t.pos === 'VERB' || t.pos === 'AUX') return from;
  }
  return i;
}

/** For ", who ...": the name or noun right before the comma. */
function antecedentBefore(tokens: Token[], comma: number): Token[] {
  const words: Token[] = [];
  for (let i = comma - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN') break;
    words.unshift(t);
  }
  return words;
}

function lastNonSeparator(tokens: Token[], from: number, to: number): Token | undefined {
  for (let i = to - 1; i >= from; i--) if (tokens[i].text !== ',' && tokens[i].text !== ';' && tokens[i].text !== ':') return tokens[i];
  return undefined;
}

function wordCount(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i].isWord) n++;
  return n;
}

function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true;
  return false;
}

const SENTENCE_END = /^[.!?\u2026]$/;
const CLOSING = /^["'\u201d\u2019)\]]$/;

function endsSentence(tokens: Token[]): boolean {
  let i = tokens.length - 1;
  while (i > 0 && CLOSING.test(tokens[i].text)) i--;
  return i >= 0 && SENTENCE_END.test(tokens[i].text);
}
