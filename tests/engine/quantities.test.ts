import { describe, it, expect } from 'vitest';
import { findQuantities, rangesConflict, unitsComparable } from '../../engine/quantities';
import { findDates } from '../../engine/dates';
import { isNumberWord, parseNumber } from '../../engine/numbers';
import type { Quantity } from '../../engine/types';
import { tokensOf } from './helpers';

/** Quantities of a one-sentence text, with date tokens left out as the feature stage does. */
function quantities(text: string): Quantity[] {
  const tokens = tokensOf(text);
  const dateTokens = new Set<number>();
  for (const d of findDates(tokens)) for (const t of tokens) if (t.start >= d.start && t.end <= d.end) dateTokens.add(t.start);
  const found = findQuantities(tokens, dateTokens);
  for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  return found;
}

const one = (text: string) => {
  const found = quantities(text);
  expect(found).toHaveLength(1);
  const { text: words, low, high, unit } = found[0];
  return { text: words, low, high, unit };
};

describe('parseNumber', () => {
  it('reads digits, grouped digits, decimals and scale suffixes', () => {
    expect(parseNumber(['300'])).toBe(300);
    expect(parseNumber(['1,200'])).toBe(1200);
    expect(parseNumber(['3.5'])).toBe(3.5);
    expect(parseNumber(['5m'])).toBe(5_000_000);
    expect(parseNumber(['45%'])).toBe(45);
  });

  it('reads number words', () => {
    expect(parseNumber(['fourteen'])).toBe(14);
    expect(parseNumber(['twenty-one'])).toBe(21);
    expect(parseNumber(['two', 'hundred', 'and', 'fifty'])).toBe(250);
    expect(parseNumber(['three', 'thousand'])).toBe(3000);
    expect(parseNumber(['a', 'dozen'])).toBe(12);
  });

  it('rejects words that are not numbers', () => {
    expect(parseNumber(['homes'])).toBeNull();
    expect(parseNumber([])).toBeNull();
    expect(isNumberWord('homes')).toBe(false);
    expect(isNumberWord('fourteen')).toBe(true);
  });
});

describe('findQuantities', () => {
  it('digits with the lemma of the counted noun', () => {
    expect(one('The plant employs 300 workers.')).toEqual({ text: '300 workers', low: 300, high: 300, unit: 'worker' });
    expect(one('The closure will cost 1,200 jobs.')).toEqual({ text: '1,200 jobs', low: 1200, high: 1200, unit: 'job' });
    expect(one('The river rose by 3.5 metres.')).toMatchObject({ low: 3.5, high: 3.5, unit: 'meter' });
    expect(one('He was jailed for 22 months.')).toMatchObject({ low: 22, unit: 'month' });
  });

  it('open ranges: "more than", "at least", "fewer than"', () => {
    expect(one('The closure will cost more than 3,000 jobs.')).toEqual({ text: 'more than 3,000 jobs', low: 3000, high: null, unit: 'job' });
    expect(one('At least 25 people died.')).toEqual({ text: 'At least 25 people', low: 25, high: null, unit: 'people' });
    expect(one('Fewer than 10 homes were damaged.')).toMatchObject({ low: 0, high: 10, unit: 'home' });
  });

  it('approximations: "about 50" is 50 give or take 15%', () => {
    const q = one('About 50 homes were flooded.');
    expect(q.text).toBe('About 50 homes');
    expect(q.unit).toBe('home');
    expect(q.low).toBeCloseTo(42.5);
    expect(q.high).toBeCloseTo(57.5);
  });

  it('"half the homes" is a proportion, not half a home', () => {
    expect(one('Half the homes were flooded.')).toMatchObject({ low: 50, high: 50, unit: 'percent' });
    expect(one('Half of the residents left.')).toMatchObject({ low: 50, high: 50, unit: 'percent' });
  });

  it('"a dozen", "hundreds of families", "dozens of people"', () => {
    expect(one('A dozen homes were flooded.')).toMatchObject({ low: 12, high: 12, unit: 'home' });
    expect(one('Hundreds of families fled the flood.')).toEqual({ text: 'Hundreds of families', low: 200, high: 999, unit: 'family' });
    expect(one('Dozens of people were hurt.')).toMatchObject({ low: 24, high: 99, unit: 'people' });
  });

  it('zero quantities: "nobody", "no homes", "none of the residents"', () => {
    expect(one('Nobody had to leave.')).toEqual({ text: 'Nobody', low: 0, high: 0, unit: 'person' });
    expect(one('No one had to leave.')).toMatchObject({ low: 0, high: 0, unit: 'person' });
    expect(one('No homes were damaged.')).toEqual({ text: 'No homes', low: 0, high: 0, unit: 'home' });
    expect(one('None of the residents left.')).toMatchObject({ low: 0, high: 0, unit: 'resident' });
  });

  it('number words: "fourteen", "twenty-one", "two hundred and fifty"', () => {
    expect(one('Fourteen people died.')).toEqual({ text: 'Fourteen people', low: 14, high: 14, unit: 'people' });
    expect(one('Twenty-one people died.')).toEqual({ text: 'Twenty-one people', low: 21, high: 21, unit: 'people' });
    expect(one('Two hundred and fifty people died.')).toMatchObject({ low: 250, high: 250 });
  });

  it('ranges: "between 40 and 60", "40 to 60", "40-60"', () => {
    expect(one('Between 40 and 60 homes were damaged.')).toEqual({ text: 'Between 40 and 60 homes', low: 40, high: 60, unit: 'home' });
    expect(one('40 to 60 homes were damaged.')).toMatchObject({ low: 40, high: 60, unit: 'home' });
    expect(one('Some 40-60 homes were damaged.')).toMatchObject({ low: 40, high: 60, unit: 'home' });
  });

  it('two separate counts joined by "and" stay two counts', () => {
    const found = quantities('The plant employs 300 workers and 40 managers.');
    expect(found.map((q) => [q.low, q.unit])).toEqual([[300, 'worker'], [40, 'manager']]);
  });

  it('percentages, written with % or "percent"', () => {
    expect(one('Turnout was 45% in the city.')).toEqual({ text: '45%', low: 45, high: 45, unit: 'percent' });
    expect(one('Turnout was 45 percent in the city.')).toEqual({ text: '45 percent', low: 45, high: 45, unit: 'percent' });
  });

  it('a number with no counted noun has no unit', () => {
    expect(one('The score was 3.')).toMatchObject({ low: 3, unit: null });
  });

  it('finds no quantity where there is none', () => {
    expect(quantities('The guards beat the prisoners.')).toEqual([]);
    expect(quantities('One of the guards beat the prisoners.')).toEqual([]);
    expect(quantities('Few expected the plant to close.')).toEqual([]);
  });

  it('does not read a date as a count', () => {
    expect(quantities('The court ruled on 16 December 2011.')).toEqual([]);
  });
});

describe('rangesConflict and unitsComparable', () => {
  const q = (text: string) => one(text) as Quantity;

  it('300 jobs vs more than 1,200 jobs conflict', () => {
    const a = q('The closure will cost 300 jobs.');
    const b = q('The closure will cost more than 1,200 jobs.');
    expect(unitsComparable(a.unit, b.unit)).toBe(true);
    expect(rangesConflict(a, b)).toBe(true);
    expect(rangesConflict(b, a)).toBe(true);
  });

  it('14 vs at least 14 do not conflict', () => {
    const a = q('14 people died.');
    const b = q('At least 14 people died.');
    expect(unitsComparable(a.unit, b.unit)).toBe(true);
    expect(rangesConflict(a, b)).toBe(false);
    expect(rangesConflict(b, a)).toBe(false);
  });

  it('nobody vs hundreds of families conflict, as counts of people', () => {
    const a = q('Nobody had to leave.');
    const b = q('Hundreds of families fled the flood.');
    expect(unitsComparable(a.unit, b.unit)).toBe(true);
    expect(rangesConflict(a, b)).toBe(true);
  });

  it('rounding within a tenth does not conflict', () => {
    expect(rangesConflict(q('The closure will cost 1,200 jobs.'), q('The closure will cost 1,250 jobs.'))).toBe(false);
    expect(rangesConflict(q('About 50 homes were flooded.'), q('60 homes were flooded.'))).toBe(false);
    expect(rangesConflict(q('About 50 homes were flooded.'), q('80 homes were flooded.'))).toBe(true);
  });

  it('different things are not comparable', () => {
    expect(unitsComparable('job', 'home')).toBe(false);
    expect(unitsComparable('job', null)).toBe(false);
    expect(unitsComparable(null, null)).toBe(false);
    expect(unitsComparable('family', 'resident')).toBe(true);
    expect(unitsComparable('person', 'people')).toBe(true);
  });

  it('half the homes vs 48 percent do not conflict; vs 10 percent they do', () => {
    const half = q('Half the homes were flooded.');
    expect(unitsComparable(half.unit, 'percent')).toBe(true);
    expect(rangesConflict(half, q('Turnout was 48 percent in the city.'))).toBe(false);
    expect(rangesConflict(half, q('Turnout was 10 percent in the city.'))).toBe(true);
  });

  it('an exact, unrounded count allows no rounding: three schools are not four', () => {
    expect(rangesConflict(q('Four schools were closed.'), q('Three schools were closed.'))).toBe(true);
    expect(rangesConflict(q('A total of 87 persons were taken aboard.'), q('94 people were rescued.'))).toBe(true);
    // A round or approximate figure still allows a tenth either way.
    expect(rangesConflict(q('The plant employs 900 workers.'), q('The plant employs 870 workers.'))).toBe(false);
    expect(rangesConflict(q('About 90 people were rescued.'), q('87 people were rescued.'))).toBe(false);
  });

  it('lengths of time compare across units', () => {
    const hours = q('The strike lasted two hours.');
    expect(unitsComparable(hours.unit, 'minute')).toBe(true);
    expect(rangesConflict(hours, q('The strike lasted 120 minutes.'))).toBe(false);
    expect(rangesConflict(q('The call went unanswered for five hours.'), q('The centre answered within 20 minutes.'))).toBe(true);
    expect(unitsComparable('hour', 'school')).toBe(false);
  });
});

describe('what a count counts', () => {
  it('"nineteen of them were minors" counts minors; "two of them are in hospital" names nothing', () => {
    expect(one('Nineteen of them were minors.')).toMatchObject({ low: 19, unit: 'minor' });
    expect(one('Two of them are still in hospital.')).toMatchObject({ low: 2, unit: null });
  });

  it('"a 78-year-old man" states an age, however "78-year" is tokenised', () => {
    expect(one('A 78-year-old man died in the basement.').unit).toBe('year-old');
    expect(one('The dispute lasted 78 years.').unit).toBe('year');
  });
});
