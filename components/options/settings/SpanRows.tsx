import type { SpanDraft } from '@/utils/config/form';
import type { SettingProblem } from '@/utils/config/merge';
import { t } from '@/utils/i18n';
import { fieldId, problemsFor } from '../Field';
import { RowEnd } from './RowEnd';

interface SpanRowsProps {
  /** The settings path of the list, e.g. `workingHours.week.mon.hours`. */
  path: string;
  /** What one row is called in control names: "Monday working hours", "Term". */
  name: string;
  kind: 'time' | 'date';
  rows: readonly SpanDraft[];
  disabled: boolean;
  problems: readonly SettingProblem[];
  addLabel: string;
  onChange: (rows: SpanDraft[]) => void;
}

/**
 * A list of periods (or terms), each a pair of the browser's own time (or date) pickers, with a
 * Remove button per row and an Add button after them. Every control is named for its row, so a
 * screen reader hears "Monday working hours 2, from" rather than a bare "from".
 */
export function SpanRows({ path, name, kind, rows, disabled, problems, addLabel, onChange }: SpanRowsProps) {
  const set = (i: number, end: keyof SpanDraft, value: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [end]: value } : r)));
  const labels = { start: kind === 'time' ? 'spanFrom' : 'spanFirstDay', end: kind === 'time' ? 'spanTo' : 'spanLastDay' } as const;
  return (
    <div class="rows">
      {rows.length === 0 && <p class="hint rows-empty">{t(kind === 'time' ? 'spanNone' : 'termsNone')}</p>}
      {rows.map((row, i) => {
        const rowPath = `${path}[${i}]`;
        const mine = problemsFor(rowPath, problems);
        const rowName = t('rowName', [name, String(i + 1)]);
        const errorId = `${fieldId(rowPath)}-error`;
        const invalid = mine.length ? { 'aria-invalid': 'true' as const, 'aria-describedby': errorId } : {};
        return (
          <div class="row" key={i} role="group" aria-label={rowName}>
            {(['start', 'end'] as const).map((end) => (
              <label class="row-part" key={end}>
                <span>{t(labels[end])}</span>
                <input
                  type={kind}
                  id={end === 'start' ? fieldId(rowPath) : undefined}
                  aria-label={`${rowName}, ${t(labels[end]).toLowerCase()}`}
                  value={row[end]}
                  disabled={disabled}
                  onInput={(e) => set(i, end, e.currentTarget.value)}
                  {...invalid}
                />
              </label>
            ))}
            <RowEnd rowName={rowName} errorId={errorId} problems={mine} disabled={disabled} onRemove={() => onChange(rows.filter((_, j) => j !== i))} />
          </div>
        );
      })}
      {!disabled && (
        <button type="button" class="secondary small" onClick={() => onChange([...rows, { start: '', end: '' }])}>
          {addLabel}
        </button>
      )}
    </div>
  );
}
