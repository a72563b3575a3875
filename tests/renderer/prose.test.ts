import { describe, expect, it } from 'vitest';
import { toProse } from '../../renderer/components/prose';
import type { Claim } from '../../engine/types';

const claim = (id: string, text: string, whole: string): Claim => {
  const start = whole.indexOf(text);
  return { id, source: 's', start, end: start + text.length, text, speaker: null, negated: false, hedged: false, quantities: [], dates: [], terms: [] };
};

describe('prose blocks', () => {
  const text = '# Headline here\n\nFirst claim. Plain words.\nSecond line of it.\n\n## A heading\n\nLast claim.';
  const claims = [claim('c1', 'First claim.', text), claim('c2', 'Last claim.', text)];

  it('leaves out the headline, keeps paragraphs and headings, and cuts claims out exactly', () => {
    const blocks = toProse(text, claims, true);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(blocks[0].runs).toEqual([
      { kind: 'claim', text: 'First claim.', claim: claims[0] },
      { kind: 'text', text: ' Plain words.\nSecond line of it.' },
    ]);
    expect(blocks[1].runs).toEqual([{ kind: 'text', text: 'A heading' }]);
    expect(blocks[2].runs[0]).toMatchObject({ kind: 'claim', text: 'Last claim.' });
  });

  it('shows the first heading when there is no separate headline', () => {
    expect(toProse(text, claims, false)[0]).toMatchObject({ kind: 'heading', runs: [{ kind: 'text', text: 'Headline here' }] });
  });
});
