import { DAYS, type Day, type SettingsDraft, type SpanDraft } from '@/utils/config/form';
import type { SettingProblem } from '@/utils/config/merge';
import { t, type MessageKey } from '@/utils/i18n';
import { SpanRows } from './SpanRows';

interface WeekEditorProps {
  draft: SettingsDraft;
  disabled: boolean;
  problems: readonly SettingProblem[];
  onChange: (draft: SettingsDraft) => void;
}

const WEEKDAYS: readonly Day[] = ['tue', 'wed', 'thu', 'fri'];
const dayName = (d: Day) => t(`day_${d}` as MessageKey);

/**
 * The working week, a day at a time: each day's working periods and breaks as pairs of time pickers.
 * Most schools keep the same day Monday to Friday, so Monday's times can be copied to the rest.
 */
export function WeekEditor({ draft, disabled, problems, onChange }: WeekEditorProps) {
  const setDay = (which: 'hours' | 'breaks', day: Day, rows: SpanDraft[]) => onChange({ ...draft, [which]: { ...draft[which], [day]: rows } });
  const copyMonday = () => {
    const copy = (rows: SpanDraft[]) => Object.fromEntries(WEEKDAYS.map((d) => [d, rows.map((r) => ({ ...r }))]));
    onChange({ ...draft, hours: { ...draft.hours, ...copy(draft.hours.mon) }, breaks: { ...draft.breaks, ...copy(draft.breaks.mon) } });
  };
  return (
    <fieldset class="week-editor" id="working-week">
      <legend>{t('optionsWeek')}</legend>
      <p class="hint">{t('hintPeriods')}</p>
      {!disabled && (
        <button type="button" class="secondary small" onClick={copyMonday}>
          {t('copyMonday')}
        </button>
      )}
      {DAYS.map((day) => (
        <div class="day" key={day} role="group" aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`}>{dayName(day)}</h3>
          {(['hours', 'breaks'] as const).map((which) => {
            const name = t(which === 'hours' ? 'dayHoursLabel' : 'dayBreaksLabel', dayName(day));
            return (
              <div class="day-part" key={which}>
                <p class="label">{t(which === 'hours' ? 'optionsDayHours' : 'optionsDayBreaks')}</p>
                <SpanRows
                  path={`workingHours.week.${day}.${which}`}
                  name={name}
                  kind="time"
                  rows={draft[which][day]}
                  disabled={disabled}
                  problems={problems}
                  addLabel={t(which === 'hours' ? 'addHours' : 'addBreak')}
                  onChange={(rows) => setDay(which, day, rows)}
                />
              </div>
            );
          })}
        </div>
      ))}
    </fieldset>
  );
}
