// The order in which alignment merges links: strongest first, ties in their given order. A
// link's exact strength can be costly to find (its matched features are read, a contest cue adds
// a bonus), so each candidate waits under an upper bound, and is only looked at more closely when
// it reaches the front of the queue and is still `useful`: each look gives a tighter bound or the
// exact strength, and the candidate waits again under it. A link that cannot merge two groups now
// never can later (groups only grow), so skipping it there gives exactly the order of a full
// sort, for a fraction of the lookups.

/** How a candidate's strength is found, a step at a time. */
export interface Tightening {
  /**
   * A closer upper bound of candidate `index`'s strength, or its exact strength, no higher than
   * the value it waited under; null when it turns out to be no link.
   */
  tighten(index: number): number | null;
  /** Whether the value `tighten` last gave for `index` is its exact strength. */
  isExact(index: number): boolean;
}

/**
 * Yields the indices `0 .. count - 1` of the candidates that are links, strongest first, ties by
 * index. `upperBound` must be at least the exact strength.
 */
export function* strongestFirst(count: number, upperBound: (index: number) => number, steps: Tightening, useful: (index: number) => boolean): Generator<number> {
  const strength = new Float64Array(count);
  for (let i = 0; i < count; i++) strength[i] = upperBound(i);
  const exact = new Uint8Array(count);
  const before = (x: number, y: number) => strength[x] > strength[y] || (strength[x] === strength[y] && x < y);
  // Candidates waiting under their first bound, sorted once; those looked at since wait in a heap.
  // Both follow one order, so taking the earlier of their fronts is what one queue would give.
  const waiting = strongestIndicesFirst(strength);
  const tightened = new IndexHeap(count, before);
  let next = 0;
  while (next < waiting.length || tightened.size) {
    let i: number;
    if (tightened.size && (next === waiting.length || before(tightened.peek(), waiting[next]))) {
      i = tightened.pop();
      if (exact[i]) {
        yield i;
        continue;
      }
    } else {
      i = waiting[next++];
    }
    if (!useful(i)) continue;
    const value = steps.tighten(i);
    if (value === null) continue;
    strength[i] = value;
    exact[i] = steps.isExact(i) ? 1 : 0;
    tightened.push(i);
  }
}

/**
 * Indices by strength, strongest first, ties by index: each index goes to the rank of its
 * strength among the distinct strengths, then a stable counting sort by rank. For a hundred
 * thousand links this is several times faster than a sort with a comparator.
 */
function strongestIndicesFirst(strength: Float64Array): Int32Array {
  const distinct = Float64Array.from(strength).sort();
  let size = 0;
  for (let k = 0; k < distinct.length; k++) if (k === 0 || distinct[k] !== distinct[size - 1]) distinct[size++] = distinct[k];
  const rank = new Int32Array(strength.length);
  const count = new Int32Array(size + 1);
  for (let i = 0; i < strength.length; i++) {
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid] < strength[i]) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = size - 1 - lo;
    count[rank[i] + 1]++;
  }
  for (let r = 1; r <= size; r++) count[r] += count[r - 1];
  const order = new Int32Array(strength.length);
  for (let i = 0; i < strength.length; i++) order[count[rank[i]]++] = i;
  return order;
}

/** A binary heap of indices; `before(x, y)` says x comes out first. */
class IndexHeap {
  private readonly items: Int32Array;
  size = 0;

  constructor(capacity: number, private readonly before: (x: number, y: number) => boolean) {
    this.items = new Int32Array(Math.max(1, capacity));
  }

  peek(): number {
    return this.items[0];
  }

  push(value: number): void {
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(value, this.items[parent])) break;
      this.items[i] = this.items[parent];
      i = parent;
    }
    this.items[i] = value;
  }

  pop(): number {
    const top = this.items[0];
    const last = this.items[--this.size];
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const child = left + 1 < this.size && this.before(this.items[left + 1], this.items[left]) ? left + 1 : left;
      if (!this.before(this.items[child], last)) break;
      this.items[i] = this.items[child];
      i = child;
    }
    this.items[i] = last;
    return top;
  }
}
