// wink's lexeme hash (word -> index in the model's 87,593-word lexeme list), built lazily.
// wink builds it as a plain object up front, one property per word: 50-100 ms in a fresh
// worker, most of the engine's start-up once the model is parsed. Here the words are only
// sorted into buckets by a cheap hash at load; a word looked up is found by scanning its bucket
// and then kept as a property, so a text pays for the words it uses, not all 87,593.
// wink reads and writes the hash as an object (`hash[word]`, `hash[word] = index` for words it
// learns), so it gets an object whose prototype is a Proxy that finds missing words.

/** Buckets per word list: ~20 words each for the lexeme list. */
const BUCKET_BITS = 12;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

/**
 * Mixes the length and the first, middle and last code units: constant time per word, since
 * all 87,593 words are bucketed at load (a hash over every character costs several times more).
 */
function bucketOf(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  const h = Math.imul(Math.imul(n, 0x9e3779b1) ^ word.charCodeAt(0), 0x85ebca6b) ^ Math.imul(word.charCodeAt(n >> 1), 0xc2b2ae35) ^ Math.imul(word.charCodeAt(n - 1), 0x27d4eb2f);
  return (h ^ (h >>> BUCKET_BITS) ^ (h >>> (2 * BUCKET_BITS))) & BUCKET_MASK;
}

/**
 * An object-like view of `word -> index` for `words` (distinct), answering exactly as
 * `Object.create(null)` filled with `hash[words[k]] = k` would, including words set later.
 */
export function lazyWordIndex(words: readonly string[]): Record<string, number> {
  const count = words.length;
  // Counting sort of the word indexes by bucket: `order[starts[b] .. starts[b + 1])` is bucket b.
  const buckets = new Uint16Array(count);
  const starts = new Uint32Array(BUCKET_MASK + 2);
  for (let k = 0; k < count; k++) {
    const b = bucketOf(words[k]);
    buckets[k] = b;
    starts[b + 1]++;
  }
  for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
  const order = new Uint32Array(count);
  const fill = starts.slice(0, BUCKET_MASK + 1);
  for (let k = 0; k < count; k++) order[fill[buckets[k]]++] = k;

  const inBucket = (word: string): number | undefined => {
    const b = bucketOf(word);
    for (let i = starts[b]; i < starts[b + 1]; i++) if (words[order[i]] === word) return order[i];
    return undefined;
  };
  const keep = (receiver: object, word: string, index: number) => Reflect.defineProperty(receiver, word, { value: index, writable: true, enumerable: true, configurable: true });
  // Words wink reads or sets become plain properties of the returned object, which wink reads
  // without leaving the engine's property lookup; only a word the object lacks reaches the
  // Proxy behind it (its prototype), once. A trap on every read cost a large text measurably.
  const lookups = new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key, receiver: object) => {
      if (typeof key !== 'string') return undefined;
      const found = inBucket(key);
      if (found !== undefined) keep(receiver, key, found);
      return found;
    },
    set: (_, key, value: number, receiver: object) => typeof key === 'string' && keep(receiver, key, value),
    // Words set are own properties, found before this trap is asked.
    has: (_, key) => typeof key === 'string' && inBucket(key) !== undefined,
  });
  return Object.create(lookups) as Record<string, number>;
}
