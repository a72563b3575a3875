import { describe, it, expect } from 'vitest';
import { findHedges } from '../../engine/hedging';
import { analyze } from '../../engine/analyze';
import { tokensOf } from './helpers';

const hedges = (text: string) => findHedges(tokensOf(text)).map((t) => t.text);

describe('findHedges', () => {
  it('finds "allegedly" and "reportedly"', () => {
    expect(hedges('The guards allegedly beat the prisoners.')).toEqual(['allegedly']);
    expect(hedges('The plant reportedly closed.')).toEqual(['reportedly']);
  });

  it('finds "may" and "might" as modals', () => {
    expect(hedges('The plant may close next year.')).toEqual(['may']);
    expect(hedges('Officials say it might be weeks before the road reopens.')).toEqual(['might']);
  });

  it('does not take the month "May" for a modal', () => {
    expect(hedges('The plant closed in May.')).toEqual([]);
    expect(hedges('May was a difficult month for the plant.')).toEqual([]);
    expect(hedges('The plant closed on 3 May 2014.')).toEqual([]);
  });

  it('tells the modal from the month in one sentence', () => {
    const text = 'The plant could close in May 2014.';
    expect(hedges(text)).toEqual(['could']);
  });

  it('finds "could not verify"', () => {
    expect(hedges('Reporters could not verify the claim.')).toContain('could');
  });

  it('finds multi-word hedges such as "believed to"', () => {
    expect(hedges('The rebels are believed to have shelled the market.')).toEqual(['believed']);
  });

  it('finds nothing in a plain statement', () => {
    expect(hedges('The guards beat the prisoners on Tuesday.')).toEqual([]);
    expect(hedges('The court found irregularities in the vote count.')).toEqual([]);
  });
});

describe('claim.hedged through analyze', () => {
  it('marks hedged and plain claims', () => {
    const analysis = analyze({ title: 't', sources: [{ id: 'a', name: 'A', text: 'The guards allegedly beat the prisoners. The plant closed in May.' }] });
    expect(analysis.claims.map((c) => c.hedged)).toEqual([true, false]);
  });
});
