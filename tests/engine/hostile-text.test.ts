// The engine against hostile text: emoji, right-to-left scripts, combining marks, lone surrogates,
// one 100 KB line, nothing but punctuation, ten thousand tiny sentences. It must not throw, every
// span it reports must be a real slice of its source, and two runs must give the same JSON.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../engine/analyze';
import { normalizeText } from '../../engine/text';
import type { Analysis } from '../../engine/types';

const NEWS = 'The council approved the budget on Monday. The mayor said 300 jobs would go. ';

function run(a: string, b: string): Analysis {
  return analyze({ title: 't', sources: [{ id: 'a', name: 'A', text: a }, { id: 'b', name: 'B', text: b }] });
}

/**
 * The text of a cue, a quantity or a date names the words of its span as the engine read them
 * (folded quotes and spaces, punctuation between tokens dropped: "300\u00a0jobs" is "300 jobs"), so
 * it is compared by its letters and digits. A claim's text, checked separately, is the exact slice.
 */
const words = (text: string) => normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** Every object in the analysis with a start and an end is a span: checked against the source it names or, failing that, either source. */
function checkSpans(value: unknown, texts: Record<string, string>, claimSource: Map<string, string>, owner: string | null): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + checkSpans(item, texts, claimSource, owner), 0);
  if (!value || typeof value !== 'object') return 0;
  const record = value as Record<string, unknown>;
  const source = typeof record.source === 'string' ? record.source : typeof record.claim === 'string' ? (claimSource.get(record.claim) ?? owner) : owner;
  let spans = 0;
  if (typeof record.start === 'number' && typeof record.end === 'number') {
    const { start, end } = record;
    const candidates = source && texts[source] !== undefined ? [texts[source]] : Object.values(texts);
    expect(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end, `span ${start}-${end}`).toBe(true);
    expect(candidates.some((text) => end <= text.length), `span ${start}-${end} past the end of its source`).toBe(true);
    if (typeof record.text === 'string') expect(candidates.map((text) => words(text.slice(start, end)))).toContain(words(record.text));
    spans++;
  }
  for (const child of Object.values(record)) spans += checkSpans(child, texts, claimSource, source);
  return spans;
}

function checkInvariants(a: string, b: string): Analysis {
  const analysis = run(a, b);
  const texts = { a, b };
  for (const claim of analysis.claims) {
    expect(claim.start >= 0 && claim.start < claim.end && claim.end <= texts[claim.source as 'a' | 'b'].length).toBe(true);
    expect(claim.text).toBe(texts[claim.source as 'a' | 'b'].slice(claim.start, claim.end));
  }
  checkSpans(analysis, texts, new Map(analysis.claims.map((c) => [c.id, c.source])), null);
  const inPoints = analysis.points.flatMap((p) => p.claims).sort();
  expect(inPoints).toEqual(analysis.claims.map((c) => c.id).sort());
  expect(JSON.stringify(run(a, b))).toBe(JSON.stringify(analysis));
  return analysis;
}

const RTL = ['\u05d4\u05de\u05d5\u05e2\u05e6\u05d4 \u05d0\u05d9\u05e9\u05e8\u05d4 \u05d0\u05ea \u05d4\u05ea\u05e7\u05e6\u05d9\u05d1.', '\u0648\u0627\u0641\u0642 \u0627\u0644\u0645\u062c\u0644\u0633 \u0639\u0644\u0649 \u0627\u0644\u0645\u064a\u0632\u0627\u0646\u064a\u0629.', '\u202e', '\u200f', '\u061c'];
const ODD_UNITS = ['\ud800', '\udbff', '\udc00', '\udfff', '\u{1F30A}', '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', '\u{1F1EE}\u{1F1F9}', '\u0301', '\u0327', 'e\u0301', '\u0336', '\ufeff', '\u00a0', '\u2028', '\u2029', '\u0000', '\u000b', '\u200b', ...RTL, ' ', '. ', '? ', '"', '\u201c', '\u201d', '\u00ab', '\u00bb', 'not', 'said', '1,200', 'May'];
const hostileUnit = fc.constantFrom(...ODD_UNITS);
const hostileText = fc.oneof(
  fc.string({ unit: hostileUnit, maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.tuple(fc.string({ unit: hostileUnit, maxLength: 20 }), fc.constantFrom(NEWS, NEWS.toUpperCase()), fc.string({ unit: hostileUnit, maxLength: 20 })).map((parts) => parts.join('')),
  // News sentences with odd characters pushed inside their words.
  fc.array(fc.tuple(fc.nat({ max: NEWS.length }), hostileUnit), { maxLength: 6 }).map((cuts) => cuts.reduce((text, [at, unit]) => text.slice(0, at) + unit + text.slice(at), NEWS)),
);

describe('the engine on hostile text', () => {
  it('keeps every span valid and the output deterministic on arbitrary Unicode', () => {
    fc.assert(fc.property(hostileText, hostileText, (a, b) => void checkInvariants(a, b)), { numRuns: 300 });
  });

  it('handles emoji, right-to-left text, combining marks and lone surrogates inside real sentences', () => {
    const cases: [string, string][] = [
      [`\u{1F30A}\u{1F30A} ${NEWS}\u{1F468}\u200d\u{1F469}\u200d\u{1F467}`, `${RTL.join(' ')} ${NEWS}`],
      [NEWS.replace(/e/g, 'e\u0301').replace(/o/g, 'o\u0336'), NEWS.replace(/ /g, '\u00a0')],
      [`\ud800${NEWS}\udfff`, `The council\udc00 approved the budget.\ud83d`],
      [`\u202e${NEWS}\u202c`, NEWS.replace(/\. /g, '.\u2029')],
    ];
    for (const [a, b] of cases) {
      const analysis = checkInvariants(a, b);
      expect(analysis.claims.length).toBeGreaterThan(0);
    }
  });

  it('survives a 100 KB single line, text of only punctuation, and empty or blank sources', () => {
    const line = NEWS.replace(/\. /g, ', and ').repeat(Math.ceil(100_000 / NEWS.length)).slice(0, 100_000);
    expect(line.includes('\n')).toBe(false);
    checkInvariants(line, NEWS);
    checkInvariants('.,;:!?()[]{}"\'«»\u201c\u201d\u2014\u2013-…'.repeat(400), '...\n\n!!!\n\n???');
    checkInvariants('', ' \n\t\r\n ');
  });

  it('survives ten thousand tiny sentences', () => {
    const tiny = Array.from({ length: 10_000 }, (_, i) => `It ${['rose', 'fell', 'held'][i % 3]}.`).join(' ');
    const analysis = checkInvariants(tiny, NEWS);
    expect(analysis.claims.filter((c) => c.source === 'a').length).toBeGreaterThan(1000);
  });
});
