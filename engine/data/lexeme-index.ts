// wink's lexeme hash (word -> index in the model's 87,593-word lexeme list), without building it.
// wink builds it as a plain object up front, one property per word: 50-100 ms in a fresh
// worker, most of the engine's start-up once the model is parsed. But the list is sorted already
// (after its first entry, the out-of-vocabulary marker): by lowercase form, then by UTF-16 code
// units ("A" < "a" < "AA" < "aa" < "Aa-"...). So a word's index is found by binary search when
// first read, and then kept as a plain property: a text pays for the words it uses, not the list.
// wink reads and writes the hash as an object (`hash[word]`, `hash[word] = index` for words it
// learns, which it also appends to the list), so it gets an object whose prototype is a Proxy
// that finds missing words.

/** Past this many distinct misses the memo starts afresh, so a long-lived worker's stays bounded. */
const MAX_MISSES = 100_000;

/** Orders `a` and `b` as wink's lexeme list is ordered: <0, 0 or >0. */
export function compareLexemes(a: string, b: string): number {
  if (a === b) return 0;
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a < b ? -1 : 1;
}

/**
 * An object-like view of `word -> index` for `words`, answering exactly as `Object.create(null)`
 * filled with `hash[words[k]] = k` would, including words set later. `words` must be distinct
 * and, from index 1 on, in compareLexemes order (tests/engine/wink-model.test.ts checks wink's
 * list); words appended to it later are not searched, only those set through the view.
 */
export function sortedWordIndex(words: readonly string[]): Record<string, number> {
  const count = words.length;

  const search = (word: string): number | undefined => {
    if (count > 0 && words[0] === word) return 0;
    const lower = word.toLowerCase();
    let lo = 1;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const candidate = words[mid];
      if (candidate === word) return mid;
      const candidateLower = candidate.toLowerCase();
      if (candidateLower < lower || (candidateLower === lower && candidate < word)) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };

  // The tokenizer probes every space-separated chunk before splitting it ("euros.", "\"We"), and
  // most such chunks are no word: each is searched once, not at every occurrence.
  const misses = new Set<string>();
  const searchOnce = (word: string): number | undefined => {
    if (misses.has(word)) return undefined;
    const found = search(word);
    if (found === undefined) {
      if (misses.size >= MAX_MISSES) misses.clear();
      misses.add(word);
    }
    return found;
  };

  const keep = (receiver: object, word: string, index: number) => Reflect.defineProperty(receiver, word, { value: index, writable: true, enumerable: true, configurable: true });
  // Words wink reads or sets become plain properties of the returned object, which wink reads
  // without leaving the engine's property lookup; only a word the object lacks reaches the
  // Proxy behind it (its prototype), once. A trap on every read cost a large text measurably.
  const lookups = new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key, receiver: object) => {
      if (typeof key !== 'string') return undefined;
      const found = searchOnce(key);
      if (found !== undefined) keep(receiver, key, found);
      return found;
    },
    set: (_, key, value: number, receiver: object) => typeof key === 'string' && keep(receiver, key, value),
    // Words set are own properties, found before this trap is asked.
    has: (_, key) => typeof key === 'string' && searchOnce(key) !== undefined,
  });
  return Object.create(lookups) as Record<string, number>;
}
