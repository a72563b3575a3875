// Quantities in a claim, as ranges with the thing they count: "more than 1,200 jobs" is
// (1200, inf) jobs; "about 50 homes" is 45-55 homes; "nobody" is 0 people.
import type { Token } from './nlp';
import type { Quantity } from './types';
import { isNumberWord, parseNumber, VAGUE_AMOUNTS } from './numbers';
import { ZERO_QUANTIFIERS } from './lexicons/polarity';

type Bound = (n: number) => [number | null, number | null];
const MODIFIERS: [string[], Bound][] = [
  [['more', 'than'], (n) => [n, null]], [['over'], (n) => [n, null]], [['above'], (n) => [n, null]],
  [['at', 'least'], (n) => [n, null]], [['no', 'fewer', 'than'], (n) => [n, null]], [['upwards', 'of'], (n) => [n, null]],
  [['fewer', 'than'], (n) => [0, n]], [['less', 'than'], (n) => [0, n]], [['under'], (n) => [0, n]],
  [['at', 'most'], (n) => [0, n]], [['up', 'to'], (n) => [0, n]], [['no', 'more', 'than'], (n) => [0, n]],
  [['nearly'], (n) => [n * 0.85, n]], [['almost'], (n) => [n * 0.85, n]],
  [['about'], (n) => [n * 0.85, n * 1.15]], [['around'], (n) => [n * 0.85, n * 1.15]], [['some'], (n) => [n * 0.85, n * 1.15]],
  [['approximately'], (n) => [n * 0.85, n * 1.15]], [['roughly'], (n) => [n * 0.85, n * 1.15]], [['an', 'estimated'], (n) => [n * 0.85, n * 1.15]],
  [['close', 'to'], (n) => [n * 0.85, n]],
];
const PERSON_WORDS = new Set(['nobody', 'noone']);
const UNIT_SKIP = new Set(['ADJ', 'NUM']);

export function findQuantities(content: Token[], dateTokens: Set<number>): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < content.length; i++) {
    const t = content[i];
    if (dateTokens.has(t.start)) continue;
    const zero = zeroQuantity(content, i);
    if (zero) {
      found.push(zero.quantity);
      i = zero.next - 1;
      continue;
    }
    if (t.lower in VAGUE_AMOUNTS && (content[i + 1]?.lower === 'of' || t.lower === 'several' || t.lower === 'few')) {
      if (t.lower === 'few' && content[i - 1]?.lower !== 'a') continue;
      const [low, high] = VAGUE_AMOUNTS[t.lower];
      const unit = unitAfter(content, i + 1);
      found.push(make(content, i, unit.end, low, high, unit.lemma));
      i = unit.end;
      continue;
    }
    if (!(t.pos === 'NUM' || isNumberWord(t.lower)) || !isNumberWord(t.lower)) continue;
    if (t.lower === 'one' && content[i + 1]?.lower === 'of') continue;
    let j = i;
    while (j + 1 < content.length && (isNumberWord(content[j + 1].lower) || (content[j + 1].lower === 'and' && isNumberWord(content[j + 2]?.lower ?? '')))) j++;
    const value = parseNumber(content.slice(i, j + 1).map((w) => w.lower));
    if (value === null) continue;
    const [modFrom, bound] = modifierBefore(content, i);
    let [low, high]: [number | null, number | null] = bound ? bound(value) : [value, value];
    let end = j;
    // "between 40 and 60", "40 to 60", "40-60"
    const rangeWord = content[j + 1]?.lower;
    if ((rangeWord === 'to' || rangeWord === '-' || (rangeWord === 'and' && content[modFrom - 1]?.lower === 'between')) && content[j + 2] && isNumberWord(content[j + 2].lower)) {
      const upper = parseNumber([content[j + 2].lower]);
      if (upper !== null && upper > value) {
        high = upper;
        low = value;
        end = j + 2;
      }
    }
    const unit = t.lower.endsWith('%') || content[end + 1]?.lower === 'percent' || content[end + 1]?.lower === 'per' ? { lemma: 'percent', end: end + 1 } : unitAfter(content, end + 1);
    found.push(make(content, Math.min(modFrom, i), Math.max(end, unit.end), low, high, unit.lemma));
    i = Math.max(end, unit.end);
  }
  return found;
}

function zeroQuantity(content: Token[], i: number): { quantity: Quantity; next: number } | null {
  const t = content[i];
  if (PERSON_WORDS.has(t.lower) || (t.lower === 'no' && content[i + 1]?.lower === 'one')) {
    const end = t.lower === 'no' ? i + 1 : i;
    return { quantity: make(content, i, end, 0, 0, 'person'), next: end + 1 };
  }
  if (!ZERO_QUANTIFIERS.has(t.lower) || t.lower === 'nothing') return null;
  const of = t.lower === 'none' && content[i + 1]?.lower === 'of' ? i + 1 : i;
  const unit = unitAfter(content, of + 1);
  if (!unit.lemma) return null;
  return { quantity: make(content, i, unit.end, 0, 0, unit.lemma), next: unit.end + 1 };
}

/** The counted noun: "1,200 jobs", "hundreds of displaced families", "22 months". */
function unitAfter(content: Token[], from: number): { lemma: string | null; end: number } {
  let i = from;
  if (content[i]?.lower === 'of') i++;
  if (content[i]?.lower === 'the' || content[i]?.lower === 'their') i++;
  for (let k = i; k < Math.min(content.length, i + 3); k++) {
    const t = content[k];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return { lemma: t.lemma, end: k };
    if (!UNIT_SKIP.has(t.pos) && t.text !== '-') break;
  }
  return { lemma: null, end: from - 1 };
}

function modifierBefore(content: Token[], i: number): [number, Bound | null] {
  for (const [words, bound] of MODIFIERS) {
    const from = i - words.length;
    if (from >= 0 && words.every((w, k) => content[from + k].lower === w)) return [content[from - 1]?.lower === 'between' ? from - 1 : from, bound];
  }
  if (content[i - 1]?.lower === 'between') return [i - 1, null];
  return [i, null];
}

function make(content: Token[], from: number, to: number, low: number | null, high: number | null, unit: string | null): Quantity {
  const first = content[from];
  const last = content[Math.max(from, to)];
  return { start: first.start, end: last.end, text: spanText(content, from, Math.max(from, to)), low, high, unit };
}

function spanText(content: Token[], from: number, to: number): string {
  let text = '';
  for (let i = from; i <= to; i++) text += (i > from && content[i].start > content[i - 1].end ? ' ' : '') + content[i].text;
  return text;
}

const PEOPLE = new Set(['person', 'people', 'resident', 'family', 'household', 'civilian', 'villager', 'inhabitant', 'victim', 'citizen', 'worker', 'employee', 'child', 'adult', 'man', 'woman', 'patient', 'voter', 'refugee', 'individual']);

/** Two counts are about comparable things: the same noun, or both counts of people. */
export function unitsComparable(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return a === b || (PEOPLE.has(a) && PEOPLE.has(b));
}

/** Ranges that cannot both be true, allowing rounding of a tenth either way. */
export function rangesConflict(a: Quantity, b: Quantity): boolean {
  const aLow = a.low ?? -Infinity, aHigh = a.high ?? Infinity, bLow = b.low ?? -Infinity, bHigh = b.high ?? Infinity;
  const slack = (x: number) => Math.max(1, Math.abs(x) * 0.1);
  return aHigh + (Number.isFinite(aHigh) ? slack(aHigh) : 0) < bLow || bHigh + (Number.isFinite(bHigh) ? slack(bHigh) : 0) < aLow;
}
