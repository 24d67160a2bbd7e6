import type { RosterIndex } from '@/utils/roster/roster-index';
import { isActive } from '@/utils/roster/active';
import { tokeniseText, type TextToken } from '@/utils/roster/normalise';
import { scanText } from '@/utils/roster/scan-text';
import { MATCH_THRESHOLD, typoMatches } from '@/utils/roster/match-person';
import type { Finding } from './types';

/** Typo look-ups compare a word with every surname of similar length; a text gets at most this many. */
const MAX_TYPO_LOOKUPS = 8;

/**
 * People on the school's roster named in a post: pupils, former pupils under 19, parents and staff,
 * each with their role and place in the text. A first name alone never counts (scanText needs a
 * surname or a roster handle). A capitalised name with one small slip in a longer surname ("Phoebe
 * Lancastor") is found too, after a roster given name. What naming someone means is the pack's to say.
 */
export function detectRosterNames(index: RosterIndex | null, text: string, today: string, tokens: readonly TextToken[] = tokeniseText(text)): Finding[] {
  if (!index) return [];
  const found: Finding[] = scanText(index, text, today, tokens)
    .filter((m) => m.confidence >= MATCH_THRESHOLD)
    .map((m) => ({ kind: 'roster-name', start: m.start, end: m.end, text: text.slice(m.start, m.end), confidence: m.confidence, what: m.via, role: m.role }));
  const givens = givenNames(index);
  let lookups = 0;
  for (let i = 0; i + 1 < tokens.length && lookups < MAX_TYPO_LOOKUPS; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (b.norm.length < 6 || !givens.has(a.norm) || index.surnameStarts.has(b.norm) || !isCapital(text, a.start) || !isCapital(text, b.start)) continue;
    if (!/^[ \t\u00a0]+$/.test(text.slice(a.end, b.start)) || found.some((f) => f.start <= a.start && a.start < f.end)) continue;
    lookups += 1;
    const seen = new Set<number>();
    for (const m of typoMatches(index, [a.norm, b.norm])) {
      if (m.confidence < MATCH_THRESHOLD || seen.has(m.entryId) || !isActive(index.entry(m.entryId), today)) continue;
      seen.add(m.entryId);
      found.push({ kind: 'roster-name', start: a.start, end: b.end, text: text.slice(a.start, b.end), confidence: m.confidence, what: 'typo', role: m.role });
    }
  }
  return found;
}

const isCapital = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
};

/** Every given name on the roster (as written, normalised), built once per index. */
const GIVEN = new WeakMap<RosterIndex, Set<string>>();
function givenNames(index: RosterIndex): Set<string> {
  let set = GIVEN.get(index);
  if (!set) {
    set = new Set();
    for (const bucket of index.byFullName.values()) for (const given of bucket.keys()) set.add(given);
    GIVEN.set(index, set);
  }
  return set;
}
