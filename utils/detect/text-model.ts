import type { TextToken } from '@/utils/roster/normalise';

/**
 * A small linear model per finding kind (logistic regression over the words and word pairs of a
 * text), trained on the labelled development texts by `npm run train:text-model`. It catches what the
 * word lists miss when staff say the same thing in other words. Weights are data shipped with the
 * extension, not code; scoring is one Map lookup per word and pair.
 */
export interface TextModel {
  /** What the model was trained on, for the README and the note. */
  trainedOn: string[];
  kinds: Record<string, { bias: number; threshold: number; weights: Record<string, number> }>;
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

/** The model's probability that a text holds this kind, 0–1. */
export function modelScore(model: TextModel['kinds'][string], features: ReadonlySet<string>): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
