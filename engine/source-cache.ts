// Stages 1-2 of each source (normalised text, sentences, claim units; analysed claims), kept
// between analyses of a case that changes a source at a time: the app re-analyses on every edit,
// and in a long dossier reading the sources the user did not touch was half of each re-analysis.
// A source's claims also depend on the case's names, so they are kept with the names they were
// made with. The cache is the caller's (the app's analysis worker owns one); the engine keeps no
// state between analyses. Units and claims are never changed once made, so one analysis can share
// them with the next.
import { prepareText, type PreparedText } from './text';
import { splitSentences } from './sentences';
import { splitClaims, type ClaimUnit } from './claims';
import type { AnalyzedClaim } from './features';

export interface SplitSource {
  text: PreparedText;
  units: ClaimUnit[];
}

/** Stage 1 of one source: its text prepared and split into sentences and claim units. */
export function splitSource(id: string, text: string): SplitSource {
  const prepared = prepareText(text);
  return { text: prepared, units: splitClaims(id, splitSentences(prepared)) };
}

/** What a source's claim analysis reads beyond the source itself: the case's names and aliases. */
export interface CaseNames {
  names: ReadonlySet<string>;
  aliasHeads: ReadonlyMap<string, string>;
}

interface Kept {
  text: string;
  split: SplitSource;
  /** The source's analysed claims, the units and case's names they were made from. */
  claims?: { made: AnalyzedClaim[]; units: ClaimUnit[]; names: CaseNames };
}

export class SourceCache {
  private kept = new Map<string, Kept>();

  /** Source `id`'s stage 1 for `text`: the one kept if its text is unchanged. */
  split(id: string, text: string): SplitSource {
    const known = this.kept.get(id);
    if (known && known.text === text) return known.split;
    const split = splitSource(id, text);
    this.kept.set(id, { text, split });
    return split;
  }

  /**
   * Source `id`'s analysed claims, made by `analyzeClaims` if its text or the case's names
   * changed since they were kept: an edit that brings no new name leaves the other sources' claims
   * as they were. `units`: those `split` gave for the source's text.
   */
  claims(id: string, units: ClaimUnit[], names: CaseNames, analyzeClaims: () => AnalyzedClaim[]): AnalyzedClaim[] {
    const known = this.kept.get(id);
    if (known?.claims && known.claims.units === units && sameNames(known.claims.names, names)) return known.claims.made;
    const made = analyzeClaims();
    if (known) known.claims = { made, units, names };
    return made;
  }

  /** Forgets every source but `ids`, so the cache holds one case at most. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of [...this.kept.keys()]) if (!ids.has(id)) this.kept.delete(id);
  }

  get size(): number {
    return this.kept.size;
  }
}

function sameNames(a: CaseNames, b: CaseNames): boolean {
  if (a === b) return true;
  if (a.names.size !== b.names.size || a.aliasHeads.size !== b.aliasHeads.size) return false;
  for (const name of a.names) if (!b.names.has(name)) return false;
  for (const [alias, head] of a.aliasHeads) if (b.aliasHeads.get(alias) !== head) return false;
  return true;
}
