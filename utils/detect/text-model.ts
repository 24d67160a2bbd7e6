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
  /** The probability at or above which the model alone raises a finding. */
  threshold: number;
  /** Below this probability the model overrules a word-list finding that rests on a weak sign alone. */
  veto: number;
  /** Below this probability the model overrules any word-list finding ("the photos are ridiculous"). */
  overrule: number;
  /** Weights by feature: a word, two neighbouring words joined by a space, or `#flag`. */
  weights: Record<string, number>;
}

/** The features of a text: each word, each pair of neighbouring words, and flags from other detectors. */
export function textFeatures(tokens: readonly TextToken[], flags: readonly string[] = []): Set<string> {
  const out = new Set<string>(flags.map((f) => `#${f}`));
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    out.add(w);
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

/** A model laid out for scoring every kind in one pass: one Map lookup per word and per word pair. */
export interface CompiledTextModel {
  kinds: { kind: string; bias: number; threshold: number; veto: number; overrule: number }[];
  /** Feature → its number; a word pair is looked up word by word, so no pair string is ever made. */
  single: Map<string, number>;
  pairs: Map<string, Map<string, number>>;
  /** Per kind, the weight of each feature number. */
  weights: Float64Array[];
  /** The last scoring that counted each feature, so each counts once (as in training) with no set. */
  stamps: Int32Array;
}

/** Compiles the model once, at start-up. */
export function compileTextModel(model: TextModel): CompiledTextModel {
  const entries = Object.entries(model.kinds);
  const single = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  let count = 0;
  const id = (feature: string) => {
    const space = feature.indexOf(' ');
    if (space === -1) {
      let n = single.get(feature);
      if (n === undefined) single.set(feature, (n = count++));
      return n;
    }
    const first = feature.slice(0, space);
    let next = pairs.get(first);
    if (!next) pairs.set(first, (next = new Map()));
    let n = next.get(feature.slice(space + 1));
    if (n === undefined) next.set(feature.slice(space + 1), (n = count++));
    return n;
  };
  const ids = entries.map(([, m]) => Object.entries(m.weights).map(([f, w]) => [id(f), w] as const));
  const weights = ids.map((list) => {
    const arr = new Float64Array(count);
    for (const [n, w] of list) arr[n] = w;
    return arr;
  });
  return {
    kinds: entries.map(([kind, m]) => ({ kind, bias: m.bias, threshold: m.threshold, veto: m.veto, overrule: m.overrule })),
    single,
    pairs,
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
  const z = model.kinds.map((k) => k.bias);
  const { stamps, weights } = model;
  const add = (n: number | undefined) => {
    if (n === undefined || stamps[n] === stamp) return;
    stamps[n] = stamp;
    for (let k = 0; k < z.length; k++) z[k]! += weights[k]![n]!;
  };
  for (const flag of flags) add(model.single.get(`#${flag}`));
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    add(model.single.get(w));
    if (i + 1 < tokens.length) add(model.pairs.get(w)?.get(tokens[i + 1]!.norm));
  }
  return z.map((v) => 1 / (1 + Math.exp(-v)));
}
