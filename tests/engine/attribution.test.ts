import { describe, it, expect } from 'vitest';
import { findAttribution } from '../../engine/attribution';
import { analyze } from '../../engine/analyze';
import { tokensOf, words } from './helpers';

function attribution(text: string) {
  const tokens = tokensOf(text);
  const a = findAttribution(tokens);
  return { speaker: a.speaker?.text ?? null, verb: a.verb, stance: a.stance, content: words(tokens.slice(a.from, a.to)), raw: a, text };
}

describe('findAttribution: reported speech', () => {
  it('"X said ..."', () => {
    expect(attribution('The minister said the deportation was legal.')).toMatchObject({
      speaker: 'The minister', verb: 'say', stance: 'neutral', content: 'the deportation was legal',
    });
  });

  it('"X said that ..."', () => {
    expect(attribution('The minister said that the deportation was legal.')).toMatchObject({
      speaker: 'The minister', verb: 'say', content: 'the deportation was legal',
    });
  });

  it('"According to X, ..."', () => {
    expect(attribution('According to the lawyers, the deportation was illegal.')).toMatchObject({
      speaker: 'the lawyers', verb: null, stance: null, content: 'the deportation was illegal',
    });
  });

  it('"..., according to X."', () => {
    expect(attribution('The deportation was illegal, according to the lawyers.')).toMatchObject({
      speaker: 'the lawyers', verb: null, content: 'The deportation was illegal',
    });
  });

  it('quotation first: "...," said X, Director of Y.', () => {
    expect(attribution('\u201cThe deportation was entirely legal,\u201d said Giuseppe Procaccini, Director of the Cabinet.')).toMatchObject({
      speaker: 'Giuseppe Procaccini', verb: 'say', content: 'The deportation was entirely legal',
    });
  });

  it('quotation first: "...," X said.', () => {
    expect(attribution('"The deportation was entirely legal," the minister said.')).toMatchObject({
      speaker: 'the minister', verb: 'say', content: 'The deportation was entirely legal',
    });
  });

  it('"X told parliament that ..." skips the object before the complementiser', () => {
    expect(attribution('Bonino told parliament that the expulsion had been a mistake.')).toMatchObject({
      speaker: 'Bonino', verb: 'tell', content: 'the expulsion had been a mistake',
    });
  });

  it('"the company says ..." in the present tense', () => {
    expect(attribution('The company says the plant will close next year.')).toMatchObject({
      speaker: 'The company', verb: 'say', content: 'the plant will close next year',
    });
  });

  it('"He noted that ..." names the pronoun as speaker', () => {
    expect(attribution('He noted that the police had acted within the law.')).toMatchObject({
      speaker: 'He', verb: 'note', content: 'the police had acted within the law',
    });
  });

  it('the speaker span slices the text', () => {
    const a = attribution('According to the lawyers, the deportation was illegal.');
    expect(a.text.slice(a.raw.speaker!.start, a.raw.speaker!.end)).toBe('the lawyers');
  });

  it('a denial verb gives stance denial', () => {
    expect(attribution('The ministry denies that prisoners were beaten.')).toMatchObject({
      speaker: 'The ministry', verb: 'deny', stance: 'denial', content: 'prisoners were beaten',
    });
  });

  it('a negated denial ("did not deny") is not a denial, and the speaker stops before the auxiliary', () => {
    for (const text of ['The ministry did not deny that prisoners were beaten.', 'The ministry never denied that prisoners were beaten.']) {
      expect(attribution(text)).toMatchObject({ speaker: 'The ministry', verb: 'deny', stance: 'neutral', content: 'prisoners were beaten' });
    }
    expect(attribution('The ministry has denied that prisoners were beaten.').stance).toBe('denial');
  });

  it('distancing verbs carry their stance', () => {
    expect(attribution('The opposition claims that the vote was rigged.')).toMatchObject({ speaker: 'The opposition', stance: 'distancing' });
  });
});

describe('findAttribution: not attribution', () => {
  it('"The court found irregularities." is a plain statement', () => {
    for (const text of ['The court found irregularities.', 'The court found irregularities in the vote count.']) {
      const a = attribution(text);
      expect(a.speaker).toBeNull();
      expect(a.verb).toBeNull();
      expect(a.content).toBe(text.slice(0, -1));
    }
  });

  it('a sentence with an earlier verb is not "X says"', () => {
    expect(attribution('The guards beat the prisoners and said nothing.').speaker).toBeNull();
  });

  it('"claims" as a noun with "that" after it is not a reporting verb', () => {
    expect(attribution("The opposition's claims that the vote was rigged were dismissed.").speaker).toBeNull();
    expect(attribution('The claims that the vote was rigged were dismissed.').speaker).toBeNull();
  });

  it('a verb that needs "that" does not report without it', () => {
    expect(attribution('The company denied the allegations.').speaker).toBeNull();
  });

  it('the content range excludes final punctuation', () => {
    const tokens = tokensOf('Prices rose sharply.');
    expect(findAttribution(tokens)).toMatchObject({ speaker: null, from: 0, to: tokens.length - 1 });
  });
});

describe('speaker resolution through analyze', () => {
  it('"He noted that ..." takes the previous speaker', () => {
    const text = 'The minister said the deportation was legal. He noted that the police had acted within the law.';
    const analysis = analyze({ title: 't', sources: [{ id: 'a', name: 'A', text }] });
    expect(analysis.claims.map((c) => c.speaker)).toEqual(['The minister', 'The minister']);
  });

  it('a pronoun speaker with no one before it stays a pronoun', () => {
    const analysis = analyze({ title: 't', sources: [{ id: 'a', name: 'A', text: 'He noted that the police had acted within the law.' }] });
    expect(analysis.claims[0].speaker).toBe('He');
  });

  it('a plain statement has no speaker', () => {
    const analysis = analyze({ title: 't', sources: [{ id: 'a', name: 'A', text: 'The court found irregularities.' }] });
    expect(analysis.claims[0].speaker).toBeNull();
  });
});
