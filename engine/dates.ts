// Dates in a claim, kept at the precision the text states: "16 December 2011" -> 2011-12-16,
// "late May" -> --05, "early 2009" -> 2009, "on Tuesday" -> weekday tuesday.
import type { Token } from './nlp';
import type { DateMention } from './types';
import { startsWithDigit } from './chars';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = new Map(Object.entries({ jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 }));
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PART_OF_PERIOD = new Set(['early', 'late', 'mid', 'end', 'beginning', 'start', 'middle']);

/** A month's number, and whether the word is an abbreviation ("Dec"), which must be capitalised. */
interface MonthWord {
  month: number;
  abbreviated: boolean;
}

/** Months, their abbreviations and weekdays in one table: one lookup per token turns down most words. */
const DATE_WORDS = new Map<string, MonthWord | 'weekday'>();
MONTHS.forEach((m, i) => DATE_WORDS.set(m, { month: i + 1, abbreviated: false }));
for (const [abbreviation, month] of MONTH_ABBREVIATIONS) DATE_WORDS.set(abbreviation, { month, abbreviated: true });
for (const day of WEEKDAYS) DATE_WORDS.set(day, 'weekday');

/** The token's entry in DATE_WORDS: read once per token, as most tokens of every claim are no date word. */
function dateWordOf(t: Token): MonthWord | 'weekday' | undefined {
  const word = DATE_WORDS.get(t.lower);
  // "Dec." is written with its full stop as one token.
  if (word === undefined && t.lower.length <= 5 && t.lower.endsWith('.')) return DATE_WORDS.get(t.lower.slice(0, -1));
  return word;
}

function monthOf(t: Token, word: MonthWord | 'weekday' | undefined): number | null {
  if (word === undefined || word === 'weekday') return null;
  if (word.abbreviated) return t.lower.length <= 5 && /^[A-Z]/.test(t.text) ? word.month : null;
  // A full name with a full stop ("May.") is not a month word; "may" is a month only when capitalised and not a modal verb.
  if (t.lower.endsWith('.') || (word.month === 5 && (t.text !== 'May' || t.pos === 'AUX'))) return null;
  return word.month;
}

// Both start with a digit: most words are turned down by that before any regular expression runs.
const isYear = (t: Token | undefined) => !!t && startsWithDigit(t.text) && /^(1[6-9]|20)\d\d$/.test(t.text);
const isDay = (t: Token | undefined) => !!t && startsWithDigit(t.lower) && /^([12]?\d|3[01])(st|nd|rd|th)?$/.test(t.lower);
const pad = (n: number) => String(n).padStart(2, '0');

export function findDates(content: Token[]): DateMention[] {
  const found: DateMention[] = [];
  for (let i = 0; i < content.length; i++) {
    const t = content[i];
    const word = dateWordOf(t);
    const month = monthOf(t, word);
    if (month !== null) {
      let from = i;
      let to = i;
      let day: number | null = null;
      let year: number | null = null;
      if (isDay(content[i - 1])) {
        day = parseInt(content[i - 1].lower, 10);
        from = i - 1;
      } else if (isDay(content[i + 1]) && !isYear(content[i + 1])) {
        day = parseInt(content[i + 1].lower, 10);
        to = i + 1;
      }
      const yearAt = content[to + 1]?.text === ',' ? to + 2 : to + 1;
      if (isYear(content[yearAt])) {
        year = Number(content[yearAt].text);
        to = yearAt;
      }
      from = includePeriodWords(content, from);
      const value = `${year ?? '-'}-${pad(month)}${day ? `-${pad(day)}` : ''}`;
      found.push(mention(content, from, to, year ? value : `--${pad(month)}${day ? `-${pad(day)}` : ''}`));
      i = to;
    } else if (isYear(t) && (content[i - 1]?.pos === 'ADP' || PART_OF_PERIOD.has(content[i - 1]?.lower ?? '') || content[i - 1]?.text === ',')) {
      found.push(mention(content, includePeriodWords(content, i), i, t.text));
    } else if (word === 'weekday' && /^[A-Z]/.test(t.text)) {
      found.push(mention(content, i, i, `weekday:${t.lower}`));
    }
  }
  return found;
}

/** "late May", "the end of May", "early 2009": the period words belong to the date's span. */
function includePeriodWords(content: Token[], from: number): number {
  if (PART_OF_PERIOD.has(content[from - 1]?.lower ?? '')) return from - 1;
  if (content[from - 1]?.lower === 'of' && PART_OF_PERIOD.has(content[from - 2]?.lower ?? '')) {
    return content[from - 3]?.lower === 'the' ? from - 3 : from - 2;
  }
  return from;
}

function mention(content: Token[], from: number, to: number, value: string): DateMention {
  let text = '';
  for (let i = from; i <= to; i++) text += (i > from && content[i].start > content[i - 1].end ? ' ' : '') + content[i].text;
  return { start: content[from].start, end: content[to].end, text, value };
}

interface DateParts {
  year: string | null;
  month: string | null;
  day: string | null;
}

function partsOf(value: string): DateParts {
  if (value.startsWith('--')) {
    const [month, day] = value.slice(2).split('-');
    return { year: null, month, day: day ?? null };
  }
  const [year, month, day] = value.split('-');
  return { year, month: month ?? null, day: day ?? null };
}

/** Two dates name different days (or months, or years) at the precision both state. */
export function datesConflict(a: string, b: string): boolean {
  if (a.startsWith('weekday:') || b.startsWith('weekday:')) return a.startsWith('weekday:') && b.startsWith('weekday:') && a !== b;
  const pa = partsOf(a);
  const pb = partsOf(b);
  return (['year', 'month', 'day'] as const).some((k) => pa[k] !== null && pb[k] !== null && pa[k] !== pb[k]);
}
