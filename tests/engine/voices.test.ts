import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { splitVoices } from '../../engine/index';

const article = readFileSync('tests/fixtures/articles/ablyazov-trend-2013.txt', 'utf8');

/** Read from the article by hand: each attributed statement and the voice it belongs to. */
const EXPECTED: [string, RegExp][] = [
  ['Amnesty International urges France to prevent extradition', /^Amnesty International$/],
  ['The authorities in France must ensure that Mukhtar Ablyazov has a full and fair extradition process', /^Amnesty International$/],
  ['there is a high risk that if extradited to Ukraine', /^Amnesty International$/],
  ['The Kazakh authorities want Mukhtar Ablyazov at all costs', /^Amnesty International$/],
  ['Ablyazov had a direct relationship to the mass riots', /^Kazakh\b/],
  ['the uproar over Shalabayeva\'s deportation was initiated by Mukhtar Ablyazov', /^Kazakh\b/],
  ['Ablyazov had problems with the justice system', /^Kazakh\b/],
  ['the deportation of Mukhtar Ablyazov\'s wife and daughter can strengthen his position', /^Kazakh\b/],
  ['His defeats in the court may be compensated by diplomatic victories', /^Kazakh\b/],
  ['behavior of Kazakhstan\'s ambassador to Rome during this case was inexcusable', /^Italian\b/],
  ['the quality of our relations will depend on Astana\'s willingness', /^Italian\b/],
];

/** Statements the report makes in its own voice: no speaker may take them. */
const NARRATION = [
  'Kazakhstan, Russia and Ukraine are currently seeking the extradition',
  'Ablyazov fled to the UK',
  'UN human rights experts have condemned this deportation',
  'A great scandal broke out in Italy',
];

describe('splitting an article into voices', () => {
  const { voices, narration } = splitVoices(article);

  it('gives every attributed statement to the right voice', () => {
    for (const [statement, voice] of EXPECTED) {
      const holders = voices.filter((v) => v.spans.some((s) => s.text.includes(statement)));
      expect(holders.map((v) => v.name), statement).toHaveLength(1);
      expect(holders[0].name, statement).toMatch(voice);
    }
  });

  it('proposes the three parties as voices, with the people who speak for them', () => {
    expect(voices.map((v) => v.name)).toEqual(['Amnesty International', 'Kazakh officials and experts', 'Italian officials']);
    expect(voices.map((v) => v.speakers)).toEqual([['John Dalhuisen'], ['Daniar Ashimbayev', 'Dosym Satpaev'], ['Emma Bonino']]);
    expect(voices.map((v) => v.role)).toEqual(['advocate', 'official', 'official']);
  });

  it('leaves the report\'s own statements to the narration', () => {
    for (const sentence of NARRATION) {
      expect(voices.some((v) => v.spans.some((s) => s.text.includes(sentence))), sentence).toBe(false);
      expect(narration.some((s) => s.text.includes(sentence)), sentence).toBe(true);
    }
  });

  it('keeps every span an exact, non-overlapping stretch of the article, without the frame', () => {
    const spans = [...voices.flatMap((v) => v.spans), ...narration].sort((a, b) => a.start - b.start);
    for (const span of spans) expect(article.slice(span.start, span.end)).toBe(span.text);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    const quote = voices[0].spans.find((s) => s.text.startsWith('The Kazakh authorities'))!;
    expect(quote.text).toBe('The Kazakh authorities want Mukhtar Ablyazov at all costs');
  });

  it('keeps a quotation that runs on after its frame with the same speaker', () => {
    const text = '"The water is rising fast," said Mara Olsen, a resident. "We have nowhere to go." The council said that the shelters are open.';
    const split = splitVoices(text);
    const olsen = split.voices.find((v) => v.speakers.includes('Mara Olsen'))!;
    expect(olsen.spans.map((s) => s.text)).toEqual(['The water is rising fast', 'We have nowhere to go.']);
    expect(olsen.role).toBe('witness');
    expect(split.voices.find((v) => v !== olsen)).toMatchObject({ name: 'Council', spans: [{ text: 'the shelters are open.' }] });
  });

  it('finds no voices in a text that quotes no one', () => {
    const split = splitVoices('The river flooded the town on Monday. Schools were closed.');
    expect(split.voices).toEqual([]);
    expect(split.narration).toHaveLength(2);
  });
});

describe('who a speaker is', () => {
  it('reads the role from an apposition before or after the reporting verb', () => {
    const split = splitVoices('Mara Olsen, a resident of the valley, said that the water rose in minutes. Tom Okafor, an engineer at the dam, said that the gates failed.');
    expect(split.voices.map((v) => [v.speakers[0], v.role])).toEqual([
      ['Mara Olsen', 'witness'],
      ['Tom Okafor', 'expert'],
    ]);
  });
});
