import { describe, it, expect } from 'vitest';
import { normalizeText, prepareText } from '../../engine/text';
import { splitSentences } from '../../engine/sentences';

const blockTexts = (original: string) => prepareText(original).blocks.filter((b) => !b.isHeading).map((b) => original.slice(b.start, b.end));

describe('normalizeText', () => {
  it('keeps the length and folds one character into one character', () => {
    const original = '\ufeffShe said \u201cno\u201d\u00a0\u2014 it\u2019s over.\r\nNext\rline\tend';
    const normalized = normalizeText(original);
    expect(normalized.length).toBe(original.length);
    expect(normalized).toBe(' She said "no" - it\'s over. \nNext\nline end');
  });

  it('maps CRLF to space + newline so offsets after it stay put', () => {
    const original = 'a\r\nb';
    expect(normalizeText(original)).toBe('a \nb');
    expect(normalizeText(original).indexOf('b')).toBe(original.indexOf('b'));
  });

  it('leaves plain ASCII text unchanged', () => {
    const plain = 'The plant will close. "Yes," he said - 300 jobs.\nEnd';
    expect(normalizeText(plain)).toBe(plain);
  });

  it('keeps astral characters (two UTF-16 units) as they are', () => {
    const s = 'Flood \u{1F30A} hit the town';
    expect(normalizeText(s)).toBe(s);
  });
});

describe('prepareText headline', () => {
  it('takes a leading "# " line as the headline and does not split it into claims', () => {
    const original = '# Plant to close\n\nThe company said the plant would close next year.';
    const prepared = prepareText(original);
    expect(prepared.headline).toBe('Plant to close');
    expect(original.slice(prepared.headlineSpan!.start, prepared.headlineSpan!.end)).toBe('Plant to close');
    expect(prepared.blocks[0]).toMatchObject({ isHeading: true });
    const sentences = splitSentences(prepared).map((s) => original.slice(s.start, s.end));
    expect(sentences).toEqual(['The company said the plant would close next year.']);
  });

  it('finds the headline behind a BOM and CRLF line ends', () => {
    const original = '\ufeff# Plant to close\r\n\r\nThe company said the plant would close.\r\n';
    const prepared = prepareText(original);
    expect(prepared.headline).toBe('Plant to close');
    expect(original.slice(prepared.headlineSpan!.start, prepared.headlineSpan!.end)).toBe('Plant to close');
    expect(splitSentences(prepared).map((s) => original.slice(s.start, s.end))).toEqual(['The company said the plant would close.']);
  });

  it('has no headline when the text starts with a paragraph, a "##" heading or a #hashtag', () => {
    expect(prepareText('The plant will close.\n\n# Later heading\n\nMore text.').headline).toBeNull();
    expect(prepareText('## Section\n\nThe plant will close.').headline).toBeNull();
    const hashtag = prepareText('#closure trends today as the plant shuts.');
    expect(hashtag.headline).toBeNull();
    expect(hashtag.blocks).toHaveLength(1);
    expect(hashtag.blocks[0].isHeading).toBe(false);
  });

  it('keeps later headings as heading blocks that never yield sentences', () => {
    const original = '# Title\n\nFirst paragraph is here.\n\n## Section two\n\nSecond paragraph is here.';
    const prepared = prepareText(original);
    expect(prepared.blocks.filter((b) => b.isHeading).map((b) => original.slice(b.start, b.end))).toEqual(['Title', 'Section two']);
    expect(splitSentences(prepared).map((s) => original.slice(s.start, s.end))).toEqual(['First paragraph is here.', 'Second paragraph is here.']);
  });
});

describe('prepareText blocks', () => {
  it('joins hard-wrapped lines of one paragraph into one block', () => {
    const original = 'The company said on Monday that the plant in the north of the country would close\nnext year, with the loss of 300 jobs.';
    expect(blockTexts(original)).toEqual([original]);
    const sentences = splitSentences(prepareText(original));
    expect(sentences).toHaveLength(1);
    expect(original.slice(sentences[0].start, sentences[0].end)).toBe(original);
  });

  it('joins hard-wrapped CRLF lines too', () => {
    const original = 'The company said on Monday that the plant in the north of the country would close\r\nnext year, with the loss of 300 jobs.';
    expect(blockTexts(original)).toEqual([original]);
  });

  it('does not join a line that ends a sentence, or a short title-like line', () => {
    expect(blockTexts('The company said on Monday that the plant would close.\nUnions said the decision was a betrayal of workers.')).toHaveLength(2);
    expect(blockTexts('Plant closure\nThe company said on Monday that the plant would close next year.')).toEqual([
      'Plant closure',
      'The company said on Monday that the plant would close next year.',
    ]);
  });

  it('splits blocks at blank lines, including whitespace-only and CRLF blank lines', () => {
    const original = 'First paragraph ends here\n\nSecond paragraph ends here\r\n \r\nThird paragraph ends here';
    expect(blockTexts(original)).toEqual(['First paragraph ends here', 'Second paragraph ends here', 'Third paragraph ends here']);
  });

  it('starts a new block at every list item', () => {
    const original = '- the first item of the list is quite long and has no full stop\n- the second item of the list is also long and has none';
    expect(blockTexts(original)).toHaveLength(2);
  });

  it('handles empty and whitespace-only input', () => {
    expect(prepareText('').blocks).toEqual([]);
    expect(prepareText(' \n\r\n\t ').blocks).toEqual([]);
    expect(prepareText('').headline).toBeNull();
  });
});
