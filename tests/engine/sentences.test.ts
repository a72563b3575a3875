import { describe, it, expect } from 'vitest';
import { normalizeText, prepareText } from '../../engine/text';
import { splitSentences } from '../../engine/sentences';
import { sentencesOf } from './helpers';

function sentences(original: string): string[] {
  return splitSentences(prepareText(original)).map((s) => original.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits at sentence ends and numbers sentences in order', () => {
    const original = 'The plant will close. Unions are angry! Will workers be paid?';
    const split = splitSentences(prepareText(original));
    expect(split.map((s) => original.slice(s.start, s.end))).toEqual(['The plant will close.', 'Unions are angry!', 'Will workers be paid?']);
    expect(split.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it('does not split after abbreviations like "U.S." and "Mr."', () => {
    expect(sentences('Officials in the U.S. said the vote was fair. Observers disagreed.')).toEqual([
      'Officials in the U.S. said the vote was fair.',
      'Observers disagreed.',
    ]);
    expect(sentences('Mr. Smith arrived on Tuesday. He left early.')).toEqual(['Mr. Smith arrived on Tuesday.', 'He left early.']);
  });

  it('gives offsets into the original text with CRLF line ends and curly quotes', () => {
    const original = '\ufeffThe minister said \u201cthe deportation was legal\u201d.\r\n\r\nLawyers said it was not, and they\u2019ll appeal.\r\nThe court will rule in May.';
    expect(sentences(original)).toEqual([
      'The minister said \u201cthe deportation was legal\u201d.',
      'Lawyers said it was not, and they\u2019ll appeal.',
      'The court will rule in May.',
    ]);
  });

  it('token offsets slice the original text too', () => {
    const original = '\u201cWe did not sign,\u201d\u00a0said the minister.\r\nNobody\u2019s happy.';
    const normalized = normalizeText(original);
    const split = splitSentences(prepareText(original));
    expect(split.map((s) => original.slice(s.start, s.end))).toEqual(['\u201cWe did not sign,\u201d\u00a0said the minister.', 'Nobody\u2019s happy.']);
    for (const s of split) {
      // Token text is read from the normalised text at the same offsets as the original.
      for (const t of s.tokens) expect(normalized.slice(t.start, t.end)).toBe(t.text);
      expect(s.tokens.map((t) => t.text)).not.toContain('\u201c');
      expect(s.start).toBe(s.tokens[0].start);
      expect(s.end).toBe(s.tokens[s.tokens.length - 1].end);
    }
  });

  it('does not let a sentence cross a paragraph break', () => {
    expect(sentences('The plant will close\n\nnext year workers say')).toEqual(['The plant will close', 'next year workers say']);
  });

  it('drops stretches with no words at all', () => {
    expect(sentences('... --- !!!\n\nThe plant will close.')).toEqual(['The plant will close.']);
  });
});

describe('sentences after a clock time', () => {
  it('"9 p.m. Rescuers arrived" is two sentences; "9 a.m. Monday" and "10 a.m. in Rome" are one', () => {
    const texts = (t: string) => sentencesOf(t).map((s) => t.slice(s.start, s.end));
    expect(texts('It began at 9 p.m. Rescuers arrived soon after.')).toEqual(['It began at 9 p.m.', 'Rescuers arrived soon after.']);
    expect(sentencesOf('It began at 9 p.m. Rescuers arrived soon after.')[1].tokens[0].index).toBe(0);
    expect(texts('It began at 9 a.m. Monday and ended late.')).toHaveLength(1);
    expect(texts('We met at 10 a.m. in Rome.')).toHaveLength(1);
  });
});
