import { describe, expect, it } from 'vitest';
import { cuesOf } from './framing-helpers';
import { LABELS } from '../../../engine/lexicons/framing/labels';

describe('loaded words', () => {
  it('finds a labelling word with its polarity and explanation', () => {
    const [cue] = cuesOf('Police arrested the fugitive banker at the airport.').loaded.filter((c) => c.category === 'labelling');
    expect(cue).toMatchObject({ text: 'fugitive', category: 'labelling', negated: false, quoted: false });
    expect(cue.polarity).toBeLessThan(0);
    expect(cue.explanation).toMatch(/running from justice/);
  });

  it('matches hyphenated labels written as one word', () => {
    const loaded = cuesOf('The so-called experts wrote a report about the plant.').loaded;
    expect(loaded.map((c) => c.text)).toContain('so-called');
  });

  it('marks a negated loaded word instead of counting it as the source calling someone that', () => {
    const [cue] = cuesOf('The minister said that the banker is not a fugitive from justice.').loaded.filter((c) => c.lemma === 'fugitive');
    expect(cue.negated).toBe(true);
    const [plain] = cuesOf('The minister said that the banker is a fugitive from justice.').loaded.filter((c) => c.lemma === 'fugitive');
    expect(plain.negated).toBe(false);
  });

  it('gives words inside quotation marks to the quoted speaker', () => {
    const loaded = cuesOf('"The regime tortures its critics," the activist said. The regime denied it.').loaded.filter((c) => c.lemma === 'regime');
    expect(loaded.map((c) => c.quoted)).toEqual([true, false]);
  });

  it('rates emotive words with AFINN-165 and leaves mild and procedural words alone', () => {
    const loaded = cuesOf('The prisoners faced torture after the court sentenced them, and they want help.').loaded;
    const torture = loaded.find((c) => c.text === 'torture');
    expect(torture).toMatchObject({ category: 'emotive', polarity: -4 });
    expect(torture!.explanation).toMatch(/AFINN score -4/);
    expect(loaded.map((c) => c.text)).not.toContain('sentenced');
    expect(loaded.map((c) => c.text)).not.toContain('want');
  });

  it('does not read a name or part of a compound as an emotive word', () => {
    const loaded = cuesOf('Hope Mbeki described ill-treatment in the camp.').loaded;
    expect(loaded.map((c) => c.text)).not.toContain('Hope');
    expect(loaded.map((c) => c.text)).not.toContain('ill');
  });

  it('finds intensifiers, including fixed phrases', () => {
    const loaded = cuesOf('The flood severely damaged the town, and the council wants a new dam at all costs.').loaded.filter((c) => c.category === 'intensifier');
    expect(loaded.map((c) => c.text)).toEqual(['severely', 'at all costs']);
  });

  it('explains every label in one line', () => {
    for (const [word, entry] of Object.entries(LABELS)) {
      expect(entry.explanation, word).toMatch(/^[A-Z].*\.$/);
      expect(entry.explanation.includes('\n'), word).toBe(false);
      expect(Math.abs(entry.polarity), word).toBeLessThanOrEqual(5);
    }
  });
});
