import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers, parseRawPattern } from 'obscenity';
import { tokeniseText, type TextToken } from '@/utils/roster/normalise';
import type { Finding } from './types';
import words from './data/offensive.en-GB.json';

/**
 * Profanity, sexual content and discriminatory language: obscenity's English data set (which
 * already undoes leetspeak, look-alike letters and stretched letters: "sh1t", "fuuuuck") with the
 * en-GB lists of `data/offensive.en-GB.json`, plus two disguises it does not undo — letters spaced
 * out ("f u c k", "s.h.i.t") and letters masked ("f*ck", "c**t").
 */
export function detectOffensive(text: string, tokens: readonly TextToken[] = tokeniseText(text)): Finding[] {
  const found: Finding[] = [];
  const push = (start: number, end: number, what: string, confidence: number) =>
    found.push({ kind: 'offensive', start, end, text: text.slice(start, end), confidence, what });

  for (const m of matcher().getAllMatches(text)) push(m.startIndex, m.endIndex + 1, 'word', 0.9);
  for (const t of tokens) if (ACRONYMS.has(t.norm)) push(t.start, t.end, 'acronym', 0.85);
  for (const [start, end] of spacedOut(text)) push(start, end, 'spaced', 0.85);
  for (const [start, end] of masked(text)) push(start, end, 'masked', 0.85);
  return found;
}

const ACRONYMS = new Set(words.acronyms);
const DROP = new Set(words.dropFromDataset);

let cached: RegExpMatcher | null = null;
/** Built on first use: compiling obscenity's patterns is the one costly step, done once per worker. */
function matcher(): RegExpMatcher {
  if (cached) return cached;
  const data = new DataSet<{ originalWord: string }>()
    .addAll(englishDataset)
    .removePhrasesIf((p) => DROP.has(p.metadata?.originalWord ?? ''));
  for (const word of words.add) {
    data.addPhrase((p) => p.setMetadata({ originalWord: word }).addPattern(parseRawPattern(`|${word}|`)));
  }
  data.addPhrase((p) => {
    let b = p.setMetadata({ originalWord: 'whitelist' }).addPattern(parseRawPattern("|zzzzzzzz|"));
    for (const w of words.whitelist) b = b.addWhitelistedTerm(w);
    return b;
  });
  return (cached = new RegExpMatcher({ ...data.build(), ...englishRecommendedTransformers }));
}

const MASKABLE = words.maskable;

/**
 * Words written with masking characters: "f*ck", "sh!t", "c**t", "f***ing". A word matches when it has
 * the same length as a listed word, agrees on every letter it shows, and shows at least two letters.
 */
function* masked(text: string): Generator<[number, number]> {
  const WORD = /[A-Za-z*#!@$%]{3,16}/g;
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (!/[*#!@$%]/.test(w) || !/^[a-z]/.test(w) || (w.match(/[a-z]/g)?.length ?? 0) < 2) continue;
    const hit = MASKABLE.some((word) => word.length === w.length && [...w].every((c, k) => !/[a-z]/.test(c) || c === word[k]));
    if (hit) yield [m.index, m.index + m[0].length];
  }
}

/** "f u c k", "s.h.i.t", "F-U-C-K": single letters joined by one space, dot, dash or underscore. */
function* spacedOut(text: string): Generator<[number, number]> {
  const RUN = /\b[A-Za-z](?:[ ._-][A-Za-z]\b){2,15}/g;
  for (const m of text.matchAll(RUN)) {
    const joined = m[0].replace(/[ ._-]/g, '').toLowerCase();
    if (SPACED.has(joined)) yield [m.index, m.index + m[0].length];
  }
}
const SPACED = new Set([...MASKABLE, 'fu', 'fk', 'wtf', 'ffs']);
