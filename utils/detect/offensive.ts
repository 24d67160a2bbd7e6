import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers, parseRawPattern } from 'obscenity';
import { tokeniseText, type TextToken } from '@/utils/roster/normalise';
import { boundedMemo } from '@/utils/bounded-memo';
import { compilePhrases } from './phrases';
import type { Finding } from './types';
import words from './data/offensive.en-GB.json';

/**
 * Profanity, sexual content and discriminatory language (`data/offensive.en-GB.json`).
 *
 * Plain words ("fucking", "fuuuuck", "Scunthorpe") are looked up word by word: a stem anywhere in the
 * word with its stretched letters squeezed, or a whole word, never inside a whitelisted word. Words
 * disguised with digits or symbols ("sh1t", "$hit", "b0ll0cks") go to obscenity, which undoes
 * leetspeak and look-alike letters; it reads only those words, since it costs about 0.1 µs a
 * character whatever it reads. Letters spaced out ("f u c k") and masked ("f*ck") are checked here.
 */
export function detectOffensive(text: string, tokens: readonly TextToken[] = tokeniseText(text)): Finding[] {
  const found: Finding[] = [];
  const push = (start: number, end: number, what: string, confidence: number) =>
    found.push({ kind: 'offensive', start, end, text: text.slice(start, end), confidence, what });

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isRudeWord(t.norm) && !(t.norm.startsWith('tit') && BIRDS.test(text.slice(Math.max(0, t.start - 12), t.start)))) push(t.start, t.end, 'word', 0.9);
    else if (t.norm === 'sex' && !SEX_SAFE_BEFORE.has(tokens[i - 1]?.norm ?? '') && !SEX_SAFE_AFTER.has(tokens[i + 1]?.norm ?? '')) push(t.start, t.end, 'word', 0.75);
  }
  for (const [start, end] of disguised(text)) push(start, end, 'disguised', 0.85);
  for (const [start, end] of spacedOut(text)) push(start, end, 'spaced', 0.85);
  for (const [start, end] of masked(text)) push(start, end, 'masked', 0.85);
  for (const hit of SEXUAL.find(tokens)) push(tokens[hit.from]!.start, tokens[hit.to - 1]!.end, 'sexual', 0.75);
  for (const emoji of words.sexualEmoji) {
    for (let at = text.indexOf(emoji); at !== -1; at = text.indexOf(emoji, at + emoji.length)) push(at, at + emoji.length, 'emoji', 0.7);
  }
  return found;
}

/** Stems by their first two letters (as one number), so a word costs one Map lookup per letter and no strings. */
const pair = (w: string, i: number) => w.charCodeAt(i) * 65536 + w.charCodeAt(i + 1);
const STEMS = new Map<number, string[]>();
for (const stem of words.stems) STEMS.set(pair(stem, 0), [...(STEMS.get(pair(stem, 0)) ?? []), stem]);
function holdsStem(w: string): boolean {
  for (let i = 0; i + 1 < w.length; i++) {
    const list = STEMS.get(pair(w, i));
    if (list) for (const stem of list) if (w.startsWith(stem, i)) return true;
  }
  return false;
}
/** "Sex" is sexual content, except in sex education, same-sex marriage, sex discrimination and the like. */
const SEX_SAFE_BEFORE = new Set(words.sexSafeBefore);
const SEX_SAFE_AFTER = new Set(words.sexSafeAfter);
/** Birds, not breasts: "blue tits", "great tit". */
const BIRDS = /(?:blue|great|coal|marsh|willow|crested|long[- ]tailed|bearded)[ -]$/i;
const WORDS = new Set(words.words);
const WHITELIST = new Set(words.whitelist);
/** "fuuuuck" → "fuck", "bollocks" → "bolocks": every run of one letter squeezed to one. */
function squeeze(w: string): string {
  for (let i = 1; i < w.length; i++) if (w.charCodeAt(i) === w.charCodeAt(i - 1)) return w.replace(/(.)\1+/g, '$1');
  return w;
}

/** Whether one normalised word is rude: never a whitelisted word; a listed word, or a word holding a stem. */
export const isRudeWord = boundedMemo(judge, 20_000);

function judge(norm: string): boolean {
  if (norm.length < 2 || norm.length > 40 || WHITELIST.has(norm)) return false;
  const sq = squeeze(norm);
  if (WHITELIST.has(sq)) return false;
  if (WORDS.has(norm) || WORDS.has(sq) || (norm.endsWith('s') && WORDS.has(norm.slice(0, -1)))) return true;
  return holdsStem(sq) || (sq !== norm && holdsStem(norm));
}

const DROP = new Set(words.dropFromDataset);
/** Sexual content said in plain words ("want you in bed"): phrases, not single words. */
const SEXUAL = compilePhrases(words.sexualPhrases.map((p) => [p, true] as const));
let cached: RegExpMatcher | null = null;
/** obscenity's English set less its mild and clinical words, plus en-GB words; built on first use. */
function matcher(): RegExpMatcher {
  if (cached) return cached;
  const data = new DataSet<{ originalWord: string }>().addAll(englishDataset).removePhrasesIf((p) => DROP.has(p.metadata?.originalWord ?? ''));
  for (const word of words.add) data.addPhrase((p) => p.setMetadata({ originalWord: word }).addPattern(parseRawPattern(`|${word}|`)));
  // obscenity keeps whitelisted terms on phrases; our en-GB whitelist rides on one that never matches.
  data.addPhrase((p) => {
    let b = p.setMetadata({ originalWord: 'whitelist' }).addPattern(parseRawPattern('|zzzzzzzz|'));
    for (const w of words.whitelist) b = b.addWhitelistedTerm(w);
    return b;
  });
  return (cached = new RegExpMatcher({ ...data.build(), ...englishRecommendedTransformers }));
}

const LETTER = /[A-Za-z]/;
const DISGUISE = /[0-9@$!|+€£]/g;

/**
 * The stretches of text around each match of `marker`: outwards while `part` holds, at most `max`
 * characters, never overlapping. Prose with no marker costs one quick scan, and each character is in
 * at most one stretch, so the work is linear.
 */
function* around(text: string, marker: RegExp, part: (c: string) => boolean, max: number): Generator<{ index: number; chunk: string }> {
  let after = 0;
  for (const m of text.matchAll(marker)) {
    if (m.index < after) continue;
    let s = m.index;
    while (s > after && m.index - s < max && part(text[s - 1]!)) s -= 1;
    let e = m.index + 1;
    while (e < text.length && e - s < max && part(text[e]!)) e += 1;
    after = e;
    yield { index: s, chunk: text.slice(s, e) };
  }
}
const notSpace = (c: string) => !/\s/.test(c);

/** Leetspeak letters, for our own lists (obscenity has its own, fuller map). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'i', '+': 't', '€': 'e', '£': 'e' };
/** Numbers, times, sizes and codes ("3pm", "2nd", "y6", "10k") are not disguised words. */
const NOT_A_WORD = /^[(£$]?(?:\d+(?:[.,:/-]\d+)*[a-z]{0,3}|[a-z]{1,3}\d{1,3}[a-z]{0,2})[.,!?:;)%]*$/i;

/**
 * Disguised words: checked against our lists with leetspeak undone, and read by obscenity (look-alike
 * letters, its own patterns) together in one string, with offsets mapped back.
 */
function* disguised(text: string): Generator<[number, number]> {
  const parts: string[] = [];
  const offsets: number[] = [];
  let length = 0;
  // Runs of non-space characters (at most 40) that hold a digit or symbol: what leetspeak looks like.
  for (const m of around(text, DISGUISE, notSpace, 40)) {
    const chunk = m.chunk;
    if (chunk.length < 2 || !LETTER.test(chunk) || /^https?:|^www\.|@\w+\.\w/.test(chunk)) continue;
    const plain = chunk.toLowerCase().replace(/[^a-z]/g, (c) => LEET[c] ?? '');
    if (isRudeWord(plain)) {
      yield [m.index, m.index + chunk.length];
      continue;
    }
    if (NOT_A_WORD.test(chunk)) continue;
    offsets.push(length, m.index);
    parts.push(chunk);
    length += chunk.length + 1;
  }
  if (parts.length === 0) return;
  const joined = parts.join(' ');
  for (const hit of matcher().getAllMatches(joined)) {
    // Find the chunk the hit starts in (offsets are pairs: position in `joined`, position in `text`).
    let k = 0;
    while (k + 2 < offsets.length && offsets[k + 2]! <= hit.startIndex) k += 2;
    const shift = offsets[k + 1]! - offsets[k]!;
    yield [hit.startIndex + shift, hit.endIndex + 1 + shift];
  }
}

const MASKABLE = words.maskable;

/**
 * Words written with masking characters: "f*ck", "sh!t", "c**t", "f***ing". A word matches when it has
 * the same length as a listed word and agrees on every letter it shows; a word showing one letter only
 * ("f***") is read only as the commonest words.
 */
function* masked(text: string): Generator<[number, number]> {
  for (const { index, chunk } of around(text, MASK, (c) => MASK_WORD.test(c), 17)) {
    const w = chunk.toLowerCase();
    if (w.length < 3 || w.length > 16 || !/^[a-z]/.test(w)) continue;
    const shows = (word: string, v: string) => word.length === v.length && [...v].every((c, k) => !/[a-z]/.test(c) || c === word[k]);
    const list = (w.match(/[a-z]/g)?.length ?? 0) >= 2 ? MASKABLE : words.maskableOneLetter;
    if (list.some((word) => shows(word, w) || (w.endsWith('s') && shows(word, w.slice(0, -1))))) yield [index, index + chunk.length];
  }
}
const MASK = /[*#!@$%]/g;
const MASK_WORD = /[A-Za-z*#!@$%]/;

/** "f u c k", "s.h.i.t", "F-U-C-K": single letters joined by one space, dot, dash or underscore. */
function* spacedOut(text: string): Generator<[number, number]> {
  const RUN = /\b[A-Za-z](?:[ ._-][A-Za-z]\b){2,15}/g;
  for (const m of text.matchAll(RUN)) {
    // The run may take in a word either side ("a k n o b", "f u c k i forgot"): every stretch of it
    // is tried, longest first (a run has at most 16 letters).
    const joined = m[0].replace(/[ ._-]/g, '').toLowerCase();
    let hit: [number, number] | null = null;
    for (let n = joined.length; n >= 3 && !hit; n--) {
      for (let from = 0; from + n <= joined.length && !hit; from++) if (SPACED.has(joined.slice(from, from + n))) hit = [from, n];
    }
    if (hit) yield [m.index + 2 * hit[0], m.index + 2 * (hit[0] + hit[1]) - 1];
  }
}
const SPACED = new Set([...MASKABLE, 'wtf', 'ffs']);
