import { doubleMetaphone } from 'double-metaphone';
import { boundedMemo } from '@/utils/bounded-memo';
import { givenNameVariants } from './diminutives';
import { nameTokens } from './normalise';
import type { RosterEntry } from './types';

/**
 * The roster prepared for matching. Every lookup is a hash hit on a "surname + given name" key, so
 * matching costs the same with 50 people or 50,000. Given names are keyed as written; diminutives
 * are expanded when asking (see givenKeys), so Ellie finds Eleanor without listing every variant
 * against every person. The tables are Maps when built (buildRosterIndex) and views of packed
 * arrays when loaded from storage (loadSerialisedIndex); both iterate in the order keys were added.
 */
export interface RosterIndex {
  entryCount: number;
  /** The entry with this id (ids are positions, 0 to entryCount − 1). */
  entry(id: number): RosterEntry;
  /**
   * surname → given name as written → packed hits (id × 4 + how: exact, or partial for the last part
   * of a double surname). Two levels, so building never concatenates strings; packed numbers and
   * single hits without arrays keep 50,000 people to a few MB.
   */
  byFullName: SurnameTable;
  /** First token of every surname form, to reject most words of free text with one lookup. */
  surnameStarts: { has(word: string): boolean; [Symbol.iterator](): Iterator<string> };
  byHandle: { get(handle: string): readonly number[] | undefined; readonly size: number; [Symbol.iterator](): Iterator<[string, readonly number[]]> };
  /** The longest surname form, in tokens. */
  maxSurnameTokens: number;
  /** Every surname form in the index, by length: typo matching compares only names of similar length. */
  readonly surnamesByLength: readonly (readonly string[] | undefined)[];
  /** Sound codes (Double Metaphone) of surnames, filled in as typo matching meets them. */
  soundCache: Map<string, string>;
}

/** The given names written against one surname, with their hits (a Map, or a view of packed arrays). */
export interface NameBucket {
  get(given: string): Hits | undefined;
  keys(): Iterable<string>;
  [Symbol.iterator](): Iterator<[string, Hits]>;
}

/** surname → its NameBucket. */
export interface SurnameTable {
  get(surname: string): NameBucket | undefined;
  has(surname: string): boolean;
  values(): Iterable<NameBucket>;
  [Symbol.iterator](): Iterator<[string, NameBucket]>;
}

/** Names shorter than this are too easily confused to allow a typo. */
export const TYPO_MIN_LENGTH = 6;

/** One packed hit, or several: most (surname, given name) pairs belong to one person, so no array is made for them. */
export type Hits = number | readonly number[];

/** Iterates the packed hits of one key. */
export function hitsOf(hits: Hits | undefined): readonly number[] {
  return hits === undefined ? [] : typeof hits === 'number' ? [hits] : hits;
}

function addHit(bucket: Map<string, number | number[]>, key: string, packed: number): void {
  const prev = bucket.get(key);
  if (prev === undefined) bucket.set(key, packed);
  else if (typeof prev === 'number') {
    if (prev !== packed) bucket.set(key, [prev, packed]);
  } else if (!prev.includes(packed)) prev.push(packed);
}

/** How an index key was made: `exact` for a name as written, `variant` for a diminutive group. */
export interface IndexHit {
  id: number;
  how: 'exact' | 'variant' | 'partial';
}

const HOW_CODES = ['exact', 'variant', 'partial'] as const;
const pack = (id: number, how: IndexHit['how']) => id * 4 + HOW_CODES.indexOf(how);
/** Unpacks one value of `byFullName`. */
export const unpackHit = (packed: number): IndexHit => ({ id: packed >>> 2, how: HOW_CODES[packed & 3]! });

/**
 * The keys to look a given-name token up by: the name itself, then its diminutives and variants
 * (Ellie → eleanor, elinor, …). The index holds names as written only; variants are expanded when
 * asking, which keeps the index small and its build fast.
 */
export function givenKeys(token: string): GivenKeys {
  return GIVEN_KEYS(token);
}

// Remembered: free text asks about the same words again and again, on every keystroke's scan.
const GIVEN_KEYS = boundedMemo((token: string): GivenKeys => {
  const variants = givenNameVariants(token);
  const groups = variants.length > 1 ? variants.filter((v) => v !== token) : [];
  return { literal: token, groups, all: [token, ...groups] };
}, 20_000);

/** The keys of one given-name token: as written, its variant groups, and both in one list. */
export interface GivenKeys {
  literal: string;
  groups: readonly string[];
  all: readonly string[];
}


/** Double Metaphone primary code of a name, or the name itself when it has no code. */
export function soundKey(name: string): string {
  return doubleMetaphone(name.replace(/ /g, ''))[0] || name;
}

/** soundKey, remembered on the index (typo matching asks for the same surnames again and again). */
export function cachedSoundKey(index: RosterIndex, name: string): string {
  let code = index.soundCache.get(name);
  if (code === undefined) index.soundCache.set(name, (code = soundKey(name)));
  return code;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Memoises a string function over one build: rosters repeat surnames and given names a great deal. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = fn(s)));
    return v;
  };
}

/** The surname forms people write: as given, hyphen/space-joined ("vanderberg"), and the preferred surname. */
export function surnameForms(entry: Pick<RosterEntry, 'lastName' | 'preferredLastName'>, tokens = nameTokens): string[][] {
  const forms: string[][] = [];
  for (const last of [entry.lastName, entry.preferredLastName]) {
    if (!last) continue;
    const t = tokens(last);
    if (t.length === 0) continue;
    forms.push(t);
    if (t.length > 1) forms.push([t.join('')]);
  }
  return forms;
}

/** The given names a person goes by: the first word of the legal and of the preferred first name. */
export function givenForms(entry: Pick<RosterEntry, 'firstName' | 'preferredName'>, tokens = nameTokens): string[] {
  const forms: string[] = [];
  for (const first of [entry.firstName, entry.preferredName]) {
    const t = first ? tokens(first) : [];
    if (t[0] && !forms.includes(t[0])) forms.push(t[0]);
    // "Mary-Jane" or "Mary Jane" are also written whole.
    if (t.length > 1 && !forms.includes(t.join(''))) forms.push(t.join(''));
  }
  return forms;
}

/** Builds the index from stored entries. Linear in the roster size; run once per import, or on a wake-up with no stored index. */
export function buildRosterIndex(entries: readonly RosterEntry[]): RosterIndex {
  const byFullName = new Map<string, Map<string, number | number[]>>();
  const surnameStarts = new Set<string>();
  const byHandle = new Map<string, number[]>();
  const surnamesByLength: string[][] = [];
  let maxSurnameTokens = 1;
  const bucketFor = (surname: string) => {
    let bucket = byFullName.get(surname);
    if (!bucket) {
      byFullName.set(surname, (bucket = new Map()));
      (surnamesByLength[surname.length] ??= []).push(surname);
    }
    return bucket;
  };
  const tokens = memo(nameTokens);
  const surnameKeys = memo((last: string) => tokens(last).join(' '));
  for (const entry of entries) {
    const givens = givenForms(entry, tokens);
    for (const forms of surnameForms(entry, tokens)) {
      const surname = forms.length === 1 ? forms[0]! : surnameKeys(forms.join(' '));
      surnameStarts.add(forms[0]!);
      if (forms.length > maxSurnameTokens) maxSurnameTokens = forms.length;
      const bucket = bucketFor(surname);
      for (const given of givens) addHit(bucket, given, pack(entry.id, 'exact'));
    }
    // Double-barrelled surnames are often shortened to their last part ("Amy Jones" for Amy Smith-Jones).
    const legal = tokens(entry.lastName);
    if (legal.length > 1) {
      const tail = legal.at(-1)!;
      surnameStarts.add(tail);
      const bucket = bucketFor(tail);
      for (const given of givens) addHit(bucket, given, pack(entry.id, 'partial'));
    }
    for (const handle of entry.handles) push(byHandle, handle, entry.id);
  }
  return { entryCount: entries.length, entry: (id) => entries[id]!, byFullName, surnameStarts, byHandle, maxSurnameTokens, surnamesByLength, soundCache: new Map() };
}
