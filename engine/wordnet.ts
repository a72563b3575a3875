// Compact WordNet 3.1 relations for the comparison engine: synonymy (shared synsets),
// hypernyms, derivations, antonyms, pertainyms, SemCor commonness and phrasal verbs. The table is
// generated at build time by engine/data/build/build-lexicon.ts (see there for the encoding).
// Nothing is decoded up front: on first use a section gets an index of its block heads
// (one indexOf pass), each lookup binary-searches the blocks and scans one, and the decoded
// result is memoised in a per-section Map. Pure TypeScript: runs in a Web Worker.
//
// All lookups take lowercase lemmas, multi-word lemmas with single spaces ("carry out").
// Returned arrays are frozen and shared between calls.
import table from './data/wordnet.json';

export type WordnetPos = 'n' | 'v' | 'a' | 'r';
export type HypernymPos = 'n' | 'v';

interface Table {
  antonyms: string;
  commonness: string;
  derivations: string;
  hypernyms: Record<HypernymPos, string>;
  hypernymSynsets: Record<HypernymPos, string>;
  indirectAntonyms: string;
  multiword: string;
  pertainyms: string;
  synsets: Record<WordnetPos, string>;
}

const data: Table = table;
const EMPTY: readonly never[] = Object.freeze([]);
const COMMA = 44; // ','
const COLON = 58; // ':'
/** Front-coding digits cap at this many shared characters (see the build script). */
const MAX_SHARED = 35;

/** Outputs of compareAt: common prefix length with the key, position of the entry's ':'. */
let scanMatched = 0;
let scanColon = 0;

/**
 * Compares the entry key whose characters from index `offset` on start at `text[from]` (and run
 * to the next ':') with `key`, assuming both agree on their first `offset` characters. Returns
 * <0, 0 or >0 like `entryKey - key`, and sets scanMatched and scanColon.
 */
function compareAt(text: string, from: number, key: string, offset: number): number {
  let i = from;
  let m = offset;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === COLON) {
      scanMatched = m;
      scanColon = i;
      return m === key.length ? 0 : -1;
    }
    if (m === key.length) {
      scanMatched = m;
      scanColon = text.indexOf(':', i);
      return 1;
    }
    const k = key.charCodeAt(m);
    if (c !== k) {
      scanMatched = m;
      scanColon = text.indexOf(':', i);
      return c - k;
    }
    i++;
    m++;
  }
}

/** A keyed section: sorted front-coded blocks, searched on demand, results memoised. */
class KeyedSection<T> {
  private readonly text: string;
  private readonly decode: (raw: string) => T;
  private readonly missing: T;
  private heads: number[] | undefined;
  private readonly memo = new Map<string, T>();

  constructor(text: string, decode: (raw: string) => T, missing: T) {
    this.text = text;
    this.decode = decode;
    this.missing = missing;
  }

  get(key: string): T {
    const cached = this.memo.get(key);
    if (cached !== undefined) return cached;
    const raw = this.find(key);
    const value = raw === undefined ? this.missing : this.decode(raw);
    this.memo.set(key, value);
    return value;
  }

  /** Start offsets of the blocks (computed once per section). */
  private blockHeads(): number[] {
    if (!this.heads) {
      const heads: number[] = [];
      const text = this.text;
      if (text.length > 0) heads.push(0);
      for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) heads.push(i + 1);
      this.heads = heads;
    }
    return this.heads;
  }

  /** The raw value stored for `key`, or undefined. Compares in place: no key strings are built. */
  private find(key: string): string | undefined {
    const text = this.text;
    const heads = this.blockHeads();
    // Last block whose first (full) key is <= key. A head entry is "0<key>:<value>".
    let lo = 0;
    let hi = heads.length - 1;
    let block = -1;
    let matched = 0;
    let colon = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareAt(text, heads[mid] + 1, key, 0);
      if (order === 0) return this.valueAt(scanColon + 1, mid);
      if (order < 0) {
        block = mid;
        matched = scanMatched;
        colon = scanColon;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (block < 0) return undefined;
    // Scan the rest of the block. `matched` is the common prefix length of the last entry read
    // (which is < key) and key; an entry's front-coding digit is its common prefix length with
    // that entry (exact below MAX_SHARED, at least MAX_SHARED otherwise).
    const end = block + 1 < heads.length ? heads[block + 1] - 1 : text.length;
    for (;;) {
      const bar = text.indexOf('|', colon);
      if (bar < 0 || bar > end) return undefined;
      const pos = bar + 1;
      const code = text.charCodeAt(pos);
      const shared = code <= 57 ? code - 48 : code - 87;
      if (shared > matched) {
        // Agrees with the previous entry where that one was already below key.
        colon = text.indexOf(':', pos);
        continue;
      }
      if (shared < matched && shared < MAX_SHARED) return undefined; // past key
      const order = compareAt(text, pos + 1, key, shared);
      if (order === 0) return this.valueAt(scanColon + 1, block);
      if (order > 0) return undefined;
      matched = scanMatched;
      colon = scanColon;
    }
  }

  /** The value starting at `from`, up to the next entry or block separator. */
  private valueAt(from: number, block: number): string {
    const text = this.text;
    const heads = this.blockHeads();
    const end = block + 1 < heads.length ? heads[block + 1] - 1 : text.length;
    const bar = text.indexOf('|', from);
    return text.slice(from, bar < 0 || bar > end ? end : bar);
  }
}

function decodeList(raw: string): readonly string[] {
  return Object.freeze(raw.split(','));
}

function decodeIds(raw: string): readonly number[] {
  const ids: number[] = [];
  let value = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === COMMA) {
      ids.push(value);
      value = 0;
    } else {
      value = value * 36 + (code <= 57 ? code - 48 : code - 87);
    }
  }
  ids.push(value);
  return Object.freeze(ids);
}

function decodeSet(raw: string): ReadonlySet<string> {
  return new Set(raw.split(','));
}

const synsetSections: Record<WordnetPos, KeyedSection<readonly number[]>> = {
  n: new KeyedSection(data.synsets.n, decodeIds, EMPTY),
  v: new KeyedSection(data.synsets.v, decodeIds, EMPTY),
  a: new KeyedSection(data.synsets.a, decodeIds, EMPTY),
  r: new KeyedSection(data.synsets.r, decodeIds, EMPTY),
};
const derivationSection = new KeyedSection(data.derivations, decodeList, EMPTY);
const antonymSection = new KeyedSection(data.antonyms, decodeList, EMPTY);
const indirectAntonymSection = new KeyedSection(data.indirectAntonyms, decodeList, EMPTY);
const pertainymSection = new KeyedSection(data.pertainyms, decodeList, EMPTY);
const commonnessSection = new KeyedSection(data.commonness, Number, 0);
const multiwordSection = new KeyedSection<ReadonlySet<string>>(data.multiword, decodeSet, new Set());
const hypernymSections: Record<HypernymPos, KeyedSection<readonly number[]>> = {
  n: new KeyedSection(data.hypernyms.n, decodeIds, EMPTY),
  v: new KeyedSection(data.hypernyms.v, decodeIds, EMPTY),
};
/** hypernymSynsets.<pos> split into entries on first use; entry i = "word,word" of synset id i. */
const hypernymSynsetLists: Partial<Record<HypernymPos, readonly string[]>> = {};
const hypernymWordMemo: Record<HypernymPos, Map<string, readonly string[]>> = { n: new Map(), v: new Map() };

/**
 * Dense ids of the synsets among the first 3 WordNet senses of `lemma` as `pos` that have
 * at least two member words ([] if none). Ids are unique across parts of speech.
 */
export function synsetIds(lemma: string, pos: WordnetPos): readonly number[] {
  return synsetSections[pos].get(lemma);
}

/** Whether `a` and `b` share a (multi-word-member) synset among their first 3 senses as `pos`. */
export function sharesSynset(a: string, b: string, pos: WordnetPos): boolean {
  const idsA = synsetIds(a, pos);
  if (idsA.length === 0) return false;
  const idsB = synsetIds(b, pos);
  for (const id of idsA) if (idsB.includes(id)) return true;
  return false;
}

/**
 * Derivationally related words of the other part of speech (noun ~ verb, adjective ~ noun),
 * e.g. extradition ~ extradite. Symmetric; may include the lemma itself when WordNet links
 * its noun and verb senses (purchase n ~ purchase v).
 */
export function derivationallyRelated(lemma: string): readonly string[] {
  return derivationSection.get(lemma);
}

/** Direct (lexical) antonyms in any part of speech, sorted. */
export function antonyms(lemma: string): readonly string[] {
  return antonymSection.get(lemma);
}

/**
 * Indirect antonyms: an adjective satellite and the antonyms of its head adjective
 * (in either direction), excluding direct antonyms. Sorted.
 */
export function indirectAntonyms(lemma: string): readonly string[] {
  return indirectAntonymSection.get(lemma);
}

/** Nouns an adjective pertains to (italian -> italy), with the other names of that noun's synset. */
export function pertainyms(adjective: string): readonly string[] {
  return pertainymSection.get(adjective);
}

/** Sum of SemCor tag counts over all senses of `lemma` in any part of speech (0 when unknown). */
export function commonness(lemma: string): number {
  return commonnessSection.get(lemma);
}

/**
 * Member words of the direct hypernyms (`@`, and instance-of `@i` for nouns) of the first 2
 * WordNet senses of `lemma` as `pos`: the first 3 member words of each hypernym synset, in
 * sense then WordNet order, without repeats or the lemma itself (drown v -> die, ...; house n ->
 * building, edifice, ...). [] when unknown, and for lemmas left out of the table: multi-word
 * lemmas other than verb + particle, rare lemmas (no SemCor tags) with 3+ senses, and some
 * rare nouns (proper names, species, anatomy, food, substances, units, abstract qualities).
 */
export function hypernymWords(lemma: string, pos: HypernymPos): readonly string[] {
  const memo = hypernymWordMemo[pos];
  const cached = memo.get(lemma);
  if (cached !== undefined) return cached;
  const ids = hypernymSections[pos].get(lemma);
  let words: readonly string[] = EMPTY;
  if (ids.length > 0) {
    const lists = (hypernymSynsetLists[pos] ??= data.hypernymSynsets[pos].split(';'));
    const out: string[] = [];
    for (const id of ids) {
      for (const word of lists[id].split(',')) if (word !== lemma && !out.includes(word)) out.push(word);
    }
    words = Object.freeze(out);
  }
  memo.set(lemma, words);
  return words;
}

/**
 * Whether "first second" is a phrasal verb in WordNet: a two-word verb lemma whose second word
 * is a particle ("hand over", "carry out", "shut down", "lay off").
 */
export function isMultiwordLemma(first: string, second: string): boolean {
  return multiwordSection.get(first).has(second);
}
