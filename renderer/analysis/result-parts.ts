// The analysis of a big case is tens of megabytes (22 MB for 20 sources x 10,000 words). Posted
// as one message, the UI thread deserializes it in one task of more than half a second. Instead
// the worker posts its long arrays in slices, each deserialized in a short task of its own, and
// then the rest of the object; the client puts the slices back in place.

/** One slice of the array found at `path` (dot-separated keys) in the result. */
export interface ResultPart {
  path: string;
  items: unknown[];
}

/** About 5-10 ms of structured-clone deserialization on a slow machine. */
const SLICE_CHARS = 250_000;
/** Arrays are looked for this deep: `framing.naming.labels` is at depth 3. */
const MAX_DEPTH = 3;
const SAMPLES = 24;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Serialized size of an array, from a sample of its items spread along it. */
function estimateChars(items: unknown[]): number {
  if (!items.length) return 0;
  const step = Math.max(1, Math.floor(items.length / SAMPLES));
  let chars = 0;
  let sampled = 0;
  for (let i = 0; i < items.length; i += step, sampled++) chars += JSON.stringify(items[i])?.length ?? 0;
  return (chars / sampled) * items.length;
}

/**
 * Splits `value` into the slices of its big arrays and a skeleton holding everything else (the
 * big arrays emptied). `value` itself is left unchanged. Arrays at the paths in `sent` went in
 * slices of an earlier split (`sentPaths`): they are emptied and not sent again.
 */
export function splitResult<T extends object>(value: T, sliceChars = SLICE_CHARS, sent: ReadonlySet<string> = new Set()): { skeleton: T; parts: ResultPart[] } {
  const parts: ResultPart[] = [];
  const walk = (node: Record<string, unknown>, path: string[], depth: number): Record<string, unknown> => {
    const copy: Record<string, unknown> = { ...node };
    for (const [key, child] of Object.entries(node)) {
      if (Array.isArray(child) && sent.has([...path, key].join('.'))) {
        copy[key] = [];
      } else if (Array.isArray(child)) {
        const chars = estimateChars(child);
        if (chars <= sliceChars) continue;
        const size = Math.max(1, Math.floor(child.length / Math.ceil(chars / sliceChars)));
        for (let i = 0; i < child.length; i += size) parts.push({ path: [...path, key].join('.'), items: child.slice(i, i + size) });
        copy[key] = [];
      } else if (isPlainObject(child) && depth < MAX_DEPTH) {
        copy[key] = walk(child, [...path, key], depth + 1);
      }
    }
    return copy;
  };
  return { skeleton: walk(value as Record<string, unknown>, [], 1) as T, parts };
}

/** The paths of the arrays `parts` hold slices of. */
export function sentPaths(parts: readonly ResultPart[]): Set<string> {
  return new Set(parts.map((p) => p.path));
}

/** Puts the slices back into the skeleton they were cut from, in the order they were sent. */
export function joinResult<T extends object>(skeleton: T, parts: ResultPart[]): T {
  for (const part of parts) {
    const keys = part.path.split('.');
    let node = skeleton as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    const last = keys[keys.length - 1];
    const target = node[last] as unknown[];
    // push(...items) would overflow the stack for slices of many thousands of items.
    for (const item of part.items) target.push(item);
  }
  return skeleton;
}
