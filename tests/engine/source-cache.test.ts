// Sources read and analysed kept between analyses (engine/source-cache.ts): the app re-analyses on every
// edit, and reads again only the sources whose text changed. The analysis must not depend on it.
import { describe, expect, it } from 'vitest';
import { analyze, prepareSources } from '../../engine/analyze';
import { SourceCache } from '../../engine/source-cache';
import { prepareCheck, checkClaim } from '../../engine/check-claim';
import type { CaseInput } from '../../engine/types';
import { loadCaseFolder } from '../../cli/load-case';

const sample = loadCaseFolder('samples/ablyazov-2013');
const flood = loadCaseFolder('tests/fixtures/cases/river-flood');

/** `input` with source `index`'s text changed by `edit`. */
function edited(input: CaseInput, index: number, edit: (text: string) => string): CaseInput {
  return { ...input, sources: input.sources.map((s, i) => (i === index ? { ...s, text: edit(s.text) } : s)) };
}

const appended = (text: string) => `${text}\n\nThe minister resigned on Friday after the report was published.`;

describe('SourceCache', () => {
  it('gives the analysis of reading every source afresh, through a series of edits', () => {
    const cache = new SourceCache();
    const steps = [sample, edited(sample, 1, appended), edited(sample, 1, (t) => t.slice(0, Math.floor(t.length / 2))), sample, flood, edited(flood, 0, appended), sample];
    for (const input of steps) expect(analyze(input, undefined, { cache })).toEqual(analyze(input));
  });

  it('reads again only the source whose text changed', () => {
    const cache = new SourceCache();
    const before = prepareSources(sample, cache);
    const after = prepareSources(edited(sample, 2, (t) => `${t}\n\nThe minister resigned after the report was published.`), cache);
    const unitsOf = (prepared: typeof before, s: number) => prepared[s].claims.map((c) => c.unit);
    // Unchanged sources keep their very claim units (and sentences and tokens with them), and,
    // since the edit brings no new name, their analysed claims too.
    for (const s of [0, 1]) {
      unitsOf(after, s).forEach((unit, k) => expect(unit).toBe(unitsOf(before, s)[k]));
      expect(after[s].claims).toBe(before[s].claims);
    }
    expect(unitsOf(after, 2)[0]).not.toBe(unitsOf(before, 2)[0]);
    expect(unitsOf(after, 2).length).toBe(unitsOf(before, 2).length + 1);
  });

  it('analyses every source again when an edit brings a new name, which any claim may read', () => {
    const cache = new SourceCache();
    const before = prepareSources(sample, cache);
    const named = edited(sample, 2, (t) => `${t}\n\nThe minister said that Ferrante Albini had resigned.`);
    const after = prepareSources(named, cache);
    expect(after[0].claims).not.toBe(before[0].claims);
    expect(after[0].claims[0]).not.toBe(before[0].claims[0]);
    expect(analyze(named, undefined, { cache })).toEqual(analyze(named));
  });

  it('is not misled by two sources sharing an id', () => {
    const cache = new SourceCache();
    const [a, b] = flood.sources;
    const clash = { title: 'clash', sources: [a, { ...b, id: a.id }] };
    for (let r = 0; r < 2; r++) expect(analyze(clash, undefined, { cache })).toEqual(analyze(clash));
  });

  it('follows a source renamed, or an id given to another text', () => {
    const cache = new SourceCache();
    analyze(sample, undefined, { cache });
    const renamed = { ...sample, sources: sample.sources.map((s, i) => (i === 0 ? { ...s, name: 'Renamed source' } : s)) };
    expect(analyze(renamed, undefined, { cache })).toEqual(analyze(renamed));
    const swapped = { ...sample, sources: sample.sources.map((s, i) => ({ ...s, text: sample.sources[(i + 1) % sample.sources.length].text })) };
    expect(analyze(swapped, undefined, { cache })).toEqual(analyze(swapped));
  });

  it('holds the sources of the last case only', () => {
    const cache = new SourceCache();
    analyze(sample, undefined, { cache });
    expect(cache.size).toBe(sample.sources.length);
    const [one] = flood.sources;
    analyze({ title: 'one source', sources: [one] }, undefined, { cache });
    expect(cache.size).toBe(1);
  });

  it('serves claim checks as it serves analyses', () => {
    const cache = new SourceCache();
    analyze(sample, undefined, { cache });
    const claim = 'Ablyazov was extradited to Kazakhstan.';
    expect(checkClaim(prepareCheck(sample, cache), claim)).toEqual(checkClaim(prepareCheck(sample), claim));
  });
});
