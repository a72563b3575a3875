// wink's lexeme hash (word -> index in the model's 87,593-word lexeme list), without building it.
// wink builds it as a plain object up front, one property per word: 50-100 ms in a fresh
// worker, most of the engine's start-up once the model is parsed. Sorting the words into
// buckets at load instead still cost ~15 ms. But the list is sorted already (after its first
// entry, the out-of-vocabulary marker): by lowercase form, then by UTF-16 code units
// ("A" < "a" < "AA" < "aa" < "Aa-"...). So a word's index is found by binary search, and kept
// in a Map once found: a short text pays for a few hundred comparisons, not for the list.
// wink reads and writes the hash as an object (`hash[word]`, `hash[word] = index` for words it
// learns, which it also appends to the list), so it gets a Proxy over the Map and the search.

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
  const map = new Map<string, number>();

  const search = (word: string): number => {
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
    return -1;
  };

  const lookup = (word: string): number | undefined => {
    const found = map.get(word);
    if (found !== undefined) return found;
    const k = search(word);
    if (k < 0) return undefined;
    map.set(word, k);
    return k;
  };

  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? lookup(key) : undefined),
    set: (_, key, value: number) => {
      if (typeof key !== 'string') return false;
      map.set(key, value);
      return true;
    },
    has: (_, key) => typeof key === 'string' && lookup(key) !== undefined,
  });
}
