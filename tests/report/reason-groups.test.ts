// A point's reasons grouped by kind: a few listed, many summed up as each source's words.
import { describe, expect, it } from 'vitest';
import { groupReasons, LISTED_PER_KIND, sharedWordsLine } from '../../report/reason-groups';
import type { Claim, Reason } from '../../engine/types';
import { renderHtmlReport, renderMarkdown } from '../../report/index';
import { agreement, analysisWith, BEDS, claimMap, claims, everyPair, quantity, SOURCES } from './reason-fixtures';

describe('grouping a point’s reasons', () => {
  it('lists a kind one by one while it has few reasons', () => {
    const reasons = [quantity(claims[0], claims[1]), agreement(claims[0], claims[2])];
    const groups = groupReasons(reasons, claimMap, SOURCES);
    expect(groups.map((g) => [g.kind, g.reasons.length, g.summary])).toEqual([
      ['quantity', 1, undefined],
      ['same-content', 1, undefined],
    ]);
    const three = everyPair(claims.slice(0, 3));
    expect(three).toHaveLength(LISTED_PER_KIND);
    expect(groupReasons(three, claimMap, SOURCES)[0].summary).toBeUndefined();
  });

  it('sums up a kind with many reasons as each source’s words, in column order', () => {
    const reasons = everyPair([claims[3], claims[1], claims[0], claims[2]]);
    expect(reasons.length).toBeGreaterThan(LISTED_PER_KIND);
    const [group] = groupReasons(reasons, claimMap, SOURCES);
    expect(group.reasons).toEqual(reasons);
    expect(group.summary).toEqual([
      { source: 's1', words: ['10 beds'] },
      { source: 's2', words: ['20 beds'] },
      { source: 's3', words: ['30 beds'] },
      { source: 's4', words: ['40 beds'] },
    ]);
  });

  it('says once the words every source of a summed-up kind uses, and on each line only the rest', () => {
    // Each claim's number and the word "beds" as cues, as an agreement marks its shared words.
    const cues = (c: Claim) => {
      const n = c.text.split(' ')[2];
      return [
        { claim: c.id, start: c.start + 10 + n.length + 1, end: c.start + 10 + n.length + 5 },
        { claim: c.id, start: c.start + 10, end: c.start + 10 + n.length },
      ];
    };
    const reasons: Reason[] = claims.slice(1).map((c) => ({ kind: 'same-content', claims: [claims[0].id, c.id], cues: [...cues(claims[0]), ...cues(c)], detail: '' }));
    const [group] = groupReasons(reasons, claimMap, SOURCES);
    expect(group.shared).toEqual(['beds']);
    expect(group.summary!.map((s) => s.words)).toEqual(BEDS.map((n) => [String(n)]));
    expect(sharedWordsLine(group)).toBe('All 5 sources: “beds”');
    // A source whose cue runs on ("beds in") still says "beds"; its line keeps the longer cue.
    const runOn = reasons.map((r) => ({ ...r, cues: r.cues.map((c) => (c.claim === claims[2].id && c.end - c.start === 4 ? { ...c, end: c.end + 4 } : c)) }));
    const [merged] = groupReasons(runOn, claimMap, SOURCES);
    expect(merged.shared).toEqual(['beds']);
    expect(merged.summary!.find((x) => x.source === 's3')!.words).toEqual(['beds in', '30']);
    // Numbers that differ share nothing.
    const [numbers] = groupReasons(everyPair(claims), claimMap, SOURCES);
    expect(numbers.shared).toEqual([]);
    expect(sharedWordsLine(numbers)).toBeNull();
  });

  it('keeps the kinds in the order they first appear', () => {
    const reasons = [agreement(claims[0], claims[1]), ...everyPair(claims), agreement(claims[0], claims[2])];
    expect(groupReasons(reasons, claimMap, SOURCES).map((g) => g.kind)).toEqual(['same-content', 'quantity']);
  });

  it('quotes a cue on one line, cut to a phrase, and each word once whatever its case', () => {
    const long: Claim = { ...claims[4], text: `The   figure\nof FIGURE beds is ${'very '.repeat(12)}high` };
    const map = new Map([...claimMap, [long.id, long]]);
    const cue = (start: number, end: number) => ({ claim: long.id, start: long.start + start, end: long.start + end });
    const reasons: Reason[] = [0, 1, 2, 3].map((i) => ({
      kind: 'antonym',
      // The whole claim; "figure"; "FIGURE"; "The"; and a cue outside the claim, which says nothing.
      cues: [cue(0, long.text.length), cue(4, 12), cue(16, 22), cue(0, 3), { claim: long.id, start: 0, end: 5 }],
      claims: [long.id, claims[i].id],
      detail: '',
    }));
    const words = groupReasons(reasons, map, SOURCES)[0].summary!.find((s) => s.source === 's5')!.words;
    expect(words).toEqual(['The figure of FIGURE beds is very very…', 'figure', 'The']);
  });

  it('names a source of an unknown claim nowhere, and a source without cue words by name only', () => {
    const reasons = [...everyPair(claims.slice(0, 3)), agreement(claims[0], claims[3]), { ...quantity(claims[0], claims[4]), cues: [], claims: [claims[4].id, 'gone:c9'] }];
    const quantityGroup = groupReasons(reasons, claimMap, SOURCES).find((g) => g.kind === 'quantity')!;
    expect(quantityGroup.summary!.map((s) => s.source)).toEqual(['s1', 's2', 's3', 's5']);
    expect(quantityGroup.summary!.find((s) => s.source === 's5')!.words).toEqual([]);
  });
});


describe('reports of a point whose sources contest pair by pair', () => {
  const reasons = everyPair(claims);
  const analysis = analysisWith(reasons);

  it('sums the kind up in the HTML report, each source’s words, with every pair behind a disclosure', () => {
    const html = renderHtmlReport(analysis);
    const why = html.slice(html.indexOf('<h4>Why</h4>'), html.indexOf('</ul></details></li>') + 20);
    expect(why).toContain('<strong>Numbers differ.</strong> 10 pairs of claims among 5 sources:');
    expect([...why.matchAll(/<ul class="reason-sources">(.*?)<\/ul>/g)][0][1]).toBe(BEDS.map((n, i) => `<li>Source ${i + 1}: “${n} beds”</li>`).join(''));
    expect(why).toContain('<summary>Every pair (10)</summary>');
    for (const r of reasons) expect(why).toContain(`<li class="reason reason--contest">${r.detail}</li>`);
  });

  it('sums the kind up in the Markdown report as a nested list', () => {
    const md = renderMarkdown(analysis);
    const lines = md.split('\n');
    const at = lines.indexOf('- **Numbers differ:** 10 pairs of claims among 5 sources:');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 6)).toEqual(BEDS.map((n, i) => `  - Source ${i + 1}: “${n} beds”`));
    for (const r of reasons) expect(md).not.toContain(r.detail);
  });

  it('lists a kind of few reasons one by one, as before', () => {
    const few = analysisWith(reasons.slice(0, LISTED_PER_KIND));
    const md = renderMarkdown(few);
    for (const r of reasons.slice(0, LISTED_PER_KIND)) expect(md).toContain(`- ${r.detail}`);
    expect(renderHtmlReport(few)).not.toContain('<ul class="reason-sources">');
  });
});
