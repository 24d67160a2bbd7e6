import type { ComponentChildren } from 'preact';
import type { SettingsDraft } from '@/utils/config/form';
import { t } from '@/utils/i18n';
import { BANK_HOLIDAY_DATA_RANGE } from '@/utils/schedule/bank-holidays';
import { Field, fieldId } from '../Field';
import { SectionForm, type SectionProps } from '../SectionForm';
import { DateRows } from './DateRows';
import { SpanRows } from './SpanRows';
import { TextField } from './TextField';
import { TimeZoneSelect } from './TimeZoneSelect';
import { WeekEditor } from './WeekEditor';

interface HoursSectionProps extends SectionProps {
  /** What the saved hours mean right now. */
  hoursNow?: ComponentChildren;
  /** Reading term dates from the school's calendar file. */
  termDatesImport?: ComponentChildren;
}

/** Working hours: when personal social media is paused, the week, terms, closures and exceptions. */
export function HoursSection(props: HoursSectionProps) {
  const { draft, locked, problems, onChange, hoursNow, termDatesImport } = props;
  const hoursLocked = locked.includes('workingHours');
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => onChange({ ...draft, [key]: value });
  const deviceId = fieldId('schoolOwnedDevice');
  return (
    <SectionForm id="hours" title={t('optionsHours')} saveLabel={t('saveHours')} intro={hoursNow} {...props}>
      <Field path="workingHours.mode" label={t('setting_mode')} locked={hoursLocked} problems={problems}>
        {(p) => (
          <select {...p} value={draft.mode} onChange={(e) => set('mode', e.currentTarget.value as SettingsDraft['mode'])}>
            <option value="block">{t('modeBlock')}</option>
            <option value="warn">{t('modeWarn')}</option>
            <option value="off">{t('modeOff')}</option>
          </select>
        )}
      </Field>
      <TimeZoneSelect value={draft.timeZone} locked={hoursLocked} problems={problems} onChange={(z) => set('timeZone', z)} />
      <WeekEditor draft={draft} disabled={hoursLocked} problems={problems} onChange={onChange} />
      <fieldset id={fieldId('workingHours.termDates')} tabIndex={-1}>
        <legend>{t('setting_termDates')}</legend>
        <p class="hint">{t('hintTerms')}</p>
        {termDatesImport}
        <SpanRows
          path="workingHours.termDates"
          name={t('termName')}
          kind="date"
          rows={draft.termDates}
          disabled={hoursLocked}
          problems={problems}
          addLabel={t('addTerm')}
          onChange={(rows) => set('termDates', rows)}
        />
      </fieldset>
      <fieldset id={fieldId('workingHours.closures')} tabIndex={-1}>
        <legend>{t('setting_closures')}</legend>
        <p class="hint">{t('hintClosures')}</p>
        <DateRows
          path="workingHours.closures"
          name={t('closureName')}
          rows={draft.closures}
          disabled={hoursLocked}
          problems={problems}
          addLabel={t('addClosure')}
          emptyText={t('closuresNone')}
          onChange={(rows) => set('closures', rows)}
        />
      </fieldset>
      <Field path="workingHours.bankHolidays" label={t('setting_bankHolidays')} locked={hoursLocked} problems={problems} hint={t('hintBankHolidays', BANK_HOLIDAY_DATA_RANGE.last.slice(0, 4))}>
        {(p) => (
          <select {...p} value={draft.bankHolidays} onChange={(e) => set('bankHolidays', e.currentTarget.value as SettingsDraft['bankHolidays'])}>
            <option value="england-and-wales">{t('bankHolidaysEnglandWales')}</option>
            <option value="none">{t('bankHolidaysNone')}</option>
          </select>
        )}
      </Field>
      <TextField draft={draft} locked={locked} problems={problems} onChange={onChange} setting="officialAccounts" path="officialAccounts" field="officialAccounts" multiline hint={t('hintOfficialAccounts')} />
      <div class="check">
        <input
          type="checkbox"
          id={deviceId}
          checked={draft.schoolOwnedDevice}
          disabled={locked.includes('schoolOwnedDevice')}
          aria-describedby={`${deviceId}-hint`}
          onChange={(e) => set('schoolOwnedDevice', e.currentTarget.checked)}
        />
        <div>
          <label for={deviceId}>
            {t('setting_schoolOwnedDevice')}
            {locked.includes('schoolOwnedDevice') && <span class="locked">{t('optionsLocked')}</span>}
          </label>
          <p class="hint" id={`${deviceId}-hint`}>
            {t('hintSchoolOwnedDevice')}
          </p>
        </div>
      </div>
    </SectionForm>
  );
}
