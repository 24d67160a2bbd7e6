import type { ComponentChildren } from 'preact';
import type { SettingProblem } from '@/utils/config/merge';
import { t } from '@/utils/i18n';

/** The form control id for a settings path, so error summaries can link straight to the field. */
export const fieldId = (path: string) => `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** Problems that belong to the field at `path` (its own path or anything inside it). */
export function problemsFor(path: string, problems: readonly SettingProblem[]): SettingProblem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`));
}

/** "Line 2: " for a problem with the second item of a one-per-line list; nothing for the field itself. */
function itemLabel(fieldPath: string, problemPath: string): string {
  const item = /^\[(\d+)\]/.exec(problemPath.slice(fieldPath.length));
  return item ? t('optionsLineNumber', String(Number(item[1]) + 1)) : '';
}

interface FieldProps {
  path: string;
  label: string;
  hint?: string;
  locked: boolean;
  problems: readonly SettingProblem[];
  children: (props: { id: string; disabled: boolean; 'aria-describedby'?: string; 'aria-invalid'?: 'true' }) => ComponentChildren;
}

/** A labelled control with its hint, its "Set by your school" marker and its errors wired for screen readers. */
export function Field({ path, label, hint, locked, problems, children }: FieldProps) {
  const id = fieldId(path);
  const mine = problemsFor(path, problems);
  const described = [hint && `${id}-hint`, locked && `${id}-locked`, mine.length && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>
        {label}
        {locked && (
          <span class="locked" id={`${id}-locked`}>
            {t('optionsLocked')}
          </span>
        )}
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {mine.length > 0 && (
        <div id={`${id}-error`}>
          {mine.map((p) => (
            <p class="error-message" key={p.path + p.message}>
              <span class="visually-hidden">{t('optionsErrorPrefix')} </span>
              {itemLabel(path, p.path)}
              {p.message}
            </p>
          ))}
        </div>
      )}
      {children({
        id,
        disabled: locked,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(mine.length ? { 'aria-invalid': 'true' as const } : {}),
      })}
    </div>
  );
}
