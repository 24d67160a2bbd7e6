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
 * term flags on its own; a weaker one ("Ofsted", "Year 6") needs a sign in its sentence that this is
 * the writer's own school, and talk of the news or of one's own children's school counts against.
 */
export function detectSchoolMatters(text: string, tokens: readonly TextToken[] = tokeniseText(text)): Finding[] {
  const hits = MATCHER.find(tokens);
  const found: Finding[] = [];
  let h = 0;
  for (const s of tokenSentences(text, tokens)) {
    let own = 0;
    let elsewhere = 0;
    let best: { weight: number; from: number; to: number } | null = null;
    while (h < hits.length && hits[h]!.from < s.to) {
      const hit = hits[h++]!;
      if (hit.from < s.from) continue;
      if (hit.data === 'own') own += 1;
      else if (hit.data === 'elsewhere') elsewhere += 1;
      else if (!best || hit.data.weight > best.weight || (hit.data.weight === best.weight && hit.to - hit.from > best.to - best.from)) {
        best = { weight: hit.data.weight, from: hit.from, to: hit.to };
      }
    }
    if (!best) continue;
    const score = best.weight + (own > 0 ? 0.5 : 0) - (elsewhere > 0 ? 1 : 0);
    if (score >= 1) {
      const start = tokens[best.from]!.start;
      const end = tokens[best.to - 1]!.end;
      found.push({ kind: 'school-matters', start, end, text: text.slice(start, end), confidence: Math.min(1, 0.6 + score * 0.3), what: 'term' });
    }
  }
  return found;
}
