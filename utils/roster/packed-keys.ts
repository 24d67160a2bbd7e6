/**
 * A list of strings kept as one text, end offsets and an open-addressing hash table: three values
 * the browser stores and copies whole (one string, two typed arrays) where a Map of 100,000 keys
 * would be rebuilt key by key. The list keeps its order, so iterating it gives the keys in the
 * order they were added, as a Map would.
 */
export interface PackedKeys extends PackedStrings {
  /** Hash slots holding key index + 1 (0 for an empty slot); the length is a power of two. */
  slots: Int32Array;
}

/** Strings as one text and end offsets: what is only read by position needs no hash table. */
export interface PackedStrings {
  text: string;
  /** End of string i in `text`; string i starts where string i − 1 ends. */
  ends: Uint32Array;
}

/** Packs strings read by position only. */
export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Uint32Array(list.length);
  let end = 0;
  list.forEach((s, i) => (ends[i] = end += s.length));
  return { text: list.join(''), ends };
}

/** FNV-1a over UTF-16 code units, started from `seed` so one table can hold keys of many owners. */
export function hashKey(key: string, seed: number): number {
  let h = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Packs `keys` (duplicates allowed only under different seeds). `seeds[i]` is key i's owner, for
 * keys that are only unique within an owner (given names within one surname).
 */
export function packKeys(keys: readonly string[], seeds?: ArrayLike<number>): PackedKeys {
  // At most half full, so a probe seldom goes past a slot or two.
  let size = 2;
  while (size < keys.length * 2) size *= 2;
  const slots = new Int32Array(size);
  const mask = size - 1;
  keys.forEach((key, i) => {
    let slot = hashKey(key, seeds?.[i] ?? 0) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  });
  return { ...packStrings(keys), slots };
}

/** String (or key) i. */
export function keyAt(packed: PackedStrings, i: number): string {
  return packed.text.slice(i === 0 ? 0 : packed.ends[i - 1]!, packed.ends[i]!);
}

/**
 * The index of `key` among the keys packed with `seed`, or −1. Only indices in [from, to) count:
 * the keys of one owner are a contiguous run, so the run is how the owner is checked.
 */
export function findKey(packed: PackedKeys, key: string, seed = 0, from = 0, to = packed.ends.length): number {
  const { text, ends, slots } = packed;
  const mask = slots.length - 1;
  for (let slot = hashKey(key, seed) & mask, probes = 0; probes < slots.length; slot = (slot + 1) & mask, probes++) {
    const i = slots[slot]! - 1;
    if (i < 0) return -1;
    if (i < from || i >= to) continue;
    const start = i === 0 ? 0 : ends[i - 1]!;
    if (ends[i]! - start !== key.length) continue;
    let same = true;
    for (let k = 0; k < key.length && same; k++) same = text.charCodeAt(start + k) === key.charCodeAt(k);
    if (same) return i;
  }
  return -1;
}

/**
 * Whether `value` has the shape of packed strings. Constant time: it checks types and lengths, not
 * every offset, so a wake-up does not pay for reading the whole index. IndexedDB gives back what
 * was written or nothing; what this catches is another layout.
 */
export function isPackedStrings(value: unknown): value is PackedStrings {
  const p = value as PackedStrings | null;
  return typeof p?.text === 'string' && p.ends instanceof Uint32Array && (p.ends.length > 0 ? p.ends[p.ends.length - 1] : 0) === p.text.length;
}

/** Whether `value` has the shape of packed keys: packed strings and a table with a free slot, of a power-of-two size. */
export function isPackedKeys(value: unknown): value is PackedKeys {
  const slots = (value as PackedKeys | null)?.slots;
  return isPackedStrings(value) && slots instanceof Int32Array && slots.length > value.ends.length && (slots.length & (slots.length - 1)) === 0;
}
