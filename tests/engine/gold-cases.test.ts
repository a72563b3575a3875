// The engine against hand-made readings: the shipped sample must stay perfect, and the tuning
// and held-out cases must not fall below where the engine stands today.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { loadCaseFolder } from '../../cli/load-case';
import { scoreAgainstGold, type GoldCase } from './gold-scoring';

function score(folder: string) {
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as GoldCase;
  return scoreAgainstGold(analyze(loadCaseFolder(folder)), gold);
}

function scoreAll(root: string) {
  const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, d.name));
  const scores = folders.map(score);
  return { right: scores.reduce((s, x) => s + x.right, 0), total: scores.reduce((s, x) => s + x.total, 0), scores };
}

describe('gold cases', () => {
  it('reads the Ablyazov sample exactly as its gold reading', () => {
    const result = score('samples/ablyazov-2013');
    expect(result.missed).toEqual([]);
    expect(result.linkF1).toBeGreaterThanOrEqual(0.95);
  });

  // The other shipped samples were written after the engine was tuned and are scored like
  // held-out cases: floors a little below where the engine stands (points right, link F1).
  it.each([
    ['aurora-crest-rescue', 11, 0.55],
    ['fenner-road-fire', 16, 0.7],
  ])('does not fall below its current reading of samples/%s', (name, right, linkF1) => {
    const result = score(join('samples', name));
    expect(result.right).toBeGreaterThanOrEqual(right);
    expect(result.linkF1).toBeGreaterThanOrEqual(linkF1);
  });

  it('gets most points of the tuning cases right', () => {
    const { right, total, scores } = scoreAll('tests/fixtures/cases');
    expect(right / total).toBeGreaterThanOrEqual(0.68);
    for (const s of scores) expect(s.right / s.total).toBeGreaterThanOrEqual(0.55);
  });

  it('does at least as well as word overlap on cases it was not tuned on', () => {
    // A plain word-overlap matcher gets 17 of these 56 points; these cases reword agreed facts
    // almost entirely, so this is a floor against regressions, not a target. (The link model is
    // fitted on them too; left out in turn, it gets 22.)
    const { right } = scoreAll('tests/fixtures/heldout');
    expect(right).toBeGreaterThanOrEqual(20);
  });

  it('beats word overlap on the validation cases, which the link model is never fitted on', () => {
    // Written by someone who had not seen the engine; word overlap gets 34 of these 67 points.
    const { right, total } = scoreAll('tests/fixtures/validation');
    expect(total).toBe(67);
    expect(right).toBeGreaterThanOrEqual(35);
  });
});
