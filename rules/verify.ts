import type { Pack } from './schema';

/** Collapses every run of whitespace (including non-breaking spaces) to one space, so quotes survive re-wrapping. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu, ' ').trim();
}

/** One citation whose quote could not be found in its policy text. */
export interface MissingQuote {
  ruleId: string;
  source: string;
  clause: string;
  quote: string;
  reason: 'no-policy-text' | 'not-found';
}

/**
 * Checks that every citation's quote occurs word for word (whitespace-normalised) in the policy it
 * names. `policies` maps a source id (file name without `.txt`) to that policy's full text.
 */
export function findMissingQuotes(pack: Pack, policies: Record<string, string>): MissingQuote[] {
  const normalised = new Map<string, string>();
  const missing: MissingQuote[] = [];
  for (const rule of pack.rules) {
    for (const citation of rule.citations) {
      const source = citation.source ?? pack.source;
      const text = policies[source];
      if (text === undefined) {
        missing.push({ ruleId: rule.id, source, clause: citation.clause, quote: citation.quote, reason: 'no-policy-text' });
        continue;
      }
      if (!normalised.has(source)) normalised.set(source, normaliseWhitespace(text));
      if (!normalised.get(source)!.includes(normaliseWhitespace(citation.quote))) {
        missing.push({ ruleId: rule.id, source, clause: citation.clause, quote: citation.quote, reason: 'not-found' });
      }
    }
  }
  return missing;
}
