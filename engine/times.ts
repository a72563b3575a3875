// Times of day, read as times and never as counts: "6.30 pm", "18:30" and "half past six on
// Tuesday evening" are one time; "shortly after 6.30 pm" and "around 18:30" are short ranges.
import type { Token } from './nlp';
import { parseNumber } from './numbers';
import { startsWithDigit } from './chars';

export interface TimeMention {
  start: number;
  end: number;
  text: string;
  /** Minutes after midnight of the time as written (for a 12-hour reading, its morning reading). */
  minutes: number;
  /** The range the wording allows, in minutes: "after 11 pm" is [1380, 1380 + 6 h]. */
  low: number;
  high: number;
  /** Written without am/pm or a part of the day ("half past six"): morning or evening. */
  twelveHour: boolean;
}

const DAY = 24 * 60;
const MERIDIEM = /^(?:([ap])\.?m\.?)$/i;
const CLOCK = /^(\d{1,2})[:.](\d{2})(?:([ap])\.?m\.?)?$/i;
const HOUR_MERIDIEM = /^(\d{1,2})([ap])\.?m\.?$/i;
// Maps: looked up with every word, where a property read would also find "constructor".
const NAMED = new Map<string, number>([['noon', 12 * 60], ['midday', 12 * 60], ['midnight', 0]]);
const MINUTE_WORDS = new Map<string, number>(Object.entries({ quarter: 15, half: 30, five: 5, ten: 10, twenty: 20, 'twenty-five': 25 }));
const EVENING = new Set(['evening', 'afternoon', 'night', 'tonight']);
const MORNING = new Set(['morning', 'dawn']);
/** A dotted number is a time only after one of these ("at 6.30"), never after "by" (a change). */
const AT_TIME = new Set(['at', 'around', 'about', 'after', 'before', 'until', 'till', 'from', 'approximately', 'shortly', 'since']);
const APPROXIMATE = new Set(['around', 'about', 'approximately', 'roughly', 'circa']);

/** The tokens from `i` that touch each other ("6.3" + "0pm"), joined as the text writes them. */
function glued(content: Token[], i: number, most: number): { text: string; last: number }[] {
  const runs = [{ text: content[i].text, last: i }];
  for (let k = i + 1; k < content.length && k < i + most && content[k].start === content[k - 1].end; k++) runs.push({ text: runs[runs.length - 1].text + content[k].text, last: k });
  return runs.reverse();
}

interface Reading {
  minutes: number;
  last: number;
  /** Whether the wording fixes morning or evening. */
  fixed: boolean;
}

function readClock(content: Token[], i: number): Reading | null {
  const t = content[i];
  const named = NAMED.get(t.lower);
  if (named !== undefined) return { minutes: named, last: i, fixed: true };
  if (startsWithDigit(t.text)) {
    // "0410 hrs": the military clock
    if (/^\d{4}$/.test(t.text) && /^(hrs|hours)$/i.test(content[i + 1]?.text ?? '') && Number(t.text.slice(0, 2)) < 24 && Number(t.text.slice(2)) < 60) {
      return { minutes: Number(t.text.slice(0, 2)) * 60 + Number(t.text.slice(2)), last: i + 1, fixed: true };
    }
    for (const run of glued(content, i, 3)) {
      const clock = CLOCK.exec(run.text);
      const hourOnly = clock ? null : HOUR_MERIDIEM.exec(run.text);
      const bareHour = !clock && !hourOnly && /^\d{1,2}$/.test(run.text);
      if (!clock && !hourOnly && !bareHour) continue;
      const hour = Number(clock ? clock[1] : hourOnly ? hourOnly[1] : run.text);
      const minute = clock ? Number(clock[2]) : 0;
      if (hour > 23 || minute > 59) return null;
      let meridiem = clock ? clock[3] : hourOnly?.[2];
      let last = run.last;
      // "11 pm", "6.30 p.m.": the meridiem as the next word
      const next = content[last + 1];
      if (!meridiem && next && MERIDIEM.test(next.text)) {
        meridiem = next.text[0];
        last++;
      }
      // "12 noon"
      if (bareHour && next && NAMED.get(next.lower) !== undefined) return { minutes: NAMED.get(next.lower)!, last: last + 1, fixed: true };
      if (bareHour && !meridiem) return null;
      const colon = run.text.includes(':');
      // "6.30" alone may be a price or a score: a time only with am/pm or after "at".
      if (clock && !colon && !meridiem && !AT_TIME.has(content[i - 1]?.lower ?? '')) return null;
      if (meridiem) {
        if (hour < 1 || hour > 12) return null;
        return { minutes: ((hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0)) * 60 + minute, last, fixed: true };
      }
      // "18:30" and "04:10" are on the 24-hour clock; "6:30" could be either.
      return { minutes: hour * 60 + minute, last, fixed: hour > 12 || hour === 0 || (colon && run.text.startsWith('0')) };
    }
  }
  // "ten o'clock", "7 o'clock"
  if (content[i + 1]?.lower === "o'clock") {
    const hour = parseNumber([t.lower]);
    if (hour !== null && Number.isInteger(hour) && hour >= 1 && hour <= 12) return { minutes: hour * 60, last: i + 1, fixed: false };
  }
  // "half past six", "quarter to eight", "twenty past nine"
  const minute = MINUTE_WORDS.get(t.lower);
  const relation = content[i + 1]?.lower;
  if (minute !== undefined && (relation === 'past' || relation === 'to') && content[i + 2]) {
    const hour = parseNumber([content[i + 2].lower]);
    if (hour === null || !Number.isInteger(hour) || hour < 1 || hour > 12) return null;
    const minutes = (hour * 60 + (relation === 'past' ? minute : -minute) + DAY) % DAY;
    return { minutes, last: i + 2, fixed: false };
  }
  return null;
}

/** "in the evening", "on Tuesday evening", "that night": a part of the day within a few words. */
function partOfDay(content: Token[], last: number): 'am' | 'pm' | null {
  for (let k = last + 1; k < content.length && k <= last + 4; k++) {
    if (EVENING.has(content[k].lower)) return 'pm';
    if (MORNING.has(content[k].lower)) return 'am';
    if (content[k].pos === 'VERB' || content[k].text === ',') break;
  }
  return null;
}

export function findTimes(content: Token[]): TimeMention[] {
  const found: TimeMention[] = [];
  for (let i = 0; i < content.length; i++) {
    const reading = readClock(content, i);
    if (!reading) continue;
    let { minutes, fixed } = reading;
    if (!fixed) {
      const part = partOfDay(content, reading.last);
      if (part) {
        fixed = true;
        if (part === 'pm' && minutes < 12 * 60) minutes += 12 * 60;
      }
    }
    const [from, low, high] = modifiedRange(content, i, minutes);
    found.push({ start: content[from].start, end: content[reading.last].end, text: spanText(content, from, reading.last), minutes, low, high, twelveHour: !fixed });
    i = reading.last;
  }
  return found;
}

/** "shortly after", "just before", "around", "by", "between ... and": the range a time allows. */
function modifiedRange(content: Token[], i: number, t: number): [number, number, number] {
  const before = content[i - 1]?.lower ?? '';
  const twoBefore = content[i - 2]?.lower ?? '';
  const near = twoBefore === 'shortly' || twoBefore === 'just' || twoBefore === 'soon';
  if (before === 'after' || before === 'since') return near ? [i - 2, t, t + 30] : [i - 1, t, t + 6 * 60];
  if (before === 'before' || before === 'by') return near ? [i - 2, t - 30, t] : [i - 1, t - 6 * 60, t];
  if (APPROXIMATE.has(before)) return [i - 1, t - 20, t + 20];
  return [i, t, t];
}

function spanText(content: Token[], from: number, to: number): string {
  let text = '';
  for (let i = from; i <= to; i++) text += (i > from && content[i].start > content[i - 1].end ? ' ' : '') + content[i].text;
  return text;
}

/** A time's key for matching: hours on a 12-hour dial, so "18:30" meets "half past six". */
export function timeKey(time: TimeMention): string {
  const hour = Math.floor(time.minutes / 60) % 12;
  return `time:${hour}:${String(time.minutes % 60).padStart(2, '0')}`;
}

/** Two times that cannot both be right, on either reading of a 12-hour time, allowing five minutes. */
export function timesConflict(a: TimeMention, b: TimeMention): boolean {
  const period = a.twelveHour || b.twelveHour ? DAY / 2 : DAY;
  for (const shift of [-2 * period, -period, 0, period, 2 * period]) {
    if (a.low <= b.high + shift + 5 && b.low + shift <= a.high + 5) return false;
  }
  return true;
}
