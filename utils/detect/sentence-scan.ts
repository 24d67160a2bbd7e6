import type { TextToken } from '@/utils/roster/normalise';
import { sentences } from './phrases';

/** One sentence: its place in the text and its words, for detectors that weigh a sentence as a whole. */
export interface Sentence {
  start: number;
  end: number;
  /** Token indexes, end exclusive. */
  from: number;
  to: number;
}

/** The last split, kept: the detectors that weigh sentences ask for the same text and tokens in turn. */
let last: { text: string; tokens: readonly TextToken[]; out: Sentence[] } | null = null;

/** Splits the text's tokens into sentences (one pass over both). */
export function tokenSentences(text: string, tokens: readonly TextToken[]): Sentence[] {
  if (last && last.text === text && last.tokens === tokens) return last.out;
  const out: Sentence[] = [];
  let k = 0;
  for (const [start, end] of sentences(text)) {
    while (k < tokens.length && tokens[k]!.start < start) k += 1;
    const from = k;
    while (k < tokens.length && tokens[k]!.start < end) k += 1;
    if (k > from) out.push({ start, end, from, to: k });
  }
  last = { text, tokens, out };
  return out;
}
