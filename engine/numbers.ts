// Reading numbers written as digits or words ("1,200", "3.5", "fourteen", "twenty-one",
// "two hundred", "a dozen") and vague amounts ("hundreds", "dozens") as ranges.
import { startsWithDigit } from './chars';

// Maps, not object literals: a lookup by any word must not find Object.prototype's "constructor"
// or "toString", and Map lookups of fresh strings are several times faster than property reads.
const UNITS = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, half: 0.5,
}));
const SCALES = new Map<string, number>(Object.entries({ hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, bn: 1_000_000_000, m: 1_000_000, k: 1_000 }));

/** Plural vague amounts: "hundreds of families" is at least 200 and fewer than 1,000. */
export const VAGUE_AMOUNTS: ReadonlyMap<string, [number, number]> = new Map(Object.entries({
  dozens: [24, 99], scores: [40, 199], hundreds: [200, 999], thousands: [2_000, 9_999],
  'tens of thousands': [20_000, 99_999], millions: [2_000_000, 999_999_999], several: [3, 9], few: [2, 5],
  handful: [2, 6], many: [10, 1_000_000_000], numerous: [10, 1_000_000_000],
} as Record<string, [number, number]>));

export function isNumberWord(word: string): boolean {
  return UNITS.has(word) || SCALES.has(word) || startsWithDigit(word);
}

/** Parses a run of number words or one digit token; `null` when it is not a number. */
export function parseNumber(words: string[]): number | null {
  if (!words.length) return null;
  if (words.length === 1 && /^[$€£]?\d[\d,]*(\.\d+)?(bn|m|k)?%?$/i.test(words[0])) {
    const match = /^[$€£]?([\d,]*(?:\.\d+)?)(bn|m|k)?/i.exec(words[0])!;
    const value = Number(match[1].replace(/,/g, ''));
    return Number.isFinite(value) ? value * (match[2] ? SCALES.get(match[2].toLowerCase())! : 1) : null;
  }
  let total = 0;
  let current = 0;
  let any = false;
  for (const raw of words) {
    for (const word of raw.split('-')) {
      if (word === 'and' || word === 'a' || word === '') continue;
      const digits = /^\d[\d,]*(\.\d+)?$/.test(word) ? Number(word.replace(/,/g, '')) : null;
      if (digits !== null) {
        current += digits;
        any = true;
      } else if (UNITS.has(word)) {
        current += UNITS.get(word)!;
        any = true;
      } else if (SCALES.has(word)) {
        const scale = SCALES.get(word)!;
        current = (current || 1) * scale;
        if (scale >= 1_000) {
          total += current;
          current = 0;
        }
        any = true;
      } else return null;
    }
  }
  return any ? total + current : null;
}
