// A point's reasons, grouped by kind for reading (the drawer, the presenter and the reports). A
// point of many sources has one reason per contesting pair (a 19-source point can have 171): read
// one by one they bury what differs. So a kind with more reasons than a reader takes in at a glance
// is summed up as the words each source uses, with every pair still listed behind a disclosure.
import type { Claim, Reason, ReasonKind } from '../engine/types';

/** Up to this many reasons of one kind are listed one by one; more are summed up. */
export const LISTED_PER_KIND = 3;
/** What a summary quotes of one source: its first few cue words, each cut to a phrase. */
const WORDS_PER_SOURCE = 3;
/** Words read per source before the shared ones are taken out: enough to find them, bounded. */
const WORDS_READ_PER_SOURCE = 12;
const MAX_WORDS_CHARS = 40;

export interface SourceWords {
  source: string;
  /** The words the kind's cues mark in this source's claims, each once, in order of first mention. */
  words: string[];
}

export interface ReasonGroup {
  kind: ReasonKind;
  reasons: Reason[];
  /** Set when the kind has more than `LISTED_PER_KIND` reasons: each source it involves, in column order. */
  summary?: SourceWords[];
  /** With `summary`: the words every one of its sources uses, said once rather than on each line. */
  shared?: string[];
}

/** Groups in the order each kind first appears (contests before agreements, as the engine lists them). */
export function groupReasons(reasons: readonly Reason[], claims: ReadonlyMap<string, Claim>, sourceOrder: readonly string[], listedPerKind = LISTED_PER_KIND): ReasonGroup[] {
  const groups = new Map<ReasonKind, ReasonGroup>();
  for (const reason of reasons) {
    const group = groups.get(reason.kind);
    if (group) group.reasons.push(reason);
    else groups.set(reason.kind, { kind: reason.kind, reasons: [reason] });
  }
  for (const group of groups.values()) {
    if (group.reasons.length <= listedPerKind) continue;
    const bySource = wordsBySource(group.reasons, claims, sourceOrder);
    const shared = sharedWords(bySource);
    group.summary = bySource.map(({ source, words }) => ({ source, words: words.filter((w) => !shared.has(w.toLowerCase())).slice(0, WORDS_PER_SOURCE) }));
    group.shared = (bySource[0]?.words ?? []).filter((w) => shared.has(w.toLowerCase())).slice(0, WORDS_PER_SOURCE);
  }
  return [...groups.values()];
}

function wordsBySource(reasons: readonly Reason[], claims: ReadonlyMap<string, Claim>, sourceOrder: readonly string[]): SourceWords[] {
  const bySource = new Map<string, SourceWords>();
  const entry = (source: string) => {
    let found = bySource.get(source);
    if (!found) bySource.set(source, (found = { source, words: [] }));
    return found;
  };
  for (const reason of reasons) {
    for (const id of reason.claims) {
      const claim = claims.get(id);
      if (claim) entry(claim.source);
    }
    for (const cue of reason.cues) {
      const claim = claims.get(cue.claim);
      if (!claim) continue;
      const words = entry(claim.source).words;
      const text = cueText(claim, cue.start, cue.end);
      if (text && words.length < WORDS_READ_PER_SOURCE && !words.some((w) => w.toLowerCase() === text.toLowerCase())) words.push(text);
    }
  }
  const column = new Map(sourceOrder.map((id, i) => [id, i]));
  const last = sourceOrder.length;
  return [...bySource.values()].sort((a, b) => (column.get(a.source) ?? last) - (column.get(b.source) ?? last));
}

/**
 * The words (lowercase) that every source's list has, alone or inside a longer cue: touching cue
 * words merge ("teachers federation barricaded"), and that source still says "teachers federation".
 */
function sharedWords(bySource: readonly SourceWords[]): Set<string> {
  if (bySource.length < 2) return new Set();
  const lists = bySource.map((s) => s.words.map((w) => ` ${w.toLowerCase()} `));
  const says = (list: string[], word: string) => list.some((phrase) => phrase.includes(` ${word} `));
  return new Set(bySource[0].words.map((w) => w.toLowerCase()).filter((w) => lists.every((list) => says(list, w))));
}

/** The cue's words as the claim has them (offsets are the source text's), on one line. */
export function cueWords(claim: Claim, start: number, end: number): string {
  const from = Math.max(0, start - claim.start);
  const to = Math.min(claim.text.length, end - claim.start);
  return to <= from ? '' : claim.text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** `cueWords`, cut to a phrase for a summary line. */
function cueText(claim: Claim, start: number, end: number): string {
  const text = cueWords(claim, start, end);
  return text.length > MAX_WORDS_CHARS ? `${text.slice(0, MAX_WORDS_CHARS - 1).trimEnd()}…` : text;
}

/** "25 pairs of claims among 8 sources": what a summed-up kind covers. */
export function groupExtent(group: ReasonGroup): string {
  return `${group.reasons.length} pairs of claims among ${group.summary?.length ?? 0} sources`;
}

/** The summary's first line when its sources share words: "All 8 sources: “mountain pass”". */
export function sharedWordsLine(group: ReasonGroup): string | null {
  if (!group.shared?.length || !group.summary) return null;
  return sourceWordsLine(`All ${group.summary.length} sources`, group.shared);
}

/** One source's line of a summary: its name and the words its cues mark. */
export function sourceWordsLine(name: string, words: readonly string[]): string {
  return words.length ? `${name}: ${words.map((w) => `“${w}”`).join(', ')}` : name;
}
