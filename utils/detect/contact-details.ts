import { findPhoneNumbersInText } from 'libphonenumber-js';
import { isValid as isValidPostcode } from 'postcode';
import { boundedMemo } from '@/utils/bounded-memo';
import { tokeniseText, type TextToken } from '@/utils/roster/normalise';
import type { Finding } from './types';
import streetWords from './data/street-words.en-GB.json';

/**
 * Personal contact details in a post: phone numbers (libphonenumber-js), full UK postcodes (the
 * `postcode` package), e-mail addresses and street addresses ("14 Elm Grove"). Every pattern here is
 * bounded, so the scan is linear in the text.
 */
export function detectContactDetails(text: string, tokens: readonly TextToken[] = tokeniseText(text)): Finding[] {
  return [...phones(text), ...postcodes(text), ...emails(text), ...addresses(text, tokens)];
}

const finding = (text: string, start: number, end: number, what: string, confidence: number): Finding => ({
  kind: 'contact-details',
  start,
  end,
  text: text.slice(start, end),
  confidence,
  what,
});

const DIGITS = /\d/g;
/**
 * "extended" keeps numbers shaped like real ones even where the range is not (yet) assigned, such as
 * Ofcom's drama numbers: staff type their real number, and we must not rely on its range being known.
 */
const PHONE_OPTIONS = { defaultCountry: 'GB', extended: true } as const;

/**
 * Stretches that could hold a phone number: seven or more digits with only phone punctuation between,
 * plus a little context either side. libphonenumber reads these alone, not the whole text (it costs
 * about 50 µs a kilobyte, nearly all spent on prose with no number in it).
 */
const CANDIDATE = /[+(]?\d[\d \t().\-/]{5,24}\d/g;

/** Past this many candidates, one pass over the whole text is cheaper than a call per candidate. */
const MAX_PIECES = 40;

function phones(text: string): Finding[] {
  const pieces: [number, number][] = [];
  for (const c of text.matchAll(CANDIDATE)) {
    if ((c[0].match(DIGITS)?.length ?? 0) < 7) continue;
    if (pieces.length === MAX_PIECES) return phonesIn(text, text, 0);
    pieces.push([Math.max(0, c.index - 8), c.index + c[0].length + 8]);
  }
  const found: Finding[] = [];
  const starts = new Set<number>();
  for (const [from, to] of pieces) {
    for (const f of phonesIn(text, text.slice(from, to), from)) {
      if (!starts.has(f.start)) found.push(f);
      starts.add(f.start);
    }
  }
  return found;
}

/**
 * libphonenumber's answers for recent pieces of text. The compose guard reads the same box again on
 * every pause in typing, and a number once typed stays put: it is parsed once, not on every keystroke.
 */
const parsedPhones = boundedMemo((piece) => findPhoneNumbersInText(piece, PHONE_OPTIONS).map((p) => ({ startsAt: p.startsAt, endsAt: p.endsAt })), 500);

function phonesIn(text: string, piece: string, offset: number): Finding[] {
  const found: Finding[] = [];
  for (const p of piece.length <= 64 ? parsedPhones(piece) : findPhoneNumbersInText(piece, PHONE_OPTIONS)) {
    const m = { startsAt: p.startsAt + offset, endsAt: p.endsAt + offset };
    const written = text.slice(m.startsAt, m.endsAt);
    const digits = written.match(DIGITS)?.length ?? 0;
    const international = written.trimStart().startsWith('+') || written.startsWith('00');
    // A UK number written nationally starts with 0 and has 10 or 11 digits; anything else is a
    // reference or an order number.
    if (!international && (digits < 10 || !/^\(?0/.test(written.trimStart()))) continue;
    if (international && digits < 8) continue;
    if (looksLikeCardOrDate(text, m.startsAt, m.endsAt)) continue;
    found.push(finding(text, m.startsAt, m.endsAt, 'phone', 0.95));
  }
  return found;
}

/** A number in a run of digit groups longer than any phone number (a card or an account number). */
function looksLikeCardOrDate(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  return /\d[-/]?$/.test(before) || /^[-/]?\d/.test(after);
}

// Outward code, optional space, inward code; word-bounded and of fixed length, so linear. The postcode
// package then checks it is a real shape (areas, districts and the letters an inward code may use).
const POSTCODE = /\b([A-Za-z]{1,2}\d[A-Za-z\d]?) ?(\d[A-Za-z]{2})\b/g;

function postcodes(text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    if (isValidPostcode(`${m[1]} ${m[2]}`)) found.push(finding(text, m.index, m.index + m[0].length, 'postcode', 0.95));
  }
  return found;
}

const LOCAL = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

/**
 * E-mail addresses, found from each "@" outwards with both sides capped at their RFC lengths, so a
 * page of "a@a@a@…" costs no more than a page of text.
 */
function emails(text: string): Finding[] {
  const found: Finding[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > from && at - s < 64 && LOCAL.test(text[s - 1]!)) s -= 1;
    let e = at + 1;
    while (e < text.length && e - at < 254 && DOMAIN.test(text[e]!)) e += 1;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e -= 1;
    while (s < at && text[s] === '.') s += 1;
    const domain = text.slice(at + 1, e);
    if (s < at && /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain)) {
      found.push(finding(text, s, e, 'email', 0.98));
      from = e;
    }
  }
  return found;
}

const STREET_WORDS = new Set(streetWords.streetWords);
/** Words that start a phrase, not a street name: "5 of the Close", "3 in the Lane". */
const NOT_IN_A_STREET_NAME = new Set(streetWords.notInStreetName);
const HOUSE_NUMBER = /^\d{1,4}[a-z]?$/;

/**
 * "14 Elm Grove", "3a Mill Lane", "Flat 2, 7 Queen's Road": a house number, one to three name words,
 * then a street word. Found from the street words backwards, at most four words each.
 */
function addresses(text: string, tokens: readonly TextToken[]): Finding[] {
  const found: Finding[] = [];
  for (let j = 1; j < tokens.length; j++) {
    if (!STREET_WORDS.has(tokens[j]!.norm)) continue;
    for (let i = j - 1; i >= 0 && j - i <= 4; i--) {
      const t = tokens[i]!;
      if (HOUSE_NUMBER.test(t.norm)) {
        if (i === j - 1) break; // "5 Road" has no street name
        const between = text.slice(t.end, tokens[j]!.start);
        // Within one line and one clause: a house number and its street are not split by a full stop.
        if (/[.!?\n;:]/.test(between)) break;
        found.push(finding(text, t.start, tokens[j]!.end, 'address', 0.85));
        break;
      }
      if (NOT_IN_A_STREET_NAME.has(t.norm) || /\d/.test(t.norm)) break;
    }
  }
  return found;
}
