import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../engine/analyze';
import type { Analysis } from '../../engine/types';

const SENTENCES = [
  'The company said the plant would close next year.',
  'The plant will not close, the union said.',
  'More than 1,200 jobs will be lost.',
  'About 300 jobs will go.',
  'Nobody had to leave their homes.',
  'Hundreds of families fled the flood in late May.',
  '\u201cThe deportation was entirely legal,\u201d said Giuseppe Procaccini, Director of the Cabinet.',
  'According to the lawyers, the deportation was illegal.',
  'The ministry denies that prisoners were beaten.',
  'The guards beat the prisoners, and left them without water.',
  'The rebels shelled the market on Tuesday.',
  'Army artillery shelled the market.',
  'He noted that the police had acted within the law.',
  'Kazakhstan, Russia and Ukraine are seeking his extradition from the UK.',
  'The vote may have been rigged; observers could not verify it.',
  'Turnout was 45% on 16 December 2011.',
  'The election was fair.',
  'The election was unfair.',
  '# Headline of the story',
  'Mr. Smith, who was elected in 2010, resigned.',
];

const separator = fc.constantFrom(' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '  ');
const sentenceText = fc
  .tuple(fc.array(fc.constantFrom(...SENTENCES), { maxLength: 8 }), separator)
  .map(([sentences, sep]) => sentences.join(sep));
const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('\ud800', '\udfff', '\u{1F30A}', '\u05e9\u05dc\u05d5\u05dd', '\u0301', 'e\u0301', '\u200f', '\ufeff', '\u00a0', '\u201c', '\u201d', '\r', '\n', ' ', '.', ',', '"', 'May', '1,200', 'not'), maxLength: 60 }),
  sentenceText,
  fc.tuple(sentenceText, fc.string({ unit: 'binary', maxLength: 30 }), sentenceText).map((parts) => parts.join(' ')),
);

function run(a: string, b: string): Analysis {
  return analyze({ title: 't', sources: [{ id: 'a', name: 'A', text: a }, { id: 'b', name: 'B', text: b }] });
}

function checkInvariants(a: string, b: string): void {
  const analysis = run(a, b);
  const texts: Record<string, string> = { a, b };
  const claims = new Map(analysis.claims.map((c) => [c.id, c]));
  expect(claims.size).toBe(analysis.claims.length);
  for (const c of analysis.claims) {
    const source = texts[c.source];
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.start).toBeLessThan(c.end);
    expect(c.end).toBeLessThanOrEqual(source.length);
    expect(c.text).toBe(source.slice(c.start, c.end));
    for (const q of c.quantities) expect(q.start >= c.start && q.end <= c.end && q.start < q.end).toBe(true);
    for (const d of c.dates) expect(d.start >= c.start && d.end <= c.end && d.start < d.end).toBe(true);
  }
  const seen = new Map<string, number>();
  for (const p of analysis.points) {
    expect(p.claims.length).toBeGreaterThan(0);
    for (const id of p.claims) seen.set(id, (seen.get(id) ?? 0) + 1);
    if (p.status === 'unique') expect(p.claims).toHaveLength(1);
    for (const r of p.reasons) {
      for (const id of r.claims) expect(p.claims).toContain(id);
      for (const cue of r.cues) {
        const claim = claims.get(cue.claim);
        expect(claim, `cue on unknown claim ${cue.claim}`).toBeDefined();
        expect(cue.start >= claim!.start && cue.end <= claim!.end && cue.start < cue.end, `cue ${cue.start}-${cue.end} outside ${claim!.start}-${claim!.end}`).toBe(true);
      }
    }
  }
  for (const c of analysis.claims) expect(seen.get(c.id), `claim ${c.id} in points`).toBe(1);
  expect(seen.size).toBe(analysis.claims.length);
  expect(JSON.stringify(run(a, b))).toBe(JSON.stringify(analysis));
}

describe('analyze on arbitrary text', () => {
  it('never throws and keeps every invariant (Unicode strings)', () => {
    fc.assert(
      fc.property(oddText, oddText, (a, b) => checkInvariants(a, b)),
      { numRuns: 60 },
    );
  });

  it('never throws and keeps every invariant (news-like sentences)', () => {
    fc.assert(
      fc.property(sentenceText, sentenceText, (a, b) => checkInvariants(a, b)),
      { numRuns: 60 },
    );
  });

  it('keeps the invariants on known edge cases', () => {
    const cases: [string, string][] = [
      ['', ''],
      ['\ud800', '\udfff'],
      ['\ufeff# T\r\n\r\nThe plant will close.', 'The plant will not close.'],
      ['"', '.'],
      ['\u{1F30A}\u{1F30A} The \u{1F30A} plant will close.', 'The plant\u0301 will close\u200f.'],
      [SENTENCES.join(' '), SENTENCES.slice().reverse().join('\n\n')],
    ];
    for (const [a, b] of cases) checkInvariants(a, b);
  });
});
