import { policyWords, type ShownCitation } from '@/rules/select';
import { t } from '@/utils/i18n';

/** One quote from a policy, with its clause and whose policy it is (never another school's as if it were this one's). */
export function Quote({ citation }: { citation: ShownCitation }) {
  const label = citation.from
    ? t('policyDrawnFrom', [citation.from, citation.clause])
    : citation.school
      ? t('interstitialClauseFrom', [citation.school, citation.clause])
      : t('interstitialClause', citation.clause);
  return (
    <blockquote>
      <cite>{label}</cite>“{citation.quote}”
    </blockquote>
  );
}

/**
 * The words up front: the pack's own first clause, quoted; or, for the model pack, a line saying the
 * rule above is the model's own wording (its clauses are other schools', and sit behind {@link MoreQuotes}).
 */
export function LeadQuote({ citations }: { citations: readonly ShownCitation[] }) {
  const { lead, model } = policyWords(citations);
  if (lead) return <Quote citation={lead} />;
  return model ? <p class="policy-model">{t('policyModelLabel')}</p> : null;
}

/** Every other quote, behind a disclosure: more of the pack's own clauses, then where a model rule was drawn from. */
export function MoreQuotes({ citations, class: className = 'more-quotes' }: { citations: readonly ShownCitation[]; class?: string }) {
  const { more, model } = policyWords(citations);
  if (!more.length) return null;
  return (
    <details class={className}>
      <summary>{model ? t('policyDrawnFromToggle', String(more.length)) : t('interstitialMoreQuotes', String(more.length))}</summary>
      {more.map((c) => (
        <Quote key={c.clause + c.quote} citation={c} />
      ))}
    </details>
  );
}

/**
 * The label of a disclosure that holds a rule's quotes: the pack's own words ("Your school's policy
 * (5.6)" via `own`), or, when every quote is drawn from another school's policy (the model pack),
 * where the rule comes from, so no other school's clause is ever labelled as this school's.
 */
export function policySummary(citations: readonly ShownCitation[], own: (clause: string) => string): string {
  const { lead, more, model } = policyWords(citations);
  return model || !lead ? t('policyDrawnFromToggle', String(more.length)) : own(lead.clause);
}
