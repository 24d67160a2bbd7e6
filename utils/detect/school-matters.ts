import { tokeniseText, type TextToken } from '@/utils/roster/normalise';
import { compilePhrases } from './phrases';
import { tokenSentences } from './sentence-scan';
import type { Finding } from './types';
import data from './data/school-matters.en-GB.json';

type Sign = { weight: number } | 'own' | 'elsewhere';

const MATCHER = compilePhrases<Sign>([
  ...data.ownSchool.map((p) => [p, 'own'] as const),
  ...data.elsewhere.map((p) => [p, 'elsewhere'] as const),
  ...Object.entries(data.terms).flatMap(([w, list]) => list.map((p) => [p, { weight: Number(w) }] as const)),
]);

/**
 * The internal business of the writer's own school (pupils, parents' evening, inspections, exclusions,
 * staffing, budgets, plans): terms of `data/school-matters.en-GB.json`, weighed per sentence. A strong
 * term flags on its own; a weaker one ("Ofsted", "merger") needs a sign nearby (this sentence or the
 * next or last) that it is the writer's own school — "we", "our", "tomorrow", someone on the roster
 * (`people`), or the school named (`schoolNamed`). Talk of the news or of one's own children's school nearby counts against.
 */
export function detectSchoolMatters(
  text: string,
  tokens: readonly TextToken[] = tokeniseText(text),
  schoolNamed = false,
  people: readonly { start: number }[] = [],
): Finding[] {
  const hits = MATCHER.find(tokens);
  const sentences = tokenSentences(text, tokens);
  const own = sentences.map(() => false);
  const elsewhere = sentences.map(() => false);
  const best: ({ weight: number; from: number; to: number } | null)[] = sentences.map(() => null);
  let h = 0;
  sentences.forEach((s, i) => {
    for (; h < hits.length && hits[h]!.from < s.to; h++) {
      const hit = hits[h]!;
      if (hit.from < s.from) continue;
      if (hit.data === 'own') own[i] = true;
      else if (hit.data === 'elsewhere') elsewhere[i] = true;
      else {
        const b = best[i];
        if (!b || hit.data.weight > b.weight || (hit.data.weight === b.weight && hit.to - hit.from > b.to - b.from)) best[i] = { weight: hit.data.weight, from: hit.from, to: hit.to };
      }
    }
  });
  // Someone from the roster named in a sentence makes it about the writer's own school.
  let p = 0;
  const byStart = [...people].sort((a, b) => a.start - b.start);
  sentences.forEach((s, i) => {
    for (; p < byStart.length && byStart[p]!.start < s.end; p++) if (byStart[p]!.start >= s.start) own[i] = true;
  });
  const found: Finding[] = [];
  sentences.forEach((_, i) => {
    const b = best[i];
    if (!b) return;
    const ownNearby = schoolNamed || own[i] || own[i - 1] === true || own[i + 1] === true;
    const elsewhereNearby = elsewhere[i] || elsewhere[i - 1] === true || elsewhere[i + 1] === true;
    const score = b.weight + (ownNearby ? 0.5 : 0) - (elsewhereNearby ? 1 : 0);
    if (score < 1) return;
    const start = tokens[b.from]!.start;
    const end = tokens[b.to - 1]!.end;
    found.push({ kind: 'school-matters', start, end, text: text.slice(start, end), confidence: Math.min(1, 0.6 + score * 0.3), what: b.weight >= 1 ? 'term' : 'weak-term' });
  });
  return found;
}
