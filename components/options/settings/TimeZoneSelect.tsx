import { useMemo } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { Field } from '../Field';
import type { SettingProblem } from '@/utils/config/merge';

/** The zones the browser knows, the school's likely ones first; the current value is always offered. */
export function timeZoneChoices(current: string, known: readonly string[]): string[] {
  const first = ['Europe/London', 'Europe/Dublin'];
  const rest = known.filter((z) => !first.includes(z));
  return [...new Set([...first, ...(current && !known.includes(current) ? [current] : []), ...rest])];
}

const supported = (): string[] => {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? [];
};

interface TimeZoneSelectProps {
  value: string;
  locked: boolean;
  problems: readonly SettingProblem[];
  onChange: (zone: string) => void;
}

/** A picker of real time zones, so nobody has to type "Europe/London" correctly. */
export function TimeZoneSelect({ value, locked, problems, onChange }: TimeZoneSelectProps) {
  const zones = useMemo(() => timeZoneChoices(value, supported()), [value]);
  return (
    <Field path="workingHours.timeZone" label={t('setting_timeZone')} hint={t('hintTimeZone')} locked={locked} problems={problems}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
