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

/** A model laid out for scoring without building the feature set: word pairs are looked up word by word. */
export interface CompiledKindModel {
  bias: number;
  threshold: number;
  single: Map<string, number>;
  pairs: Map<string, Map<string, number>>;
}

/** Compiles a kind's weights once, at start-up. */
export function compileKindModel(model: KindModel): CompiledKindModel {
  const single = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const [feature, weight] of Object.entries(model.weights)) {
    const space = feature.indexOf(' ');
    if (space === -1) single.set(feature, weight);
    else {
      const first = feature.slice(0, space);
      let next = pairs.get(first);
      if (!next) pairs.set(first, (next = new Map()));
      next.set(feature.slice(space + 1), weight);
    }
  }
  return { bias: model.bias, threshold: model.threshold, single, pairs };
}

/**
 * The same probability as modelScore(textFeatures(tokens, flags)), in one pass over the words that
 * makes a string only for the word pairs the model knows. Each feature counts once, as in training.
 */
export function scoreTokens(model: CompiledKindModel, tokens: readonly TextToken[], flags: readonly string[]): number {
  let z = model.bias;
  const seen = new Set<string>();
  for (const flag of flags) z += model.single.get(`#${flag}`) ?? 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const weight = model.single.get(w);
    if (weight !== undefined && !seen.has(w)) {
      seen.add(w);
      z += weight;
    }
    const next = i + 1 < tokens.length ? model.pairs.get(w) : undefined;
    const pairWeight = next?.get(tokens[i + 1]!.norm);
    if (pairWeight !== undefined) {
      const key = `${w} ${tokens[i + 1]!.norm}`;
      if (!seen.has(key)) {
        seen.add(key);
        z += pairWeight;
      }
    }
  }
  return 1 / (1 + Math.exp(-z));
}
