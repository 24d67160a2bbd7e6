import { doubleMetaphone } from 'double-metaphone';
import { NAME_GROUPS } from './diminutives';
import { nameTokens } from './normalise';
import type { RosterEntry } from './types';

/**
 * The roster prepared for matching. Every lookup is a Map hit on a "surname + given name" key, so
 * matching costs the same with 50 people or 50,000. Given names are keyed twice: as written, and by
 * the diminutive group they belong to ("#12"), so Ellie finds Eleanor without listing every variant
 * against every person.
 */
export interface RosterIndex {
  entries: readonly RosterEntry[];
  /** `${surname}\u0000${given}` → ids, where given is a literal name or a group key like "#12". */
  byFullName: Map<string, IndexHit[]>;
  /** First token of every surname form, to reject most words of free text with one Set lookup. */
  surnameStarts: Set<string>;
  /** Surname form (tokens joined by a space) → ids, for typo matching on the given name. */
  bySurname: Map<string, number[]>;
  /** Double Metaphone of the surname → ids, for typo matching on the surname. */
  bySurnameSound: Map<string, number[]>;
  /** Given name or group key → ids, for "first name + surname initial" handles. */
  byGiven: Map<string, number[]>;
  byHandle: Map<string, number[]>;
  /** The longest surname form, in tokens. */
  maxSurnameTokens: number;
}

/** How an index key was made: `exact` for a name as written, `variant` for a diminutive group. */
export interface IndexHit {
  id: number;
  how: 'exact' | 'variant' | 'partial';
}

const GROUPS_OF = new Map<string, number[]>();
NAME_GROUPS.forEach((group, i) => {
  for (const name of group) {
    const list = GROUPS_OF.get(name);
    if (list) list.push(i);
    else GROUPS_OF.set(name, [i]);
  }
});

/** Index keys for one given-name token: the name itself and its diminutive groups. */
export function givenKeys(token: string): { literal: string; groups: string[] } {
  return { literal: token, groups: (GROUPS_OF.get(token) ?? []).map((g) => `#${g}`) };
}

/** Double Metaphone primary code of a name, or the name itself when it has no code. */
export function soundKey(name: string): string {
  return doubleMetaphone(name.replace(/ /g, ''))[0] || name;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The surname forms people write: as given, hyphen/space-joined ("vanderberg"), and the preferred surname. */
export function surnameForms(entry: Pick<RosterEntry, 'lastName' | 'preferredLastName'>): string[][] {
  const forms: string[][] = [];
  for (const last of [entry.lastName, entry.preferredLastName]) {
    if (!last) continue;
    const tokens = nameTokens(last);
    if (tokens.length === 0) continue;
    forms.push(tokens);
    if (tokens.length > 1) forms.push([tokens.join('')]);
  }
  return forms;
}

/** The given names a person goes by: the first word of the legal and of the preferred first name. */
export function givenForms(entry: Pick<RosterEntry, 'firstName' | 'preferredName'>): string[] {
  const forms = new Set<string>();
  for (const first of [entry.firstName, entry.preferredName]) {
    const tokens = first ? nameTokens(first) : [];
    if (tokens[0]) forms.add(tokens[0]);
    // "Mary-Jane" or "Mary Jane" are also written whole.
    if (tokens.length > 1) forms.add(tokens.join(''));
  }
  return [...forms];
}

/** Builds the index from stored entries. Linear in the roster size; run once per import or wake-up. */
export function buildRosterIndex(entries: readonly RosterEntry[]): RosterIndex {
  const index: RosterIndex = {
    entries,
    byFullName: new Map(),
    surnameStarts: new Set(),
    bySurname: new Map(),
    bySurnameSound: new Map(),
    byGiven: new Map(),
    byHandle: new Map(),
    maxSurnameTokens: 1,
  };
  for (const entry of entries) {
    const givens = givenForms(entry);
    const givenKeySet = new Map<string, IndexHit['how']>();
    for (const g of givens) {
      const { literal, groups } = givenKeys(g);
      givenKeySet.set(literal, 'exact');
      for (const key of groups) if (!givenKeySet.has(key)) givenKeySet.set(key, 'variant');
    }
    for (const key of givenKeySet.keys()) push(index.byGiven, key, entry.id);
    for (const tokens of surnameForms(entry)) {
      const surname = tokens.join(' ');
      index.surnameStarts.add(tokens[0]!);
      index.maxSurnameTokens = Math.max(index.maxSurnameTokens, tokens.length);
      push(index.bySurname, surname, entry.id);
      push(index.bySurnameSound, soundKey(surname), entry.id);
      for (const [key, how] of givenKeySet) push(index.byFullName, `${surname}\u0000${key}`, { id: entry.id, how });
    }
    // Double-barrelled surnames are often shortened to their last part ("Amy Jones" for Amy Smith-Jones).
    const legal = nameTokens(entry.lastName);
    if (legal.length > 1) {
      const tail = legal.at(-1)!;
      index.surnameStarts.add(tail);
      for (const key of givenKeySet.keys()) push(index.byFullName, `${tail}\u0000${key}`, { id: entry.id, how: 'partial' });
    }
    for (const handle of entry.handles) push(index.byHandle, handle, entry.id);
  }
  return index;
}
