import type { ShownCitation } from '@/rules/select';
import { t } from '@/utils/i18n';

/** One quote from the policy, with its clause and, for a combined pack, whose policy it is. */
export function Quote({ citation }: { citation: ShownCitation }) {
  return (
    <blockquote>
      <cite>{citation.from ? t('interstitialClauseFrom', [citation.from, citation.clause]) : t('interstitialClause', citation.clause)}</cite>“{citation.quote}”
    </blockquote>
  );
}
