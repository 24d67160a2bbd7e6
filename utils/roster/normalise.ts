/**
 * One normalisation for names and free text, so "Zoë O’Brien-Smith 🌸", "ZOE OBRIEN SMITH" and
 * "zoe obrien smith" all compare equal. Pure, idempotent, and cheap enough for every keystroke.
 */

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´ʼ]/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Letters with no decomposition in NFKD that people nonetheless write without the mark. */
const FOLD: Record<string, string> = {
  ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ð: 'd', ı: 'i', ħ: 'h', ŧ: 't',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

/**
 * Cyrillic and Greek letters that look exactly like Latin ones. A word that mixes them with Latin
 * letters ("Lаyla" with a Cyrillic а) is read as Latin, so a lookalike cannot slip a name past us;
 * words wholly in another script are left alone.
 */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', с: 'c', е: 'e', һ: 'h', і: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', ѕ: 's', т: 't', у: 'y', х: 'x', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');
const LATIN = /[a-z]/;
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]/u;

/** Lower-cases, strips diacritics and folds special letters of one word or phrase; keeps other characters. */
export function foldCase(text: string): string {
  const folded = text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(FOLDABLE, (c) => FOLD[c] ?? c);
  if (!OTHER_SCRIPT.test(folded) || !LATIN.test(folded)) return folded;
  return folded.replace(/[^\s]+/gu, (word) => (LATIN.test(word) ? word.replace(LOOKALIKE, (c) => LOOKALIKES[c] ?? c) : word));
}

/**
 * Normalises a name or text for comparison: case, diacritics, apostrophes (removed, so O'Brien →
 * obrien), every other run of punctuation, emoji or whitespace → one space. Idempotent.
 */
export function normaliseName(text: string): string {
  return foldCase(text).replace(APOSTROPHES, '').replace(NOT_WORD, ' ').trim();
}

/** The words of a name, normalised: "Smith-Jones, Ellie" → ["smith", "jones", "ellie"]. */
export function nameTokens(text: string): string[] {
  const n = normaliseName(text);
  return n ? n.split(' ') : [];
}

/**
 * Normalises a social-media handle: "@Ellie.Smith09", "https://www.instagram.com/ellie.smith09/"
 * and "ellie.smith09" are the same handle. Keeps dots, underscores and digits, which handles rely on.
 */
export function normaliseHandle(handle: string): string {
  let h = handle.trim();
  const url = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:x|twitter|instagram|tiktok|facebook|linkedin)\.com\/(?:in\/)?@?([^/?#\s]+)/i.exec(h);
  if (url) h = url[1]!;
  return foldCase(h.replace(/^@+/, '')).replace(/[^a-z0-9._-]/g, '');
}

/** One token of free text with its place in the original string, for highlighting. */
export interface TextToken {
  /** Normalised form (see normaliseName), never empty. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}'’‘`´ʼ]+/gu;
const POSSESSIVE = /.['’]s$/iu;

/** Whether a UTF-16 code unit is an ASCII letter or digit (the fast path of the tokeniser). */
const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Splits free text into normalised word tokens with offsets into the original text, in one pass.
 * Apostrophes stay inside a word (O'Brien is one token); hyphens and other punctuation split.
 * Plain ASCII words (nearly all of an English post) take a fast path that only lower-cases; words
 * with any other character go through the full normalisation.
 */
export function tokeniseText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiAlnum(c) && c !== 39 && c !== 96) {
      i += 1;
      continue;
    }
    // A run of ASCII letters and digits: the common case.
    let j = i;
    let upper = false;
    for (let c2 = text.charCodeAt(j); j < n && isAsciiAlnum(c2); c2 = text.charCodeAt(++j)) if (c2 >= 65 && c2 <= 90) upper = true;
    const next = j < n ? text.charCodeAt(j) : 32;
    if (j > i && (next < 128 ? !(next === 39 || next === 96) : !isWordChar(text, j))) {
      // Lower-casing only words that need it: one string a word, not two, on every keystroke's scan.
      const word = text.slice(i, j);
      tokens.push({ norm: upper ? word.toLowerCase() : word, start: i, end: j });
      i = j;
      continue;
    }
    // Anything else (accents, apostrophes, other scripts): take the whole word by the Unicode pattern.
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m || m.index !== i) {
      i += 1;
      continue;
    }
    // "O'Brien's" is O'Brien: a possessive 's belongs to the sentence, not the name.
    const word = POSSESSIVE.test(m[0]) ? m[0].slice(0, -2) : m[0];
    const norm = normaliseName(word).replace(/ /g, '');
    if (norm) tokens.push({ norm, start: i, end: i + word.length });
    i += m[0].length;
  }
  return tokens;
}

function isWordChar(text: string, at: number): boolean {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  return m !== null && m.index === at;
}
