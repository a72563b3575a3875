import { describe, it, expect } from 'vitest';
import { findTimes, timeKey, timesConflict, type TimeMention } from '../../engine/times';
import { findQuantities } from '../../engine/quantities';
import { analyze } from '../../engine/analyze';
import { tokensOf } from './helpers';

function times(text: string): TimeMention[] {
  const found = findTimes(tokensOf(text));
  for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  return found;
}
const one = (text: string) => {
  const found = times(text);
  expect(found).toHaveLength(1);
  return found[0];
};

function pointsOf(a: string, b: string) {
  const result = analyze({ title: 't', sources: [{ id: 'a', name: 'A', text: a }, { id: 'b', name: 'B', text: b }] });
  return { points: result.points, claims: result.claims };
}

describe('findTimes', () => {
  it('reads "6.30 pm", "18:30" and "half past six in the evening" as one time', () => {
    const written = ['The fire started at 6.30 pm.', 'The fire started at 18:30.', 'The fire started at half past six in the evening.', 'The fire started at 6.30pm.'];
    for (const text of written) {
      const t = one(text);
      expect(t.minutes).toBe(18 * 60 + 30);
      expect(t.twelveHour).toBe(false);
      expect(timeKey(t)).toBe('time:6:30');
    }
  });

  it('keeps "half past six" alone open to morning or evening, and keys it like 18:30', () => {
    const t = one('The fire started at half past six.');
    expect(t.twelveHour).toBe(true);
    expect(timeKey(t)).toBe('time:6:30');
  });

  it('reads 24-hour, military and named times', () => {
    expect(one('We alerted the centre at 04:10.').minutes).toBe(4 * 60 + 10);
    expect(one('The patrol left at 0410 hrs.').minutes).toBe(4 * 60 + 10);
    expect(one('The warning came at 11 pm.').minutes).toBe(23 * 60);
    expect(one('The warning came at midnight.').minutes).toBe(0);
    expect(one('The office opens at ten o\'clock.').minutes).toBe(10 * 60);
    expect(one('The bus left at quarter to eight.').minutes).toBe(7 * 60 + 45);
  });

  it('turns "after", "shortly after" and "around" into ranges', () => {
    const after = one('The warning reached us after 11 pm.');
    expect([after.low, after.high]).toEqual([23 * 60, 29 * 60]);
    const shortly = one('A fire broke out shortly after 6.30 pm.');
    expect([shortly.low, shortly.high]).toEqual([18 * 60 + 30, 19 * 60]);
    expect(shortly.text).toBe('shortly after 6.30 pm');
    const around = one('It started at around 18:30.');
    expect([around.low, around.high]).toEqual([18 * 60 + 10, 18 * 60 + 50]);
  });

  it('does not read prices, decimals or plain counts as times', () => {
    expect(times('The price rose by 6.30 to 7.50 euros.')).toEqual([]);
    expect(times('Turnout was 6.30 percent higher.')).toEqual([]);
    expect(times('Eleven people were hurt.')).toEqual([]);
  });
});

describe('timesConflict', () => {
  it('18:30, 6.30 pm and half past six fit together', () => {
    expect(timesConflict(one('It began at 18:30.'), one('It began at 6.30 pm.'))).toBe(false);
    expect(timesConflict(one('It began at 18:30.'), one('It began at half past six.'))).toBe(false);
    expect(timesConflict(one('It began at around 18:30.'), one('It began at 18:45.'))).toBe(false);
  });

  it('20:15 and "after 11 pm", or 6.30 am and 6.30 pm, do not', () => {
    expect(timesConflict(one('The first warning came at 20:15.'), one('The first warning came after 11 pm.'))).toBe(true);
    expect(timesConflict(one('It began at 6.30 am.'), one('It began at 6.30 pm.'))).toBe(true);
  });
});

describe('times in the comparison', () => {
  it('agrees on one time written three ways, with no count read from it', () => {
    const { points, claims } = pointsOf('The fire started at 6.30 pm on Tuesday.', 'The fire started at 18:30 on Tuesday.');
    expect(claims.every((c) => c.quantities.length === 0)).toBe(true);
    expect(points).toHaveLength(1);
    expect(points[0].status).toBe('agreed');
  });

  it('contests times of one event that cannot both be right', () => {
    const { points } = pointsOf('The authority issued its first warning at 20:15.', 'The first warning from the authority was issued after 11 pm.');
    expect(points).toHaveLength(1);
    expect(points[0].status).toBe('contested');
    expect(points[0].reasons.some((r) => r.kind === 'quantity' && r.detail.includes('times'))).toBe(true);
  });
});

describe('words that are names of built-in object properties', () => {
  it('are neither times nor counts ("constructor", "valueOf")', () => {
    const tokens = tokensOf('The constructor said valueOf was wrong at toString past hasOwnProperty.');
    expect(findTimes(tokens)).toEqual([]);
    expect(findQuantities(tokens, new Set())).toEqual([]);
  });
});
