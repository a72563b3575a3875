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
  [['close', 'to'], (n) => [n * 0.85, n]], [['within'], (n) => [0, n]],
];
const PERSON_WORDS = new Set(['nobody', 'noone']);
const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion']);
const PROPORTION_OF = new Set(['the', 'of', 'their', 'its', 'his', 'her', 'all']);
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const ONES = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/** "twenty-one" tokenised as twenty / - / one: the dash joins the run (the next step adds "one"). */
function isHyphenatedTens(content: Token[], j: number): boolean {
  const dash = content[j + 1];
  const ones = content[j + 2];
  return TENS.has(content[j].lower) && dash?.text === '-' && !!ones && ONES.has(ones.lower) && dash.start === content[j].end && ones.start === dash.end;
}
const UNIT_SKIP = new Set(['ADJ', 'NUM']);
const PARTITIVE_PRONOUNS = new Set(['them', 'these', 'those', 'us', 'whom']);

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
    if (VAGUE_AMOUNTS.has(t.lower) && (content[i + 1]?.lower === 'of' || t.lower === 'several' || t.lower === 'few')) {
      if (t.lower === 'few' && content[i - 1]?.lower !== 'a') continue;
      const [low, high] = VAGUE_AMOUNTS.get(t.lower)!;
      const unit = unitAfter(content, i + 1);
      found.push(make(content, i, unit.end, low, high, unit.lemma));
      i = unit.end;
      continue;
    }
    if (!isNumberWord(t.lower)) continue;
    if (t.lower === 'one' && content[i + 1]?.lower === 'of') continue;
    // "half the homes", "half of the residents": a proportion, not a count of half a home.
    if (t.lower === 'half' && PROPORTION_OF.has(content[i + 1]?.lower ?? '')) {
      const [modFrom] = modifierBefore(content, i);
      found.push(make(content, Math.min(modFrom, i), i, 50, 50, 'percent'));
      continue;
    }
    // "40-60 homes" as one token is a range, not 40 plus 60.
    const dashed = /^(\d[\d,]*(?:\.\d+)?)-(\d[\d,]*(?:\.\d+)?)$/.exec(t.lower);
    let j = i;
    // "two hundred and fifty" joins, "40 and 60" does not; "twenty-one" is one number.
    while (j + 1 < content.length && !dashed && (isNumberWord(content[j + 1].lower) || (content[j + 1].lower === 'and' && SCALE_WORDS.has(content[j].lower) && isNumberWord(content[j + 2]?.lower ?? '')) || isHyphenatedTens(content, j))) j++;
    const value = dashed ? parseNumber([dashed[1]]) : parseNumber(content.slice(i, j + 1).map((w) => w.lower));
    if (value === null) continue;
    const [modFrom, bound] = modifierBefore(content, i);
    let [low, high]: [number | null, number | null] = bound ? bound(value) : [value, value];
    const dashedUpper = dashed ? parseNumber([dashed[2]]) : null;
    if (dashedUpper !== null && dashedUpper > value) [low, high] = [value, dashedUpper];
    let end = j;
    // "between 40 and 60", "40 to 60", "40-60"
    const rangeWord = content[j + 1]?.lower;
    if ((rangeWord === 'to' || rangeWord === '-' || (rangeWord === 'and' && content[modFrom]?.lower === 'between')) && content[j + 2] && isNumberWord(content[j + 2].lower)) {
      const upper = parseNumber([content[j + 2].lower]);
      if (upper !== null && upper > value) {
        high = upper;
        low = value;
        end = j + 2;
      }
    }
    const unit = t.lower.endsWith('%') ? { lemma: 'percent', end } : content[end + 1]?.lower === '%' || content[end + 1]?.lower === 'percent' || content[end + 1]?.lower === 'per' ? { lemma: 'percent', end: end + 1 } : unitAfter(content, end + 1);
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

/** The counted noun: "1,200 jobs", "hundreds of displaced families", "two of the city's 140 polling stations". */
function unitAfter(content: Token[], from: number): { lemma: string | null; end: number } {
  let i = from;
  if (content[i]?.lower === 'of') i++;
  // "nineteen of them were minors": a count of a pronoun names what it counts after the copula.
  if (i > from && PARTITIVE_PRONOUNS.has(content[i]?.lower ?? '') && content[i + 1]?.lemma === 'be') {
    const named = unitAfter(content, i + 2);
    if (named.lemma) return named;
  }
  if (content[i]?.lower === 'the' || content[i]?.lower === 'their' || content[i]?.lower === 'our') i++;
  // "a 78-year-old man" states an age, not a count of years (the tokeniser may split "78-year").
  if (content[i]?.text === '-' && content[i + 1]?.lemma === 'year') i++;
  if (content[i]?.lemma === 'year' && content[i + 1]?.text === '-' && content[i + 2]?.lower === 'old') return { lemma: 'year-old', end: i + 2 };
  let head: Token | null = null;
  let end = from - 1;
  for (let k = i; k < content.length && k < i + 6; k++) {
    const t = content[k];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      head = t;
      end = k;
    } else if (t.lower === "'s" && head) {
      // "the city's 140 stations": what is counted comes after the possessive.
      head = null;
    } else if (!UNIT_SKIP.has(t.pos) && t.text !== '-' && !(t.pos === 'VERB' && t.lower.endsWith('ing'))) break;
    if (head && !/^(NOUN|PROPN)$/.test(content[k + 1]?.pos ?? '') && content[k + 1]?.lower !== "'s") break;
  }
  return head ? { lemma: head.lemma, end } : { lemma: null, end: from - 1 };
}

function modifierBefore(content: Token[], i: number): [number, Bound | null] {
  for (let m = 0; m < MODIFIERS.length; m++) {
    const words = MODIFIERS[m][0];
    const bound = MODIFIERS[m][1];
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

/** Jobs are counted like the people who hold them: "870 jobs" / "900 workers". */
const JOB_NOUNS = new Set(['job', 'post', 'position', 'workplace']);
export const PEOPLE_NOUNS = new Set(['person', 'people', 'resident', 'family', 'household', 'civilian', 'villager', 'inhabitant', 'victim', 'citizen', 'worker', 'employee', 'child', 'adult', 'man', 'woman', 'patient', 'voter', 'refugee', 'individual']);

/** Lengths of time in minutes, so that "two hours" meets "120 minutes" and contests "20 minutes". */
const DURATION_MINUTES: Record<string, number> = { second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10_080, fortnight: 20_160, month: 43_830, year: 525_960 };

/** A length of time restated in minutes; any other quantity as it is. */
export function inMinutes(q: Quantity): Quantity {
  const scale = q.unit ? DURATION_MINUTES[q.unit] : undefined;
  if (scale === undefined) return q;
  return { ...q, low: q.low === null ? null : q.low * scale, high: q.high === null ? null : q.high * scale, unit: 'minute' };
}

/** Two counts are about comparable things: the same noun, both counts of people, or both lengths of time. */
export function unitsComparable(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return a === b || (countsPeople(a) && countsPeople(b)) || (a in DURATION_MINUTES && b in DURATION_MINUTES);
}

// Module-level rather than a closure: this runs for every pair of counts, and tsx (the CLI and
// the bench) gives every closure it creates a name with a property definition.
function countsPeople(unit: string): boolean {
  return PEOPLE_NOUNS.has(unit) || JOB_NOUNS.has(unit);
}

/**
 * Ranges that cannot both be true. A round or approximate figure allows a tenth either way
 * ("1,200 jobs" / "1,250 jobs"); an exact, unrounded count does not ("three schools" / "four").
 */
export function rangesConflict(first: Quantity, second: Quantity): boolean {
  const a = inMinutes(first);
  const b = inMinutes(second);
  const aLow = a.low ?? -Infinity, aHigh = a.high ?? Infinity, bLow = b.low ?? -Infinity, bHigh = b.high ?? Infinity;
  return gap(aHigh, bLow, a, b) || gap(bHigh, aLow, b, a);
}

/** `x` ends (at `high`) clearly below where `y` starts (at `low`). */
function gap(high: number, low: number, x: Quantity, y: Quantity): boolean {
  return Number.isFinite(high) && high + Math.max(slack(x, high), slack(y, low)) < low;
}

function slack(q: Quantity, bound: number): number {
  if (!Number.isFinite(bound)) return 0;
  const exact = q.low !== null && q.low === q.high && Number.isInteger(q.low) && (q.low === 0 || q.low % 10 !== 0);
  return exact ? 0 : Math.max(1, Math.abs(bound) * 0.1);
}
