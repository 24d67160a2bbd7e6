import type { SettingProblem } from '@/utils/config/merge';
import { t } from '@/utils/i18n';
import { fieldId, problemsFor } from '../Field';
import { RowEnd } from './RowEnd';

interface DateRowsProps {
  path: string;
  name: string;
  rows: readonly string[];
  disabled: boolean;
  problems: readonly SettingProblem[];
  addLabel: string;
  emptyText: string;
  onChange: (rows: string[]) => void;
}

/** A list of single days (closures), each the browser's date picker with its own Remove. */
export function DateRows({ path, name, rows, disabled, problems, addLabel, emptyText, onChange }: DateRowsProps) {
  return (
    <div class="rows">
      {rows.length === 0 && <p class="hint rows-empty">{emptyText}</p>}
      {rows.map((day, i) => {
        const rowPath = `${path}[${i}]`;
        const mine = problemsFor(rowPath, problems);
        const rowName = t('rowName', [name, String(i + 1)]);
        const errorId = `${fieldId(rowPath)}-error`;
        return (
          <div class="row" key={i}>
            <input
              type="date"
              id={fieldId(rowPath)}
              aria-label={rowName}
              value={day}
              disabled={disabled}
              onInput={(e) => onChange(rows.map((d, j) => (j === i ? e.currentTarget.value : d)))}
              {...(mine.length ? { 'aria-invalid': 'true' as const, 'aria-describedby': errorId } : {})}
            />
            <RowEnd rowName={rowName} errorId={errorId} problems={mine} disabled={disabled} onRemove={() => onChange(rows.filter((_, j) => j !== i))} />
          </div>
        );
      })}
      {!disabled && (
        <button type="button" class="secondary small" onClick={() => onChange([...rows, ''])}>
          {addLabel}
        </button>
      )}
    </div>
  );
}
