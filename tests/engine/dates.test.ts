import { describe, it, expect } from 'vitest';
import { datesConflict, findDates } from '../../engine/dates';
import { tokensOf } from './helpers';

function dates(text: string) {
  const found = findDates(tokensOf(text));
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found.map((d) => ({ text: d.text, value: d.value }));
}

describe('findDates', () => {
  it('"16 December 2011" and "December 16, 2011" read as the same day', () => {
    expect(dates('The court ruled on 16 December 2011 that he was guilty.')).toEqual([{ text: '16 December 2011', value: '2011-12-16' }]);
    expect(dates('The court ruled on December 16, 2011 that he was guilty.')).toEqual([{ text: 'December 16, 2011', value: '2011-12-16' }]);
  });

  it('abbreviated months', () => {
    expect(dates('He was arrested on Dec. 16, 2011.')).toEqual([{ text: 'Dec. 16, 2011', value: '2011-12-16' }]);
  });

  it('a month and year, a day and month', () => {
    expect(dates('In May 2013 she was deported.')).toEqual([{ text: 'May 2013', value: '2013-05' }]);
    expect(dates('She was deported on 31 May.')).toEqual([{ text: '31 May', value: '--05-31' }]);
  });

  it('"late May" and "the end of May" keep the period words and month precision', () => {
    expect(dates('She was deported in late May.')).toEqual([{ text: 'late May', value: '--05' }]);
    expect(dates('She was deported at the end of May.')).toEqual([{ text: 'the end of May', value: '--05' }]);
  });

  it('"early 2009" and "in 2009" are years', () => {
    expect(dates('The bank collapsed in early 2009.')).toEqual([{ text: 'early 2009', value: '2009' }]);
    expect(dates('He fled in 2009.')).toEqual([{ text: '2009', value: '2009' }]);
  });

  it('"on Tuesday" is a weekday', () => {
    expect(dates('The vote was held on Tuesday.')).toEqual([{ text: 'Tuesday', value: 'weekday:tuesday' }]);
  });

  it('"may" as a modal is not a date', () => {
    expect(dates('The plant may close soon.')).toEqual([]);
    expect(dates('Officials say it may be weeks before the road reopens.')).toEqual([]);
  });

  it('a bare number is not a year, and lowercase weekday-like words are not weekdays', () => {
    expect(dates('The plant employs 2011 workers.')).toEqual([]);
    expect(dates('The guards beat the prisoners.')).toEqual([]);
  });
});

describe('datesConflict', () => {
  it('different days, months or years conflict', () => {
    expect(datesConflict('2011-12-16', '2011-12-17')).toBe(true);
    expect(datesConflict('2011-12', '2011-11')).toBe(true);
    expect(datesConflict('2011', '2012-05')).toBe(true);
    expect(datesConflict('--05', '2013-06-01')).toBe(true);
  });

  it('dates that agree at the precision both state do not conflict', () => {
    expect(datesConflict('2011-12-16', '2011-12-16')).toBe(false);
    expect(datesConflict('2011-12-16', '2011-12')).toBe(false);
    expect(datesConflict('2011', '2011-12-16')).toBe(false);
    expect(datesConflict('--05', '2013-05-31')).toBe(false);
    expect(datesConflict('--05-31', '2013-05-31')).toBe(false);
  });

  it('weekdays only conflict with other weekdays', () => {
    expect(datesConflict('weekday:tuesday', 'weekday:friday')).toBe(true);
    expect(datesConflict('weekday:tuesday', 'weekday:tuesday')).toBe(false);
    expect(datesConflict('weekday:tuesday', '2011-12-16')).toBe(false);
  });

  it('round-trips through findDates', () => {
    const [a] = findDates(tokensOf('The court ruled on 16 December 2011.'));
    const [b] = findDates(tokensOf('The court ruled on December 17, 2011.'));
    const [c] = findDates(tokensOf('The court ruled in December 2011.'));
    expect(datesConflict(a.value, b.value)).toBe(true);
    expect(datesConflict(a.value, c.value)).toBe(false);
  });
});
