import type { TextToken } from '@/utils/roster/normalise';
import { sentences } from './phrases';

/** The words of each sentence with the phrase hits inside it, for detectors that weigh a sentence as a whole. */
export interface Sentence {
  start: number;
  end: number;
  /** Token indexes, end exclusive. */
  from: number;
  to: number;
}

/** Splits the text's tokens into sentences (one pass over both). */
export function tokenSentences(text: string, tokens: readonly TextToken[]): Sentence[] {
  const out: Sentence[] = [];
  let k = 0;
  for (const [start, end] of sentences(text)) {
    while (k < tokens.length && tokens[k]!.start < start) k += 1;
    const from = k;
    while (k < tokens.length && tokens[k]!.start < end) k += 1;
    if (k > from) out.push({ start, end, from, to: k });
  }
  return out;
}
