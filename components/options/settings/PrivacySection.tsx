import { t } from '@/utils/i18n';
import { SectionForm, type SectionProps } from '../SectionForm';
import { TextField } from './TextField';

/** How often the privacy review comes round, and how long the staff member's own log is kept. */
export function PrivacySection(props: SectionProps) {
  const common = { draft: props.draft, locked: props.locked, problems: props.problems, onChange: props.onChange };
  return (
    <SectionForm id="privacy" title={t('optionsPrivacy')} saveLabel={t('savePrivacy')} {...props}>
      <TextField {...common} setting="privacyReviewDays" path="privacyReviewDays" field="privacyReviewDays" type="number" hint={t('hintPrivacyReview')} />
      <TextField {...common} setting="logRetentionDays" path="logRetentionDays" field="logRetentionDays" type="number" hint={t('hintLogRetention')} />
    </SectionForm>
  );
}
