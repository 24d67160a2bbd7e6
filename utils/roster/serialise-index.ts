import { findKey, isPackedKeys, isPackedStrings, keyAt, packKeys, packStrings, type PackedKeys, type PackedStrings } from './packed-keys';
import { hitsOf, type Hits, type NameBucket, type RosterIndex, type SurnameTable } from './roster-index';
import type { RosterEntry, RosterRole } from './types';

/**
 * The layout of SerialisedRosterIndex. Raise it whenever the layout, the hash, the entry encoding
 * or what buildRosterIndex puts in the index changes: a stored index of another format is rebuilt,
 * never read.
 */
export const ROSTER_INDEX_FORMAT = 1;

/**
 * The built index in a form IndexedDB stores and copies whole: strings, typed arrays and numbers,
 * a few MB for 50,000 people, with no object per key. Loading it is a structured clone, not a
 * rebuild. Keys keep the order buildRosterIndex added them, so a loaded index matches exactly as
 * the built one did, ties and all.
 */
export interface SerialisedRosterIndex {
  format: number;
  /**
   * The version of Chalkline that built it: an update may key names differently (normalisation,
   * diminutives) without a new layout, so an index built by another version is rebuilt too.
   */
  builtBy: string;
  entryCount: number;
  maxSurnameTokens: number;
  /** The surname keys of byFullName. */
  surnames: PackedKeys;
  /** Surname i owns given names givenStart[i] to givenStart[i + 1] − 1, packed with seed i. */
  givenStart: Uint32Array;
  givens: PackedKeys;
  /** The packed hits of given name p are hits[hitStart[p]] to hits[hitStart[p + 1] − 1]. */
  hitStart: Uint32Array;
  hits: Int32Array;
  surnameStarts: PackedKeys;
  /** Handle h belongs to handleIds[handleStart[h]] to handleIds[handleStart[h + 1] − 1]. */
  handles: PackedKeys;
  handleStart: Uint32Array;
  handleIds: Int32Array;
  /** Entry i as a JSON array (see encodeEntry), decoded only when matching first asks for it. */
  people: PackedStrings;
}

const ROLES: readonly RosterRole[] = ['pupil', 'former_pupil', 'parent', 'staff'];

/** An entry without its id (its position) and without field names; absent fields at the end are left off. */
function encodeEntry(e: RosterEntry): string {
  const row: unknown[] = [e.firstName, e.lastName, ROLES.indexOf(e.role), e.yearGroup, e.preferredName, e.preferredLastName, e.turns19On, e.handles.length ? e.handles : undefined];
  while (row.length > 3 && row.at(-1) === undefined) row.pop();
  return JSON.stringify(row);
}

/** encodeEntry's array: JSON writes an absent field before a present one as null. */
type EncodedEntry = [string, string, number, (string | null)?, (string | null)?, (string | null)?, (string | null)?, string[]?];

function decodeEntry(json: string, id: number): RosterEntry {
  const [firstName, lastName, role, yearGroup, preferredName, preferredLastName, turns19On, handles] = JSON.parse(json) as EncodedEntry;
  const entry: RosterEntry = { id, firstName, lastName, role: ROLES[role]!, handles: handles ?? [] };
  if (preferredName != null) entry.preferredName = preferredName;
  if (preferredLastName != null) entry.preferredLastName = preferredLastName;
  if (yearGroup != null) entry.yearGroup = yearGroup;
  if (turns19On != null) entry.turns19On = turns19On;
  return entry;
}

/** Packs a built (or loaded) index for storage. Pure; about as costly as a build, so run it once per import. */
export function serialiseRosterIndex(index: RosterIndex, builtBy = ''): SerialisedRosterIndex {
  const surnames: string[] = [];
  const givens: string[] = [];
  const owners: number[] = [];
  const givenStart = [0];
  const hitStart = [0];
  const hits: number[] = [];
  for (const [surname, bucket] of index.byFullName) {
    const s = surnames.push(surname) - 1;
    for (const [given, packed] of bucket) {
      givens.push(given);
      owners.push(s);
      hits.push(...hitsOf(packed));
      hitStart.push(hits.length);
    }
    givenStart.push(givens.length);
  }
  const handles: string[] = [];
  const handleStart = [0];
  const handleIds: number[] = [];
  for (const [handle, ids] of index.byHandle) {
    handles.push(handle);
    handleIds.push(...ids);
    handleStart.push(handleIds.length);
  }
  return {
    format: ROSTER_INDEX_FORMAT,
    builtBy,
    entryCount: index.entryCount,
    maxSurnameTokens: index.maxSurnameTokens,
    surnames: packKeys(surnames),
    givenStart: Uint32Array.from(givenStart),
    givens: packKeys(givens, owners),
    hitStart: Uint32Array.from(hitStart),
    hits: Int32Array.from(hits),
    surnameStarts: packKeys([...index.surnameStarts]),
    handles: packKeys(handles),
    handleStart: Uint32Array.from(handleStart),
    handleIds: Int32Array.from(handleIds),
    people: packStrings(Array.from({ length: index.entryCount }, (_, id) => encodeEntry(index.entry(id)))),
  };
}

/** What a stored index must have been made for: the roster's size, and the version of Chalkline now running. */
export interface IndexExpectations {
  entryCount?: number;
  builtBy?: string;
}

/**
 * Why a stored index cannot be used, or null when its shape is sound: another format or builder, a
 * missing or mistyped field, or lengths that do not fit together. Constant time (see isPackedStrings).
 */
export function serialisedIndexProblem(data: unknown, expected: IndexExpectations = {}): string | null {
  const d = data as Partial<SerialisedRosterIndex> | null;
  if (d?.format !== ROSTER_INDEX_FORMAT) return `format ${String(d?.format)}, expected ${ROSTER_INDEX_FORMAT}`;
  if (typeof d.builtBy !== 'string' || (expected.builtBy !== undefined && d.builtBy !== expected.builtBy)) return `built by version ${String(d.builtBy)}`;
  if (typeof d.entryCount !== 'number' || (expected.entryCount !== undefined && d.entryCount !== expected.entryCount)) return 'entry count differs from the roster';
  if (typeof d.maxSurnameTokens !== 'number') return 'no surname length';
  for (const key of ['surnames', 'givens', 'surnameStarts', 'handles'] as const) if (!isPackedKeys(d[key])) return `${key} damaged`;
  if (!isPackedStrings(d.people) || d.people.ends.length !== d.entryCount) return 'people damaged';
  if (!isRuns(d.givenStart, d.surnames!.ends.length, d.givens!.ends.length)) return 'givenStart damaged';
  if (!(d.hits instanceof Int32Array) || !isRuns(d.hitStart, d.givens!.ends.length, d.hits.length)) return 'hits damaged';
  if (!(d.handleIds instanceof Int32Array) || !isRuns(d.handleStart, d.handles!.ends.length, d.handleIds.length)) return 'handles damaged';
  return null;
}

/** Offsets of `count` runs over `total` items: count + 1 of them, from 0 to total. */
function isRuns(starts: unknown, count: number, total: number): starts is Uint32Array {
  return starts instanceof Uint32Array && starts.length === count + 1 && starts[0] === 0 && starts[count] === total;
}

/**
 * The index from its stored form, ready at once: lookups read the packed arrays directly, and an
 * entry is decoded the first time matching asks for it. Throws when `data` is of another format or
 * builder, or damaged (see serialisedIndexProblem).
 */
export function loadSerialisedIndex(data: unknown, expected: IndexExpectations = {}): RosterIndex {
  const problem = serialisedIndexProblem(data, expected);
  if (problem) throw new Error(`Stored roster index not usable: ${problem}`);
  const d = data as SerialisedRosterIndex;
  const decoded: (RosterEntry | undefined)[] = new Array(d.entryCount);
  let byLength: string[][] | undefined;
  return {
    entryCount: d.entryCount,
    entry: (id) => (decoded[id] ??= decodeEntry(keyAt(d.people, id), id)),
    byFullName: new PackedSurnames(d),
    surnameStarts: { has: (word) => findKey(d.surnameStarts, word) >= 0, [Symbol.iterator]: () => keysOf(d.surnameStarts) },
    byHandle: {
      size: d.handles.ends.length,
      get: (handle) => {
        const h = findKey(d.handles, handle);
        return h < 0 ? undefined : Array.from(d.handleIds.subarray(d.handleStart[h]!, d.handleStart[h + 1]!));
      },
      *[Symbol.iterator]() {
        for (let h = 0; h < d.handles.ends.length; h++) yield [keyAt(d.handles, h), Array.from(d.handleIds.subarray(d.handleStart[h]!, d.handleStart[h + 1]!))];
      },
    },
    maxSurnameTokens: d.maxSurnameTokens,
    // Only typo matching needs surnames by length: made the first time it asks.
    get surnamesByLength() {
      if (!byLength) {
        byLength = [];
        for (const surname of keysOf(d.surnames)) (byLength[surname.length] ??= []).push(surname);
      }
      return byLength;
    },
    soundCache: new Map(),
  };
}

function* keysOf(packed: PackedKeys): Generator<string> {
  for (let i = 0; i < packed.ends.length; i++) yield keyAt(packed, i);
}

function hitsAt(d: SerialisedRosterIndex, p: number): Hits {
  const from = d.hitStart[p]!;
  const to = d.hitStart[p + 1]!;
  return to - from === 1 ? d.hits[from]! : Array.from(d.hits.subarray(from, to));
}

class PackedSurnames implements SurnameTable {
  constructor(private readonly d: SerialisedRosterIndex) {}
  get(surname: string): NameBucket | undefined {
    const s = findKey(this.d.surnames, surname);
    return s < 0 ? undefined : new PackedBucket(this.d, s);
  }
  has(surname: string): boolean {
    return findKey(this.d.surnames, surname) >= 0;
  }
  *values(): Generator<NameBucket> {
    for (let s = 0; s < this.d.surnames.ends.length; s++) yield new PackedBucket(this.d, s);
  }
  *[Symbol.iterator](): Generator<[string, NameBucket]> {
    for (let s = 0; s < this.d.surnames.ends.length; s++) yield [keyAt(this.d.surnames, s), new PackedBucket(this.d, s)];
  }
}

class PackedBucket implements NameBucket {
  constructor(
    private readonly d: SerialisedRosterIndex,
    private readonly s: number,
  ) {}
  get(given: string): Hits | undefined {
    const p = findKey(this.d.givens, given, this.s, this.d.givenStart[this.s]!, this.d.givenStart[this.s + 1]!);
    return p < 0 ? undefined : hitsAt(this.d, p);
  }
  *keys(): Generator<string> {
    for (let p = this.d.givenStart[this.s]!; p < this.d.givenStart[this.s + 1]!; p++) yield keyAt(this.d.givens, p);
  }
  *[Symbol.iterator](): Generator<[string, Hits]> {
    for (let p = this.d.givenStart[this.s]!; p < this.d.givenStart[this.s + 1]!; p++) yield [keyAt(this.d.givens, p), hitsAt(this.d, p)];
  }
}
