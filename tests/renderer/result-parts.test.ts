// The worker sends a big result in slices: claims and points ahead (while it reads the framing),
// then the rest; the client puts them back together (renderer/analysis/result-parts.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { joinResult, sentPaths, splitResult, type ResultPart } from '../../renderer/analysis/result-parts';
import { loadCaseFolder } from '../../cli/load-case';

const analysis = analyze(loadCaseFolder('samples/ablyazov-2013'));

describe('splitResult in two steps', () => {
  it('sends claims and points ahead, the rest after, and joins them into the whole', () => {
    const ahead = splitResult({ claims: analysis.claims, points: analysis.points }, 2_000);
    const sent = sentPaths(ahead.parts);
    expect([...sent].sort()).toEqual(['claims', 'points']);
    const rest = splitResult(analysis, 2_000, sent);
    // Nothing is sent twice: the second split leaves the arrays sent ahead out.
    expect(rest.parts.some((p) => sent.has(p.path))).toBe(false);
    expect(rest.skeleton.claims).toEqual([]);
    expect(rest.skeleton.points).toEqual([]);
    expect(rest.parts.length).toBeGreaterThan(0);
    const received: ResultPart[] = structuredClone([...ahead.parts, ...rest.parts]);
    expect(joinResult(structuredClone(rest.skeleton), received)).toEqual(analysis);
  });

  it('keeps in the skeleton an array too short to slice, which then was not sent ahead', () => {
    const ahead = splitResult({ claims: analysis.claims, points: analysis.points.slice(0, 1) }, 2_000);
    const sent = sentPaths(ahead.parts);
    expect(sent.has('points')).toBe(false);
    const rest = splitResult({ ...analysis, points: analysis.points.slice(0, 1) }, 2_000, sent);
    expect(rest.skeleton.points).toHaveLength(1);
    expect(joinResult(structuredClone(rest.skeleton), structuredClone([...ahead.parts, ...rest.parts])).claims).toEqual(analysis.claims);
  });
});

describe('analyze, onAligned', () => {
  it('hands over the final claims and points once, before the framing is read', () => {
    const seen: unknown[] = [];
    const result = analyze(loadCaseFolder('samples/ablyazov-2013'), undefined, { onAligned: (aligned) => seen.push(aligned) });
    expect(seen).toHaveLength(1);
    const [aligned] = seen as { claims: unknown; points: unknown }[];
    expect(aligned.claims).toBe(result.claims);
    expect(aligned.points).toBe(result.points);
    expect(result).toEqual(analysis);
  });
});
