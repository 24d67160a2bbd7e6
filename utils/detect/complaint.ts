import { tokeniseText, type TextToken } from '@/utils/roster/normalise';
import { compilePhrases } from './phrases';
import { tokenSentences } from './sentence-scan';
import type { Finding } from './types';
import data from './data/complaint.en-GB.json';

const MATCHER = compilePhrases<'target' | 'criticism'>([
  ...data.targets.map((p) => [p, 'target'] as const),
  ...data.criticism.map((p) => [p, 'criticism'] as const),
]);

/**
 * Complaints about the school, its leaders, governors, trust or colleagues: a target and a criticism
 * in one sentence (`data/complaint.en-GB.json`). Named colleagues count as targets too: the caller
 * passes the sentences' roster findings for staff as `extraTargets` (token offsets into the text).
 */
export function detectComplaint(
  text: string,
  tokens: readonly TextToken[] = tokeniseText(text),
  extraTargets: readonly { start: number; end: number }[] = [],
): Finding[] {
  const hits = MATCHER.find(tokens);
  const extra = [...extraTargets].sort((a, b) => a.start - b.start);
  const found: Finding[] = [];
  // Hits and extra targets are walked once, sentence by sentence, so the cost stays linear.
  let h = 0;
  let x = 0;
  for (const s of tokenSentences(text, tokens)) {
    const targets: [number, number][] = [];
    const criticism: [number, number][] = [];
    for (; h < hits.length && hits[h]!.from < s.to; h++) {
      const hit = hits[h]!;
      if (hit.from < s.from) continue;
      (hit.data === 'target' ? targets : criticism).push([tokens[hit.from]!.start, tokens[hit.to - 1]!.end]);
    }
    for (; x < extra.length && extra[x]!.start < s.end; x++) if (extra[x]!.start >= s.start) targets.push([extra[x]!.start, extra[x]!.end]);
    if (targets.length === 0 || criticism.length === 0) continue;
    const spans = [...targets, ...criticism];
    const start = spans.reduce((m, p) => Math.min(m, p[0]), Infinity);
    const end = spans.reduce((m, p) => Math.max(m, p[1]), 0);
    found.push({ kind: 'complaint', start, end, text: text.slice(start, end), confidence: 0.8, what: 'criticism' });
  }
  return found;
}
