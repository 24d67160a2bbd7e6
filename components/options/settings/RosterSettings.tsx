import { t } from '@/utils/i18n';
import { SectionForm, type SectionProps } from '../SectionForm';
import { TextField } from './TextField';

/** Where the roster is fetched from and how often; the roster itself is managed by RosterPanel. */
export function RosterSettings(props: SectionProps) {
  const common = { draft: props.draft, locked: props.locked, problems: props.problems, onChange: props.onChange };
  return (
    <SectionForm id="roster" title={t('optionsRosterAddress')} saveLabel={t('saveRoster')} level={3} {...props}>
      <TextField {...common} setting="roster" path="roster.url" field="rosterUrl" type="url" hint={t('hintRosterUrl')} />
      <TextField {...common} setting="roster" path="roster.refreshMinutes" field="rosterRefreshMinutes" type="number" />
    </SectionForm>
  );
}
