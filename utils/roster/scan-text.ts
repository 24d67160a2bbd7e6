import { normaliseHandle, tokeniseText, type TextToken } from './normalise';
import { givenKeys, type RosterIndex } from './roster-index';
import { isActive } from './active';
import type { RosterRole } from './types';

/** A roster person named in free text, with where (offsets into the original text). */
export interface TextMatch {
  start: number;
  end: number;
  entryId: number;
  role: RosterRole;
  confidence: number;
  via: 'name' | 'handle';
}

/** Confidence by how the key was made, indexed by the packed code (exact, variant, partial). */
const CONFIDENCE = [1, 0.9, 0.75];
/** Only spaces, hyphens or apostrophes may stand between the words of one name (not "." or ","). */
const GAP_CHARS = new Set([32, 9, 160, 45, 8208, 8211, 39, 8217]);
function nameGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!GAP_CHARS.has(text.charCodeAt(k))) return false;
  return true;
}
function hasDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
/** Between a surname written first and the given name: a space, or a comma and a space. */
const REVERSED_GAP = /^,?[ \t\u00a0]+$/;
const isJoiner = (c: number) => c === 46 || c === 95;

/**
 * Every roster person named in `text`: full names (given name or a diminutive, optional middle name,
 * surname) and roster handles. One pass over the words of the text; each word costs one Set lookup
 * unless it could start a surname, so the cost does not grow with the roster. Former pupils aged 19
 * or over on `today` (YYYY-MM-DD) are not matched. `tokens` may be passed when the caller has them.
 */
export function scanText(index: RosterIndex, text: string, today: string, tokens: readonly TextToken[] = tokeniseText(text)): TextMatch[] {
  const found = new Map<string, TextMatch>();
  const keep = (m: TextMatch) => {
    const key = `${m.start}:${m.entryId}`;
    const prev = found.get(key);
    if (!prev || prev.confidence < m.confidence || (prev.confidence === m.confidence && prev.end < m.end)) found.set(key, m);
  };
  const gapOk = (a: TextToken, b: TextToken) => nameGap(text, a.end, b.start);

  /** Records every active roster person with this surname and given name, over the span start–end. */
  const consider = (packed: number, viaVariant: boolean, start: number, end: number, factor: number) => {
    const id = packed >>> 2;
    const entry = index.entry(id);
    if (!isActive(entry, today)) return;
    // An exact hit reached through a diminutive counts as a variant (0.9).
    const confidence = CONFIDENCE[viaVariant && (packed & 3) === 0 ? 1 : packed & 3]! * factor;
    keep({ start, end, entryId: id, role: entry.role, confidence, via: 'name' });
  };
  const lookup = (surname: string, given: string, start: number, end: number, factor: number) => {
    const bucket = index.byFullName.get(surname);
    if (!bucket) return;
    const keys = givenKeys(given);
    for (const key of keys.all) {
      const viaVariant = key !== keys.literal;
      const hits = bucket.get(key);
      // Most keys hit nobody or one person: no array is made for either (this runs for every word that
      // could begin a surname, on every scan).
      if (hits === undefined) continue;
      if (typeof hits === 'number') consider(hits, viaVariant, start, end, factor);
      else for (const packed of hits) consider(packed, viaVariant, start, end, factor);
    }
  };

  // One Set lookup per word: could it begin a surname? Everything else happens only where one does.
  for (let j = 0; j < tokens.length; j++) {
    if (!index.surnameStarts.has(tokens[j]!.norm)) continue;
    let surname = '';
    for (let len = 1; len <= index.maxSurnameTokens && j + len <= tokens.length; len++) {
      const last = tokens[j + len - 1]!;
      if (len > 1 && !gapOk(tokens[j + len - 2]!, last)) break;
      surname = len === 1 ? last.norm : `${surname} ${last.norm}`;
      // Given name first: "Ellie Smith", or with a middle name, "Ellie Jane Smith".
      for (let skip = 0; skip <= 1; skip++) {
        const i = j - 1 - skip;
        if (i < 0) break;
        if (!gapOk(tokens[i]!, tokens[i + 1]!) || (skip && !gapOk(tokens[i + 1]!, tokens[j]!))) break;
        lookup(surname, tokens[i]!.norm, tokens[i]!.start, last.end, skip ? 0.95 : 1);
      }
      // Surname first, as registers and lists write it: "SMITH-JONES, Amy" or "Smith Amy".
      const next = tokens[j + len];
      if (next && REVERSED_GAP.test(text.slice(last.end, next.start))) lookup(surname, next.norm, tokens[j]!.start, next.end, 0.9);
    }
  }

  if (index.byHandle.size > 0) {
    // Handles are runs of words joined by dots or underscores with no space ("ellie.smith09"), or
    // any word written after "@". They are found from the words already split, with no second pass.
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1]!.start === tokens[j]!.end + 1 && isJoiner(text.charCodeAt(tokens[j]!.end))) j += 1;
      const at = first.start > 0 && text.charCodeAt(first.start - 1) === 64;
      const last = tokens[j]!;
      if (j > i || at || hasDigit(first.norm)) {
        // Handles may end in underscores ("@meglloyd_"), which split no word: try with them too.
        let end = last.end;
        while (end < text.length && text.charCodeAt(end) === 95) end += 1;
        const ids = new Set([...(index.byHandle.get(normaliseHandle(text.slice(first.start, last.end))) ?? []), ...(end > last.end ? (index.byHandle.get(normaliseHandle(text.slice(first.start, end))) ?? []) : [])]);
        for (const id of ids) {
          const entry = index.entry(id);
          if (isActive(entry, today)) keep({ start: first.start - (at ? 1 : 0), end, entryId: id, role: entry.role, confidence: 1, via: 'handle' });
        }
      }
      i = j;
    }
  }
  // One person named once is one finding: of overlapping spans for the same person, keep the surest, then the longest.
  const ranked = [...found.values()].sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start));
  const kept: TextMatch[] = [];
  for (const m of ranked) {
    if (!kept.some((k) => k.entryId === m.entryId && k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || b.confidence - a.confidence);
}

