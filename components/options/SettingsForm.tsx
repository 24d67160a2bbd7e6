import type { ComponentChildren } from 'preact';
import type { SettingProblem } from '@/utils/config/merge';
import { DAYS, type Day, type SettingsDraft } from '@/utils/config/form';
import type { SettingsKey } from '@/utils/config/schema';
import { t, type MessageKey } from "@/utils/i18n";
import { BANK_HOLIDAY_DATA_RANGE } from '@/utils/schedule/bank-holidays';
import { Field, fieldId, problemsFor } from './Field';

const DRAFT_KEY_FOR_PATH: Record<string, string> = {
  'dsl.name': 'dslName',
  'dsl.email': 'dslEmail',
  'dsl.phone': 'dslPhone',
  'roster.url': 'rosterUrl',
  'roster.refreshMinutes': 'rosterRefreshMinutes',
  'workingHours.mode': 'mode',
  'workingHours.timeZone': 'timeZone',
  'workingHours.termDates': 'termDates',
  'workingHours.closures': 'closures',
  'workingHours.bankHolidays': 'bankHolidays',
};

/**
 * The words on the form for a settings path, so staff read "Monday working hours" rather than
 * `workingHours.week.mon.hours` in the list of problems.
 */
export function fieldLabel(path: string): string {
  const day = /^workingHours\.week\.(\w+)\.(hours|breaks)/.exec(path);
  if (day) return t(day[2] === 'hours' ? 'dayHoursLabel' : 'dayBreaksLabel', t(`day_${day[1]}` as MessageKey));
  const base = path.replace(/\[\d+\].*$/, '');
  const key = DRAFT_KEY_FOR_PATH[base] ?? base;
  return t(`setting_${key}` as MessageKey);
}

export interface PackChoice {
  id: string;
  name: string;
}

interface SettingsFormProps {
  draft: SettingsDraft;
  locked: readonly SettingsKey[];
  problems: readonly SettingProblem[];
  packs: readonly PackChoice[];
  onChange: (draft: SettingsDraft) => void;
  onSubmit: () => void;
  /** What the saved working hours mean right now, shown at the top of their section. */
  hoursNow?: ComponentChildren;
}

/** The settings form. Keys locked by the school's IT policy are shown read-only with "Set by your school". */
export function SettingsForm({ draft, locked, problems, packs, onChange, onSubmit, hoursNow }: SettingsFormProps) {
  const isLocked = (key: SettingsKey) => locked.includes(key);
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => onChange({ ...draft, [key]: value });
  const setDay = (which: 'hours' | 'breaks', day: Day, value: string) => onChange({ ...draft, [which]: { ...draft[which], [day]: value } });
  const text = (key: SettingsKey, path: string, draftKey: keyof SettingsDraft, opts: { type?: string; hint?: string; multiline?: boolean } = {}) => (
    <Field path={path} label={t(`setting_${draftKey}` as MessageKey)} hint={opts.hint} locked={isLocked(key)} problems={problems}>
      {(p) =>
        opts.multiline ? (
          <textarea {...p} value={draft[draftKey] as string} onInput={(e) => set(draftKey, e.currentTarget.value as never)} />
        ) : (
          <input {...p} type={opts.type ?? 'text'} value={draft[draftKey] as string} onInput={(e) => set(draftKey, e.currentTarget.value as never)} />
        )
      }
    </Field>
  );
  const hoursLocked = isLocked('workingHours');

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <fieldset>
        <legend>{t('optionsSchool')}</legend>
        {text('schoolName', 'schoolName', 'schoolName')}
        {text('schoolAliases', 'schoolAliases', 'schoolAliases', { multiline: true, hint: t('hintOnePerLine') })}
        {text('schoolWebsite', 'schoolWebsite', 'schoolWebsite', { hint: t('hintSchoolWebsite') })}
        {text('staffName', 'staffName', 'staffName', { hint: t('hintStaffName') })}
        <Field path="policyPack" label={t('setting_policyPack')} hint={t('hintPolicyPack')} locked={isLocked('policyPack')} problems={problems}>
          {(p) => (
            <select {...p} value={draft.policyPack} onChange={(e) => set('policyPack', e.currentTarget.value)}>
              {!packs.some((k) => k.id === draft.policyPack) && <option value={draft.policyPack}>{draft.policyPack}</option>}
              {packs.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('optionsDsl')}</legend>
        {text('dsl', 'dsl.name', 'dslName')}
        {text('dsl', 'dsl.email', 'dslEmail', { type: 'email' })}
        {text('dsl', 'dsl.phone', 'dslPhone', { type: 'tel' })}
        {text('reportWebhookUrl', 'reportWebhookUrl', 'reportWebhookUrl', { type: 'url', hint: t('hintWebhook') })}
        <Field path="reportFormat" label={t('setting_reportFormat')} locked={isLocked('reportFormat')} problems={problems}>
          {(p) => (
            <select {...p} value={draft.reportFormat} onChange={(e) => set('reportFormat', e.currentTarget.value as SettingsDraft['reportFormat'])}>
              <option value="json">{t('reportFormatJson')}</option>
              <option value="teams">{t('reportFormatTeams')}</option>
            </select>
          )}
        </Field>
        {text('reportWebhookSecret', 'reportWebhookSecret', 'reportWebhookSecret', { type: 'password', hint: t('hintWebhookSecret') })}
      </fieldset>

      <fieldset>
        <legend>{t('optionsRoster')}</legend>
        {text('roster', 'roster.url', 'rosterUrl', { type: 'url', hint: t('hintRosterUrl') })}
        {text('roster', 'roster.refreshMinutes', 'rosterRefreshMinutes', { type: 'number' })}
      </fieldset>

      <fieldset>
        <legend>{t('optionsHours')}</legend>
        {hoursNow}
        <Field path="workingHours.mode" label={t('setting_mode')} locked={hoursLocked} problems={problems}>
          {(p) => (
            <select {...p} value={draft.mode} onChange={(e) => set('mode', e.currentTarget.value as SettingsDraft['mode'])}>
              <option value="block">{t('modeBlock')}</option>
              <option value="warn">{t('modeWarn')}</option>
              <option value="off">{t('modeOff')}</option>
            </select>
          )}
        </Field>
        {text('workingHours', 'workingHours.timeZone', 'timeZone')}
        <p class="label" id="week-caption">
          {t('optionsWeek')}
        </p>
        <p class="hint">{t('hintPeriods')}</p>
        <table class="week" aria-labelledby="week-caption">
          <thead>
            <tr>
              <th scope="col">{t('optionsDay')}</th>
              <th scope="col">{t('optionsDayHours')}</th>
              <th scope="col">{t('optionsDayBreaks')}</th>
            </tr>
          </thead>
          <tbody>
            {DAYS.map((day) => (
              <tr key={day}>
                <th scope="row">{t(`day_${day}` as MessageKey)}</th>
                {(['hours', 'breaks'] as const).map((which) => {
                  const path = `workingHours.week.${day}.${which}`;
                  const mine = problemsFor(path, problems);
                  return (
                    <td key={which}>
                      <input
                        type="text"
                        id={fieldId(path)}
                        aria-label={t(which === 'hours' ? 'dayHoursLabel' : 'dayBreaksLabel', t(`day_${day}` as MessageKey))}
                        value={draft[which][day]}
                        disabled={hoursLocked}
                        aria-invalid={mine.length ? 'true' : undefined}
                        aria-describedby={mine.length ? `${fieldId(path)}-error` : undefined}
                        onInput={(e) => setDay(which, day, e.currentTarget.value)}
                      />
                      {mine.length > 0 && (
                        <p class="error-message" id={`${fieldId(path)}-error`}>
                          {mine.map((m) => m.message).join('; ')}
                        </p>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {text('workingHours', 'workingHours.termDates', 'termDates', { multiline: true, hint: t('hintTerms') })}
        {text('workingHours', 'workingHours.closures', 'closures', { multiline: true, hint: t('hintClosures') })}
        <Field path="workingHours.bankHolidays" label={t('setting_bankHolidays')} locked={hoursLocked} problems={problems} hint={t('hintBankHolidays', BANK_HOLIDAY_DATA_RANGE.last.slice(0, 4))}>
          {(p) => (
            <select {...p} value={draft.bankHolidays} onChange={(e) => set('bankHolidays', e.currentTarget.value as SettingsDraft['bankHolidays'])}>
              <option value="england-and-wales">{t('bankHolidaysEnglandWales')}</option>
              <option value="none">{t('bankHolidaysNone')}</option>
            </select>
          )}
        </Field>
        {text('officialAccounts', 'officialAccounts', 'officialAccounts', { multiline: true, hint: t('hintOfficialAccounts') })}
        <div class="check">
          <input
            type="checkbox"
            id={fieldId('schoolOwnedDevice')}
            checked={draft.schoolOwnedDevice}
            disabled={isLocked('schoolOwnedDevice')}
            aria-describedby={`${fieldId('schoolOwnedDevice')}-hint`}
            onChange={(e) => set('schoolOwnedDevice', e.currentTarget.checked)}
          />
          <div>
            <label for={fieldId('schoolOwnedDevice')}>
              {t('setting_schoolOwnedDevice')}
              {isLocked('schoolOwnedDevice') && <span class="locked">{t('optionsLocked')}</span>}
            </label>
            <p class="hint" id={`${fieldId('schoolOwnedDevice')}-hint`}>
              {t('hintSchoolOwnedDevice')}
            </p>
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('optionsPrivacy')}</legend>
        {text('privacyReviewDays', 'privacyReviewDays', 'privacyReviewDays', { type: 'number', hint: t('hintPrivacyReview') })}
        {text('logRetentionDays', 'logRetentionDays', 'logRetentionDays', { type: 'number', hint: t('hintLogRetention') })}
      </fieldset>

      <button type="submit">{t('optionsSave')}</button>
    </form>
  );
}
