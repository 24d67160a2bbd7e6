import type { Pack } from '@/rules/schema';
import { shownCitations } from '@/rules/select';
import { BUILT_IN_PACKS } from '@/rules';
import { t } from '@/utils/i18n';
import { LeadQuote, MoreQuotes } from '../Quote';

/** What staff would read in a warning for one rule of the pack being written, quotes and all. */
export function StaffPreview({ pack, ruleId }: { pack: Pack; ruleId: string | null }) {
  const rule = pack.rules.find((r) => r.id === ruleId) ?? pack.rules[0];
  if (!rule) return <p class="hint">{t('editorPreviewNone')}</p>;
  const citations = shownCitations(pack, rule, [...BUILT_IN_PACKS, pack]);
  return (
    <div class="staff-preview" role="group" aria-labelledby="preview-rule-title">
      <p class="hint">{t('editorPreviewIntro')}</p>
      <h3 id="preview-rule-title">{rule.title}</h3>
      <p>{rule.summary}</p>
      <LeadQuote citations={citations} />
      <MoreQuotes citations={citations} />
    </div>
  );
}
