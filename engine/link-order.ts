// The order in which alignment merges links: strongest first, ties in their given order. A
// link's exact strength can be costly to find (a contest cue adds a bonus), so each link waits
// under an upper bound and is only looked at closely when it reaches the front of the queue and
// is still `useful`. A link that cannot merge two groups now never can later (groups only grow),
// so skipping it there gives exactly the order of a full sort, for a fraction of the lookups.

export function* strongestFirst<T>(items: readonly T[], upperBound: (item: T) => number, exactStrength: (item: T) => number, useful: (item: T) => boolean): Generator<T> {
  const strength = Float64Array.from(items, upperBound);
  const exact = new Uint8Array(items.length);
  const heap = new IndexHeap(items.length, (x, y) => strength[x] > strength[y] || (strength[x] === strength[y] && x < y));
  for (let i = 0; i < items.length; i++) heap.push(i);
  while (heap.size) {
    const i = heap.pop();
    if (exact[i]) {
      yield items[i];
      continue;
    }
    if (!useful(items[i])) continue;
    exact[i] = 1;
    strength[i] = exactStrength(items[i]);
    heap.push(i);
  }
}

/** A binary heap of indices; `before(x, y)` says x comes out first. */
class IndexHeap {
  private readonly items: Int32Array;
  size = 0;

  constructor(capacity: number, private readonly before: (x: number, y: number) => boolean) {
    this.items = new Int32Array(Math.max(1, capacity));
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
