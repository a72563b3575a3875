// Each claim's match keys as interned ids, sorted, in flat typed arrays: the form the pair
// scoring's merge join reads (engine/similarity.ts). Kept apart from the weights and the scoring
// rules: this is only the data layout.
import type { WeightedFeature } from './similarity';
import { isWordFeature } from './features';

/** Parallel arrays sorted by key id: which feature holds the key, and how strongly. */
export interface SortedKeys {
  ids: Int32Array;
  items: Int32Array;
  strengths: Float64Array;
  /**
   * Per feature, its weight and its kinds (bits: `WORD`, `INHERITED`, ...): read for
   * every scored pair, so kept flat rather than behind each feature's objects.
   */
  weights: Float64Array;
  kinds: Uint8Array;
}

const keyIds = new Map<string, number>();

/** A feature's match keys as interned ids, with their strengths in the same order. */
export interface InternedKeys {
  ids: number[];
  strengths: number[];
}

const internedCache = new WeakMap<Map<string, number>, InternedKeys>();

/** How many distinct match keys have been given ids so far (ids run from 0 to this). */
export function keyCount(): number {
  return keyIds.size;
}

/** A feature's match keys as interned ids; the key maps are shared per word, so this is done once a word. */
export function interned(keys: Map<string, number>): InternedKeys {
  let found = internedCache.get(keys);
  if (!found) {
    found = { ids: [], strengths: [] };
    for (const [key, strength] of keys) {
      let id = keyIds.get(key);
      if (id === undefined) keyIds.set(key, (id = keyIds.size));
      found.ids.push(id);
      found.strengths.push(strength);
    }
    internedCache.set(keys, found);
  }
  return found;
}

// Key id, feature index and key index packed into one double, so a plain numeric sort of a
// Float64Array (no comparator, several times faster) orders the keys; 2^20 * 2^12 * 2^12 < 2^53.
const OWNER_SLOTS = 4096;
const KEY_SLOTS = 4096;

let packedBuffer = new Float64Array(1024);

// Every claim's three key arrays are views into shared slabs: thousands of small ArrayBuffers,
// each with its own backing store, cost the allocator and the collector far more.
const SLAB_BYTES = 1 << 20;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/** `bytes` (a multiple of 8) from the current slab, 8-byte aligned. */
function take(bytes: number): [ArrayBuffer, number] {
  if (bytes > SLAB_BYTES / 4) return [new ArrayBuffer(bytes), 0];
  if (slabUsed + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  slabUsed += bytes;
  return [slab, slabUsed - bytes];
}

function carve(total: number): { ids: Int32Array; owners: Int32Array; strengths: Float64Array } {
  // Strengths first, so that each part stays aligned (16 bytes a key).
  const [buffer, at] = take(total * 16);
  return { strengths: new Float64Array(buffer, at, total), ids: new Int32Array(buffer, at + total * 8, total), owners: new Int32Array(buffer, at + total * 12, total) };
}

/** Feature kinds as bits, so that a pair's matches are classified without reading its features. */
export const WORD = 1;
export const INHERITED = 2;
export const PREDICATE = 4;
export const AGENT = 8;
export const NAME = 16;
/** A date, a time or a count. */
export const NUMBER = 32;

function kindsOf(feature: WeightedFeature['feature']): number {
  const pos = feature.pos;
  return (
    (isWordFeature(feature) ? WORD : 0) |
    (feature.inherited ? INHERITED : 0) |
    (feature.role === 'predicate' ? PREDICATE : feature.role === 'agent' ? AGENT : 0) |
    (pos === 'e' ? NAME : pos === 'q' || pos === 'd' ? NUMBER : 0)
  );
}

function featureTable(items: WeightedFeature[]): { weights: Float64Array; kinds: Uint8Array } {
  const n = items.length;
  const [buffer, at] = take(n * 8 + Math.ceil(n / 8) * 8);
  const weights = new Float64Array(buffer, at, n);
  const kinds = new Uint8Array(buffer, at + n * 8, n);
  for (let i = 0; i < n; i++) {
    const item = items[i];
    weights[i] = item.weight;
    kinds[i] = kindsOf(item.feature);
  }
  return { weights, kinds };
}

export function sortedKeys(items: WeightedFeature[]): SortedKeys {
  const lists: InternedKeys[] = [];
  for (let i = 0; i < items.length; i++) lists.push(items[i].keys);
  let total = 0;
  let widest = 0;
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i];
    total += list.ids.length;
    if (list.ids.length > widest) widest = list.ids.length;
  }
  if (items.length >= OWNER_SLOTS || widest >= KEY_SLOTS || keyIds.size >= 2 ** 29) return sortedKeysSlowly(items);
  if (packedBuffer.length < total) packedBuffer = new Float64Array(total * 2);
  const packed = packedBuffer.subarray(0, total);
  let n = 0;
  for (let owner = 0; owner < lists.length; owner++) {
    const list = lists[owner];
    for (let k = 0; k < list.ids.length; k++) packed[n++] = (list.ids[k] * OWNER_SLOTS + owner) * KEY_SLOTS + k;
  }
  packed.sort();
  const { ids, owners, strengths } = carve(total);
  // Unpacked by flooring divisions (exact: the slots are powers of two and the packed values
  // integers below 2^53); `%` on doubles this large is a slow library call, and this runs for
  // every key of every claim.
  for (let i = 0; i < total; i++) {
    const rest = Math.floor(packed[i] / KEY_SLOTS);
    const k = packed[i] - rest * KEY_SLOTS;
    const id = Math.floor(rest / OWNER_SLOTS);
    const owner = rest - id * OWNER_SLOTS;
    ids[i] = id;
    owners[i] = owner;
    strengths[i] = lists[owner].strengths[k];
  }
  return { ids, items: owners, strengths, ...featureTable(items) };
}

/** For claims too large to pack (a 100 KB run-on "sentence"): the same order, by comparator. */
function sortedKeysSlowly(items: WeightedFeature[]): SortedKeys {
  const ids: number[] = [];
  const owners: number[] = [];
  const strengths: number[] = [];
  items.forEach((item, index) => {
    const keys = item.keys;
    for (let k = 0; k < keys.ids.length; k++) {
      ids.push(keys.ids[k]);
      owners.push(index);
      strengths.push(keys.strengths[k]);
    }
  });
  const order = Int32Array.from(ids, (_, i) => i).sort((x, y) => ids[x] - ids[y] || owners[x] - owners[y]);
  return {
    ids: Int32Array.from(order, (i) => ids[i]),
    items: Int32Array.from(order, (i) => owners[i]),
    strengths: Float64Array.from(order, (i) => strengths[i]),
    ...featureTable(items),
  };
}
