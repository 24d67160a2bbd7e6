import type { SettingsDraft } from '@/utils/config/form';
import { t } from '@/utils/i18n';
import { Field } from '../Field';
import { SectionForm, type SectionProps } from '../SectionForm';
import { TextField } from './TextField';

/** The Designated Safeguarding Lead, and where Report to DSL delivers. */
export function DslSection(props: SectionProps) {
  const { draft, locked, problems, onChange } = props;
  const common = { draft, locked, problems, onChange };
  return (
    <SectionForm id="dsl" title={t('optionsDsl')} saveLabel={t('saveDsl')} {...props}>
      <TextField {...common} setting="dsl" path="dsl.name" field="dslName" />
      <TextField {...common} setting="dsl" path="dsl.email" field="dslEmail" type="email" />
      <TextField {...common} setting="dsl" path="dsl.phone" field="dslPhone" type="tel" />
      <TextField {...common} setting="reportWebhookUrl" path="reportWebhookUrl" field="reportWebhookUrl" type="url" hint={t('hintWebhook')} />
      <Field path="reportFormat" label={t('setting_reportFormat')} locked={locked.includes('reportFormat')} problems={problems}>
        {(p) => (
          <select {...p} value={draft.reportFormat} onChange={(e) => onChange({ ...draft, reportFormat: e.currentTarget.value as SettingsDraft['reportFormat'] })}>
            <option value="json">{t('reportFormatJson')}</option>
            <option value="teams">{t('reportFormatTeams')}</option>
          </select>
        )}
      </Field>
      <TextField {...common} setting="reportWebhookSecret" path="reportWebhookSecret" field="reportWebhookSecret" type="password" hint={t('hintWebhookSecret')} />
    </SectionForm>
  );
}
