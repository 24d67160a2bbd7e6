import type { SettingsDraft } from '@/utils/config/form';
import type { SettingProblem } from '@/utils/config/merge';
import type { SettingsKey } from '@/utils/config/schema';
import { t, type MessageKey } from '@/utils/i18n';
import { Field } from '../Field';

type TextKey = { [K in keyof SettingsDraft]: SettingsDraft[K] extends string ? K : never }[keyof SettingsDraft];

interface TextFieldProps {
  setting: SettingsKey;
  path: string;
  field: TextKey;
  draft: SettingsDraft;
  locked: readonly SettingsKey[];
  problems: readonly SettingProblem[];
  onChange: (draft: SettingsDraft) => void;
  type?: 'text' | 'email' | 'url' | 'tel' | 'password' | 'number';
  hint?: string;
  multiline?: boolean;
  autocomplete?: string;
}

/** A labelled text box for one draft field, locked when its setting comes from the school's policy. */
export function TextField({ setting, path, field, draft, locked, problems, onChange, type = 'text', hint, multiline, autocomplete }: TextFieldProps) {
  const set = (value: string) => onChange({ ...draft, [field]: value });
  return (
    <Field path={path} label={t(`setting_${field}` as MessageKey)} hint={hint} locked={locked.includes(setting)} problems={problems}>
      {(p) =>
        multiline ? (
          <textarea {...p} value={draft[field]} onInput={(e) => set(e.currentTarget.value)} />
        ) : (
          <input
            {...p}
            type={type}
            value={draft[field]}
            autocomplete={autocomplete ?? 'off'}
            {...(type === 'number' ? { inputMode: 'numeric' as const } : {})}
            onInput={(e) => set(e.currentTarget.value)}
          />
        )
      }
    </Field>
  );
}
