// Stage 1 of each source (normalised text, sentences, claim units), kept between analyses of a
// case that changes a source at a time: the app re-analyses on every edit, and in a long dossier
// reading the sources the user did not touch was a third of each re-analysis. The cache is the
// caller's (the app's analysis worker owns one); the engine keeps no state between analyses.
// Units are never changed once made, so one analysis can share them with the next.
import { prepareText, type PreparedText } from './text';
import { splitSentences } from './sentences';
import { splitClaims, type ClaimUnit } from './claims';

export interface SplitSource {
  text: PreparedText;
  units: ClaimUnit[];
}

/** Stage 1 of one source: its text prepared and split into sentences and claim units. */
export function splitSource(id: string, text: string): SplitSource {
  const prepared = prepareText(text);
  return { text: prepared, units: splitClaims(id, splitSentences(prepared)) };
}

export class SplitCache {
  private kept = new Map<string, { text: string; split: SplitSource }>();

  /** Source `id`'s stage 1 for `text`: the one kept if its text is unchanged. */
  split(id: string, text: string): SplitSource {
    const known = this.kept.get(id);
    if (known && known.text === text) return known.split;
    const split = splitSource(id, text);
    this.kept.set(id, { text, split });
    return split;
  }

  /** Forgets every source but `ids`, so the cache holds one case at most. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of [...this.kept.keys()]) if (!ids.has(id)) this.kept.delete(id);
  }

  get size(): number {
    return this.kept.size;
  }
}
