import { normaliseHandle, tokeniseText, type TextToken } from './normalise';
import { givenKeys, type IndexHit, type RosterIndex } from './roster-index';
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

const CONFIDENCE: Record<IndexHit['how'], number> = { exact: 1, variant: 0.9, partial: 0.75 };
/** Only spaces, hyphens or apostrophes may stand between the words of one name. */
const NAME_GAP = /^[\s\-‐–'’]*$/u;
const HANDLE_LIKE = /@[\p{L}\p{N}._]{2,30}|[\p{L}\p{N}]*[._\d][\p{L}\p{N}._]*/gu;

/**
 * Every roster person named in `text`: full names (given name or a diminutive, optional middle name,
 * surname) and roster handles. One pass over the words of the text; each word costs one Set lookup
 * unless it could start a surname, so the cost does not grow with the roster. Former pupils aged 19
 * or over on `today` (YYYY-MM-DD) are not matched.
 */
export function scanText(index: RosterIndex, text: string, today: string): TextMatch[] {
  const tokens = tokeniseText(text);
  const found = new Map<string, TextMatch>();
  const keep = (m: TextMatch) => {
    const key = `${m.start}:${m.entryId}`;
    const prev = found.get(key);
    if (!prev || prev.confidence < m.confidence || (prev.confidence === m.confidence && prev.end < m.end)) found.set(key, m);
  };
  const gapOk = (a: TextToken, b: TextToken) => NAME_GAP.test(text.slice(a.end, b.start));

  for (let i = 0; i < tokens.length - 1; i++) {
    const given = tokens[i]!;
    for (let skip = 0; skip <= 1; skip++) {
      const j = i + 1 + skip;
      if (j >= tokens.length) break;
      if (!index.surnameStarts.has(tokens[j]!.norm)) continue;
      if (!gapOk(given, tokens[i + 1]!) || (skip && !gapOk(tokens[i + 1]!, tokens[j]!))) continue;
      const keys = givenKeys(given.norm);
      let surname = '';
      for (let len = 1; len <= index.maxSurnameTokens && j + len <= tokens.length; len++) {
        const last = tokens[j + len - 1]!;
        if (len > 1 && !gapOk(tokens[j + len - 2]!, last)) break;
        surname = len === 1 ? last.norm : `${surname} ${last.norm}`;
        for (const key of [keys.literal, ...keys.groups]) {
          for (const hit of index.byFullName.get(`${surname}\u0000${key}`) ?? []) {
            const entry = index.entries[hit.id]!;
            if (!isActive(entry, today)) continue;
            keep({
              start: given.start,
              end: last.end,
              entryId: hit.id,
              role: entry.role,
              confidence: CONFIDENCE[hit.how] * (skip ? 0.95 : 1),
              via: 'name',
            });
          }
        }
      }
    }
  }

  if (index.byHandle.size > 0) {
    for (const m of text.matchAll(HANDLE_LIKE)) {
      const handle = normaliseHandle(m[0]);
      for (const id of index.byHandle.get(handle) ?? []) {
        const entry = index.entries[id]!;
        if (isActive(entry, today)) keep({ start: m.index, end: m.index + m[0].length, entryId: id, role: entry.role, confidence: 1, via: 'handle' });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start || b.confidence - a.confidence);
}
