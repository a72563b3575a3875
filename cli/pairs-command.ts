// `parallax pairs`: reading and checking the input, one {"a", "b"} object per line.
import { UserError } from './errors';
import { readTextFile } from './read-text';

const MAX_PAIRS_BYTES = 64 * 1024 * 1024;

export interface PairLine {
  line: number;
  a: string;
  b: string;
}

export function readPairs(path: string): PairLine[] {
  const text = readTextFile(path, MAX_PAIRS_BYTES, 'a pairs file');
  const pairs: PairLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new UserError(`${path} line ${line} is not valid JSON (${(error as Error).message}).`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UserError(`${path} line ${line} is not a JSON object; expected {"a": "...", "b": "..."}.`);
    const { a, b } = value as { a?: unknown; b?: unknown };
    for (const [key, field] of [['a', a], ['b', b]] as const) {
      if (typeof field !== 'string') throw new UserError(`${path} line ${line}: "${key}" must be a string; expected {"a": "...", "b": "..."}.`);
      if (!field.trim()) throw new UserError(`${path} line ${line}: "${key}" is empty; both texts need some words.`);
    }
    pairs.push({ line, a: a as string, b: b as string });
  });
  if (!pairs.length) throw new UserError(`${path} has no pairs; each line should be {"a": "...", "b": "..."}.`);
  return pairs;
}
