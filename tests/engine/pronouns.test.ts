// Pronoun subjects take the previous claim's subject, except that "he" and "she" need a person.
import { describe, expect, it } from 'vitest';
import { prepareSources } from '../../engine/analyze';

function inheritedOf(text: string, claimIndex: number): string[] {
  const [source] = prepareSources({ title: 't', sources: [{ id: 'a', name: 'A', text }] });
  return source.claims[claimIndex].features.filter((f) => f.inherited).map((f) => f.key);
}

describe('pronoun subjects', () => {
  it('"he" skips a previous subject that is a place for the person named before', () => {
    const keys = inheritedOf('France must ensure that Mukhtar Ablyazov has a fair hearing. He must not be handed over to Kazakhstan.', 1);
    expect(keys.join(' ')).toMatch(/ablyazov/);
    expect(keys.join(' ')).not.toMatch(/france/);
  });

  it('"he" keeps a previous subject that is a person', () => {
    const keys = inheritedOf('Tomas Varden met Anna Berger in Rome. He left the next day.', 1);
    expect(keys.join(' ')).toMatch(/varden/);
    expect(keys.join(' ')).not.toMatch(/berger/);
  });

  it('"it" still takes a place or a body as its subject', () => {
    const keys = inheritedOf('France signed the treaty with Mukhtar Ablyazov present. It must now ratify the text.', 1);
    expect(keys.join(' ')).toMatch(/france/);
  });

  it('"he" in reported words is the speaker only when the speaker is a person', () => {
    expect(inheritedOf('Mukhtar Ablyazov fled to London. Kazakhstan insists that he be handed over.', 1).join(' ')).not.toMatch(/kazakhstan/);
    expect(inheritedOf('The court met on Monday. Judge Anna Berger said that she would rule soon.', 1).join(' ')).toMatch(/berger/);
  });
});
