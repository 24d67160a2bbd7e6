import { distance } from 'fastest-levenshtein';
import { isActive } from './active';
import { likelyPupilEvidence } from './likely-pupil';
import { nameTokens, normaliseHandle } from './normalise';
import { cachedSoundKey, givenKeys, hitsOf, TYPO_MIN_LENGTH, unpackHit, type IndexHit, type RosterIndex } from './roster-index';
import type { RosterRole } from './types';
import { sameGivenName } from './diminutives';

/** Why a profile matched a roster entry, in words the "Check a name" box can show. */
export type MatchReason =
  | 'handle on roster'
  | 'full name'
  | 'name variant'
  | 'part of a double surname'
  | 'name in handle'
  | 'given name and surname initial'
  | 'small spelling difference';

export interface PersonMatch {
  entryId: number;
  role: RosterRole;
  confidence: number;
  reason: MatchReason;
}

export interface PersonQuery {
  name?: string;
  handle?: string;
  bio?: string;
}

export interface PersonVerdict {
  /** Roster entries this profile may be, most likely first (confidence 0–1). */
  matches: PersonMatch[];
  /** Set when nobody on the roster matched but the profile looks like a pupil's: the words that say so. */
  likelyPupil: string | null;
}

/** Letters a handle may carry after a run-together name ("xx", "x", "_x"). */
const HANDLE_DECORATION = 3;

/** Matches at or above this confidence are treated as the person (lower ones are only shown in "Check a name"). */
export const MATCH_THRESHOLD = 0.7;

const HOW: Record<IndexHit['how'], { confidence: number; reason: MatchReason }> = {
  exact: { confidence: 1, reason: 'full name' },
  variant: { confidence: 0.9, reason: 'name variant' },
  partial: { confidence: 0.75, reason: 'part of a double surname' },
};
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'lady', 'lord']);

/** Lookups of one (given, surname) pair, every literal and diminutive key of the given name. */
function lookupPair(index: RosterIndex, given: string, surname: string): IndexHit[] {
  const keys = givenKeys(given);
  const bucket = index.byFullName.get(surname);
  if (!bucket) return [];
  const literal = hitsOf(bucket.get(keys.literal)).map(unpackHit);
  // Found through a diminutive or variant: an exact hit counts as a variant; a partial stays partial.
  const variants = keys.groups.flatMap((k) => hitsOf(bucket.get(k)).map(unpackHit)).map((h) => (h.how === 'exact' ? { ...h, how: 'variant' as const } : h));
  return [...literal, ...variants];
}

/** The ways a display name's words can split into given name (+ middle names) and surname, either order. */
function* nameSplits(tokens: string[]): Generator<{ given: string; surname: string; factor: number }> {
  const n = tokens.length;
  for (let j = 1; j < n; j++) {
    // Given name first: "Ellie Jane Smith" → ellie + (jane smith | smith).
    yield { given: tokens[0]!, surname: tokens.slice(j).join(' '), factor: j === 1 ? 1 : 0.97 };
    // Surname first: "Smith, Ellie" or "SMITH Ellie Jane".
    yield { given: tokens[j]!, surname: tokens.slice(0, j).join(' '), factor: 0.97 };
  }
  if (n >= 2) yield { given: tokens.slice(0, 2).join(''), surname: tokens.slice(2).join(' '), factor: 1 };
  // Family name first with middle names between ("Nguyễn Thị Lan").
  for (let k = 1; k <= n - 2; k++) yield { given: tokens[n - 1]!, surname: tokens.slice(0, k).join(' '), factor: 0.95 };
}

function nameMatches(index: RosterIndex, tokens: string[]): PersonMatch[] {
  const out: PersonMatch[] = [];
  for (const { given, surname, factor } of nameSplits(tokens)) {
    if (!surname) continue;
    for (const hit of lookupPair(index, given, surname)) {
      const { confidence, reason } = HOW[hit.how];
      out.push({ entryId: hit.id, role: index.entry(hit.id).role, confidence: confidence * factor, reason });
    }
  }
  return out;
}

/** Whether two names are one small typo apart: one edit (two for names of nine letters or more), never for short names. */
function oneTypoApart(a: string, b: string): boolean {
  if (a === b || Math.max(a.length, b.length) < TYPO_MIN_LENGTH || Math.abs(a.length - b.length) > 2) return false;
  return distance(a, b) <= (Math.max(a.length, b.length) >= 9 ? 2 : 1);
}

/**
 * One small typo in a longer given name or surname ("Oluwasuen Adebayo", "Harry Fletcer"), or a
 * surname that sounds the same (Double Metaphone) and is spelt nearly the same. Only surnames of
 * similar length that share their first or second letter are compared, so no index is needed.
 */
export function typoMatches(index: RosterIndex, tokens: string[]): PersonMatch[] {
  if (tokens.length < 2) return [];
  const given = tokens[0]!;
  const surname = tokens.slice(1).join(' ');
  const out: PersonMatch[] = [];
  const consider = (candidate: string) => {
    const bucket = index.byFullName.get(candidate)!;
    const surnameTypo = candidate !== surname;
    for (const [written, hits] of bucket) {
      const sameGiven = sameGivenName(written, given);
      // Exactly one of the two names may carry the typo.
      if (surnameTypo ? !sameGiven : sameGiven || !oneTypoApart(written, given)) continue;
      for (const packed of hitsOf(hits)) {
        const { id } = unpackHit(packed);
        out.push({ entryId: id, role: index.entry(id).role, confidence: 0.75, reason: 'small spelling difference' });
      }
    }
  };
  if (index.byFullName.has(surname)) consider(surname);
  if (surname.length >= TYPO_MIN_LENGTH - 1) {
    const sound = cachedSoundKey(index, surname);
    for (let len = surname.length - 2; len <= surname.length + 2; len++) {
      for (const candidate of index.surnamesByLength[len] ?? []) {
        if (candidate === surname || (candidate[0] !== surname[0] && candidate[1] !== surname[1])) continue;
        if (oneTypoApart(candidate, surname) || (cachedSoundKey(index, candidate) === sound && distance(candidate, surname) <= 2)) consider(candidate);
      }
    }
  }
  return out;
}

/** A handle that spells a roster name: "eleanor_smith", "smith.ellie07", "elliesmith2010". */
function handleNameMatches(index: RosterIndex, handle: string, displayTokens: string[]): PersonMatch[] {
  const words = handle.split(/[^a-z]+/).filter((w) => w.length > 0);
  const out: PersonMatch[] = [];
  const add = (hits: IndexHit[], confidence: number, reason: MatchReason) => {
    for (const hit of hits) out.push({ entryId: hit.id, role: index.entry(hit.id).role, confidence, reason });
  };
  for (let i = 0; i < words.length; i++) {
    for (let j = 0; j < words.length; j++) {
      if (i !== j && words[i]!.length > 1 && words[j]!.length > 1) add(lookupPair(index, words[i]!, words[j]!), 0.85, 'name in handle');
    }
  }
  // Run-together handles: every split of each word into given name + surname, allowing a short
  // decoration after it ("aoifeoconnorxx", "elliesmithx").
  for (const word of words) {
    for (let k = 2; k <= word.length - 2; k++) {
      for (let tail = 0; tail <= HANDLE_DECORATION && word.length - tail - k >= 2; tail++) {
        const rest = word.slice(k, word.length - tail);
        const factor = tail ? 0.95 : 1;
        add(lookupPair(index, word.slice(0, k), rest), 0.85 * factor, 'name in handle');
        add(lookupPair(index, rest, word.slice(0, k)), 0.8 * factor, 'name in handle');
      }
    }
  }
  // "ellie.s09" with the display name "Ellie": only when exactly one roster person fits.
  const initials = words.filter((w) => w.length === 1);
  const shownGiven = displayTokens[0];
  if (initials.length === 1 && shownGiven && words.some((w) => sameGivenName(w, shownGiven))) {
    const keys = [shownGiven, ...givenKeys(shownGiven).groups];
    const ids = new Set<number>();
    for (const [surname, bucket] of index.byFullName) {
      if (surname[0] !== initials[0]) continue;
      for (const k of keys) for (const packed of hitsOf(bucket.get(k))) ids.add(unpackHit(packed).id);
    }
    const fits = [...ids];
    if (fits.length === 1) add([{ id: fits[0]!, how: 'exact' }], 0.7, 'given name and surname initial');
  }
  return out;
}

/**
 * Who on the roster a social-media profile may be. Tries, in order of strength: the handle itself, the
 * display name (any order, middle names, diminutives, decorations), names spelt inside the handle, and
 * one small typo in a longer name. Former pupils aged 19 or over on `today` are left out. When nobody
 * matches, says whether the profile looks like a pupil's all the same.
 */
export function matchPerson(index: RosterIndex, query: PersonQuery, today: string): PersonVerdict {
  const tokens = nameTokens(query.name ?? '').filter((t) => !TITLES.has(t) && !/^\d+$/.test(t));
  const handle = query.handle ? normaliseHandle(query.handle) : '';
  const found: PersonMatch[] = [];
  if (handle) {
    for (const id of index.byHandle.get(handle) ?? []) found.push({ entryId: id, role: index.entry(id).role, confidence: 1, reason: 'handle on roster' });
    found.push(...handleNameMatches(index, handle, tokens));
  }
  found.push(...nameMatches(index, tokens));
  if (!found.some((m) => m.confidence >= MATCH_THRESHOLD)) found.push(...typoMatches(index, tokens));

  const best = new Map<number, PersonMatch>();
  for (const m of found) {
    if (!isActive(index.entry(m.entryId), today)) continue;
    const prev = best.get(m.entryId);
    if (!prev || prev.confidence < m.confidence) best.set(m.entryId, m);
  }
  const matches = [...best.values()].sort((a, b) => b.confidence - a.confidence);
  const likelyPupil = matches.some((m) => m.confidence >= MATCH_THRESHOLD)
    ? null
    : likelyPupilEvidence(`${query.name ?? ''}\n${query.bio ?? ''}`, today);
  return { matches, likelyPupil };
}
