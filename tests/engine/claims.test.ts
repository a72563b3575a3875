import { describe, it, expect } from 'vitest';
import { normalizeText } from '../../engine/text';
import { claimsOf, words } from './helpers';

function spans(text: string): string[] {
  return claimsOf(text).map((c) => text.slice(c.start, c.end));
}

describe('splitClaims: where a sentence splits', () => {
  it('splits at a semicolon', () => {
    const text = 'Police raided the house; they found nothing at all.';
    const claims = claimsOf(text);
    expect(claims.map((c) => words(c.content))).toEqual(['Police raided the house', 'they found nothing at all']);
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['Police raided the house', 'they found nothing at all.']);
  });

  it('drops "however" after a semicolon from the next clause', () => {
    const claims = claimsOf('The plant was profitable last year; however, the owners closed it anyway.');
    expect(claims.map((c) => words(c.content))).toEqual(['The plant was profitable last year', 'the owners closed it anyway']);
  });

  it('splits ", and <verb>" and lets the elided subject inherit the previous subject', () => {
    const claims = claimsOf('The guards beat the prisoners, and left them without water for two days.');
    expect(claims).toHaveLength(2);
    expect(words(claims[1].content)).toBe('left them without water for two days');
    expect(words(claims[1].inheritedSubject)).toBe('guards');
    expect(claims[0].inheritedSubject).toEqual([]);
  });

  it('splits ", and <subject> <verb>" without inheriting anything', () => {
    const claims = claimsOf('The army shelled the market, and the rebels fired back at the soldiers.');
    expect(claims.map((c) => words(c.content))).toEqual(['The army shelled the market', 'the rebels fired back at the soldiers']);
    expect(claims[1].inheritedSubject).toEqual([]);
  });

  it('splits ", but they ..."', () => {
    const claims = claimsOf('The court rejected the appeal, but they will try again next month.');
    expect(claims.map((c) => words(c.content))).toEqual(['The court rejected the appeal', 'they will try again next month']);
  });

  it('splits a ", who ..." relative clause whose antecedent is the name before it', () => {
    const claims = claimsOf('He met Alma Shalabayeva, who was deported to Kazakhstan in May.');
    expect(claims.map((c) => words(c.content))).toEqual(['He met Alma Shalabayeva', 'who was deported to Kazakhstan in May']);
    expect(words(claims[1].inheritedSubject)).toBe('Alma Shalabayeva');
  });

  it('splits ", which ..." with the noun as antecedent', () => {
    const claims = claimsOf('The flood destroyed the bridge, which had stood for a century.');
    expect(claims).toHaveLength(2);
    expect(words(claims[1].inheritedSubject)).toBe('bridge');
  });

  it('gives each claim its own id in order', () => {
    const claims = claimsOf('Police raided the house; they found nothing. The mayor resigned on Tuesday.', 'src');
    expect(claims.map((c) => c.id)).toEqual(['src:c1', 'src:c2', 'src:c3']);
    expect(claims.every((c) => c.source === 'src')).toBe(true);
  });
});

describe('splitClaims: where a sentence does not split', () => {
  it('keeps a list of subjects together', () => {
    expect(spans('Kazakhstan, Russia and Ukraine are seeking his extradition from the UK.')).toEqual([
      'Kazakhstan, Russia and Ukraine are seeking his extradition from the UK.',
    ]);
  });

  it('keeps short lists of objects and adjectives together', () => {
    expect(spans('He bought apples, pears and plums at the market.')).toHaveLength(1);
    expect(spans('He visited Rome, Milan, and Turin last year.')).toHaveLength(1);
    expect(spans('Red, white and blue flags were waved by the crowd.')).toHaveLength(1);
  });

  it('keeps a verbless or too-short tail with its clause', () => {
    expect(spans('The plant closed, and quickly.')).toHaveLength(1);
    expect(spans('Water rose quickly and residents fled.')).toHaveLength(1);
  });

  it('splits a participle clause but keeps a gerund in a list with its noun phrase', () => {
    expect(spans('The company closed the plant, ending seventy years of production in the town.')).toHaveLength(2);
    expect(spans('Patients came in with sore throats, coughing and eye irritation.')).toHaveLength(1);
    expect(spans('Patients came in with sore throats, coughing, headaches and rashes.')).toHaveLength(1);
  });

  it('keeps an embedded relative clause inside its sentence', () => {
    expect(spans('The mayor, who was elected in 2010, resigned on Tuesday.')).toHaveLength(1);
  });
});

describe('splitClaims: spans', () => {
  const texts = [
    '\u201cThe deportation was entirely legal,\u201d said Giuseppe Procaccini, Director of the Cabinet.',
    'The minister said the guards beat the prisoners, and left them without water.\r\nThe ministry denies that prisoners were beaten; however, it promised an inquiry.',
    'According to the lawyers, the deportation was illegal, and they will appeal.',
  ];

  it('are exact substrings of the original text, inside their sentence', () => {
    for (const text of texts) {
      const claims = claimsOf(text);
      expect(claims.length).toBeGreaterThan(0);
      const normalized = normalizeText(text);
      for (const c of claims) {
        const span = text.slice(c.start, c.end);
        expect(span).toBe(span.trim());
        // The span starts and ends on token boundaries of its sentence.
        expect(c.sentence.tokens.some((t) => t.start === c.start)).toBe(true);
        expect(c.sentence.tokens.some((t) => t.end === c.end)).toBe(true);
        expect(normalized.slice(c.start, c.end).length).toBe(span.length);
        expect(c.start).toBeGreaterThanOrEqual(c.sentence.start);
        expect(c.end).toBeLessThanOrEqual(c.sentence.end);
        expect(c.start).toBeLessThan(c.end);
        for (const t of c.content) {
          expect(t.start).toBeGreaterThanOrEqual(c.start);
          expect(t.end).toBeLessThanOrEqual(c.end);
        }
      }
    }
  });

  it('slice the original, not the normalised, text', () => {
    const text = '\u201cThe deportation was entirely legal,\u201d said Giuseppe Procaccini, Director of the Cabinet.';
    expect(spans(text)).toEqual([text]);
    const crlf = 'Police raided the house;\r\nthey found nothing at all.';
    expect(spans(crlf)).toEqual(['Police raided the house', 'they found nothing at all.']);
  });

  it('keep the attribution frame in the first and last claim of a sentence', () => {
    const text = 'The minister said the guards beat the prisoners, and left them without water.';
    expect(spans(text)).toEqual(['The minister said the guards beat the prisoners', 'left them without water.']);
    const claims = claimsOf(text);
    expect(claims.every((c) => c.attribution.speaker?.text === 'The minister')).toBe(true);
  });

  it('do not end in a separator', () => {
    for (const s of spans('Police raided the house; they found nothing at all.')) expect(s).not.toMatch(/[,;:]$/);
  });
});

describe('splitClaims: fragments', () => {
  it('marks a verbless line without a sentence end (a byline or dateline) as a fragment', () => {
    const [byline, claim] = claimsOf('Statement from the Northgate Residents Action Group, Thursday\n\nThe smoke was toxic.');
    expect(byline.fragment).toBe(true);
    expect(claim.fragment).toBe(false);
  });

  it('does not mark a verbless line that ends like a sentence, or a line with a verb', () => {
    expect(claimsOf('Our neighbour Harold Brenner, 78, drowned in his cellar on Sunday morning.')[0].fragment).toBe(false);
    expect(claimsOf('The army shelled the central market on Tuesday morning')[0].fragment).toBe(false);
  });
});
