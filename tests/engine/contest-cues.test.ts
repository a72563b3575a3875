// The contest cues added for unseen cases, each with a pair it must contest and one it must not.
import { describe, expect, it } from 'vitest';
import { comparePair } from '../../engine/index';
import { prepareSources } from '../../engine/analyze';
import { evaluationOf } from '../../engine/verdicts/evaluation-cue';
import { dismissalWords } from '../../engine/verdicts/dismissal-cue';

function claimOf(text: string) {
  return prepareSources({ title: 't', sources: [{ id: 'a', name: 'A', text }] })[0].claims[0];
}

const kinds = (a: string, b: string) => comparePair(a, b).reasons.map((r) => r.kind);

describe('dismissal said of an account', () => {
  it('"the claims are false" and "without foundation" dismiss', () => {
    expect(dismissalWords(claimOf('Claims that supporters had flagged cracks beforehand are false.')).map((t) => t.text)).toEqual(['false']);
    expect(dismissalWords(claimOf('Suggestions that the company withheld early reports are without foundation.')).map((t) => t.text)).toEqual(['without', 'foundation']);
  });

  it('"a false alarm" and "the wrong building" do not', () => {
    expect(dismissalWords(claimOf('The first call was a false alarm.'))).toEqual([]);
    expect(dismissalWords(claimOf('Firefighters were sent to the wrong building.'))).toEqual([]);
  });
});

describe('zero quantities over a whole noun phrase', () => {
  it('"no payment card information" contests "card numbers" in the dump', () => {
    expect(kinds('No payment card information was involved in the breach.', 'Full card numbers from the breach sit in plain text in the dump.')).toContain('negation');
  });

  it('card numbers said by both agree', () => {
    expect(comparePair('Payment card information was involved in the breach.', 'Full card numbers from the breach sit in plain text in the dump.').relation).not.toBe('contest');
  });
});

describe('counts of occurrences', () => {
  it('"12 cases of" and "41 reports of" the same injury contest', () => {
    expect(kinds('In total, 12 cases of serious liver injury have been reported worldwide.', 'Worldwide, 41 reports of serious liver injury have been received.')).toContain('quantity');
  });

  it('the same count in cases and reports agrees', () => {
    expect(comparePair('In total, 12 cases of serious liver injury have been reported worldwide.', 'Worldwide, 12 reports of serious liver injury have been received.').relation).toBe('agree');
  });
});

describe('opposite evaluations', () => {
  it('reads judgements, flipping a denied one, and ignores event words', () => {
    expect(evaluationOf(claimOf('The smoke was toxic.')).score).toBeLessThan(0);
    expect(evaluationOf(claimOf('The smoke posed no risk to public health.')).score).toBeGreaterThan(0);
    expect(evaluationOf(claimOf('Stewards cleared the stand calmly.')).score).toBeGreaterThan(0);
    // "died" and "loss" name what happened, not how the source judges it.
    expect(evaluationOf(claimOf('Three patients died and the plant made a loss.')).score).toBe(0);
  });

  it('contests "posed no risk" against "was toxic" about the same smoke', () => {
    expect(kinds('The smoke from the warehouse fire posed no risk to residents.', 'The smoke from the warehouse fire was toxic for residents.')).toContain('opposite-evaluation');
  });

  it('two harsh judgements of the same smoke agree', () => {
    expect(kinds('The smoke from the warehouse fire was toxic for residents.', 'The smoke from the warehouse fire was dangerous for residents.')).not.toContain('opposite-evaluation');
  });
});
