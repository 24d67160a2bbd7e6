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

/** One weighted feature, stamped with the last scoring that counted it (so each counts once, with no set). */
interface Weighted {
  weight: number;
  stamp: number;
}

/** A model laid out for scoring without building the feature set: word pairs are looked up word by word. */
export interface CompiledKindModel {
  bias: number;
  threshold: number;
  veto: number;
  overrule: number;
  single: Map<string, Weighted>;
  pairs: Map<string, Map<string, Weighted>>;
}

/** Compiles a kind's weights once, at start-up. */
export function compileKindModel(model: KindModel): CompiledKindModel {
  const single = new Map<string, Weighted>();
  const pairs = new Map<string, Map<string, Weighted>>();
  for (const [feature, weight] of Object.entries(model.weights)) {
    const space = feature.indexOf(' ');
    if (space === -1) single.set(feature, { weight, stamp: 0 });
    else {
      const first = feature.slice(0, space);
      let next = pairs.get(first);
      if (!next) pairs.set(first, (next = new Map()));
      next.set(feature.slice(space + 1), { weight, stamp: 0 });
    }
  }
  return { bias: model.bias, threshold: model.threshold, veto: model.veto, overrule: model.overrule, single, pairs };
}

let scoring = 0;

/**
 * The same probability as modelScore(textFeatures(tokens, flags)), in one pass over the words with no
 * allocation: each feature counts once, as in training, by the stamp of this scoring.
 */
export function scoreTokens(model: CompiledKindModel, tokens: readonly TextToken[], flags: readonly string[]): number {
  const stamp = ++scoring;
  let z = model.bias;
  const count = (f: Weighted | undefined) => {
    if (f !== undefined && f.stamp !== stamp) {
      f.stamp = stamp;
      z += f.weight;
    }
  };
  for (const flag of flags) count(model.single.get(`#${flag}`));
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    count(model.single.get(w));
    if (i + 1 < tokens.length) count(model.pairs.get(w)?.get(tokens[i + 1]!.norm));
  }
  return 1 / (1 + Math.exp(-z));
}
