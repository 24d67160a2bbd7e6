import { stemmer } from 'stemmer';
import { boundedMemo } from '@/utils/bounded-memo';
import type { TextToken } from '@/utils/roster/normalise';

/**
 * A small linear model per finding kind (logistic regression over the words and word pairs of a
 * text), trained on the labelled development texts by `npm run train:text-model`. It catches what the
 * word lists miss when staff say the same thing in other words. Weights are data shipped with the
 * extension, not code.
 */
export interface TextModel {
  /** The labelled files it was trained on (never a held-out set). */
  trainedOn: string[];
  kinds: Record<string, KindModel>;
}

export interface KindModel {
  bias: number;
  /** The probability at or above which the text holds the kind. */
  threshold: number;
  /** Weights by feature: a word, two neighbouring words joined by a space, `~stem` or `#flag`. */
  weights: Record<string, number>;
}

/** Words longer than this are not stemmed (no English word is; a page's 100 kB "word" must stay cheap). */
const MAX_STEMMED = 24;

/** A word's Porter stem, so that "excluded", "exclusions" and "excluding" teach the model one thing. */
export function stemOf(word: string): string {
  return word.length <= MAX_STEMMED ? stemmer(word) : word;
}

/** The features of a text: each word, each pair of neighbouring words, each word's stem, and flags from other detectors. */
export function textFeatures(tokens: readonly TextToken[], flags: readonly string[] = []): Set<string> {
  const out = new Set<string>(flags.map((f) => `#${f}`));
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    out.add(w);
    out.add(`~${stemOf(w)}`);
    if (i + 1 < tokens.length) out.add(`${w} ${tokens[i + 1]!.norm}`);
  }
  return out;
}

/** The model's probability that a text with these features holds its kind, 0–1 (the reference scorer). */
export function modelScore(model: KindModel, features: ReadonlySet<string>): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** What the model knows of one word: its feature numbers (-1 for none) and the words that pair with it. */
interface WordEntry {
  single: number;
  stem: number;
  next: Map<string, number> | undefined;
}

/** A model laid out for scoring every kind in one pass: one remembered lookup per word, one per word pair. */
export interface CompiledTextModel {
  kinds: { kind: string; bias: number; threshold: number }[];
  /** Flag (without its `#`) → its feature number. */
  flags: Map<string, number>;
  /** A word's entry, remembered, so a word met again costs one Map lookup; a pair string is never made. */
  word: (word: string) => WordEntry;
  /** The weight of feature n for kind k at n × kinds + k. */
  weights: Float64Array;
  /** The last scoring that counted each feature, so each counts once (as in training) with no set. */
  stamps: Int32Array;
}

/** Compiles the model once, at start-up. */
export function compileTextModel(model: TextModel): CompiledTextModel {
  const entries = Object.entries(model.kinds);
  const single = new Map<string, number>();
  const stems = new Map<string, number>();
  const flags = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  let count = 0;
  const number = (map: Map<string, number>, key: string) => {
    let n = map.get(key);
    if (n === undefined) map.set(key, (n = count++));
    return n;
  };
  const id = (feature: string) => {
    const space = feature.indexOf(' ');
    if (space !== -1) {
      const first = feature.slice(0, space);
      let next = pairs.get(first);
      if (!next) pairs.set(first, (next = new Map()));
      return number(next, feature.slice(space + 1));
    }
    if (feature.startsWith('~')) return number(stems, feature.slice(1));
    if (feature.startsWith('#')) return number(flags, feature.slice(1));
    return number(single, feature);
  };
  const ids = entries.map(([, m]) => Object.entries(m.weights).map(([f, w]) => [id(f), w] as const));
  const weights = new Float64Array(count * entries.length);
  ids.forEach((list, k) => {
    for (const [n, w] of list) weights[n * entries.length + k] = w;
  });
  return {
    kinds: entries.map(([kind, m]) => ({ kind, bias: m.bias, threshold: m.threshold })),
    flags,
    word: boundedMemo((w) => ({ single: single.get(w) ?? -1, stem: stems.get(stemOf(w)) ?? -1, next: pairs.get(w) }), 50_000),
    weights,
    stamps: new Int32Array(count),
  };
}

let scoring = 0;

/**
 * The probability of each kind (in `model.kinds` order) that the text holds it: the same as
 * modelScore(textFeatures(tokens, flags)) for each kind, in one pass over the words with no allocation
 * but the result.
 */
export function scoreText(model: CompiledTextModel, tokens: readonly TextToken[], flags: readonly string[]): number[] {
  const stamp = ++scoring;
  const kinds = model.kinds.length;
  // A typed array: sums kept in a plain array of numbers cost a heap number at every addition.
  const z = new Float64Array(kinds);
  model.kinds.forEach((k, i) => (z[i] = k.bias));
  const { stamps, weights } = model;
  const add = (n: number | undefined) => {
    if (n === undefined || n < 0 || stamps[n] === stamp) return;
    stamps[n] = stamp;
    for (let k = 0; k < kinds; k++) z[k] = z[k]! + weights[n * kinds + k]!;
  };
  for (const flag of flags) add(model.flags.get(flag));
  let entry = tokens.length ? model.word(tokens[0]!.norm) : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const here = entry!;
    add(here.single);
    add(here.stem);
    if (i + 1 < tokens.length) {
      const next = tokens[i + 1]!.norm;
      if (here.next) add(here.next.get(next));
      entry = model.word(next);
    }
  }
  return Array.from(z, (v) => 1 / (1 + Math.exp(-v)));
}
