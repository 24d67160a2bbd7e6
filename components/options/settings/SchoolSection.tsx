import { t } from '@/utils/i18n';
import { Field } from '../Field';
import { SectionForm, type SectionProps } from '../SectionForm';
import { TextField } from './TextField';

export interface PackChoice {
  id: string;
  name: string;
}

/** The school: its name and other names, its website, and which policy pack speaks for it. */
export function SchoolSection(props: SectionProps & { packs: readonly PackChoice[] }) {
  const { draft, locked, problems, onChange, packs } = props;
  const common = { draft, locked, problems, onChange };
  return (
    <SectionForm id="school" title={t('optionsSchool')} saveLabel={t('saveSchool')} {...props}>
      <TextField {...common} setting="schoolName" path="schoolName" field="schoolName" autocomplete="organization" />
      <TextField {...common} setting="schoolAliases" path="schoolAliases" field="schoolAliases" multiline hint={t('hintOnePerLine')} />
      <TextField {...common} setting="schoolWebsite" path="schoolWebsite" field="schoolWebsite" hint={t('hintSchoolWebsite')} />
      <Field path="policyPack" label={t('setting_policyPack')} hint={t('hintPolicyPack')} locked={locked.includes('policyPack')} problems={problems}>
        {(p) => (
          <select {...p} value={draft.policyPack} onChange={(e) => onChange({ ...draft, policyPack: e.currentTarget.value })}>
            {!packs.some((k) => k.id === draft.policyPack) && <option value={draft.policyPack}>{draft.policyPack}</option>}
            {packs.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </SectionForm>
  );
}
