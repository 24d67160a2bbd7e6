import type { SettingProblem } from '@/utils/config/merge';
import { t } from '@/utils/i18n';

interface RowEndProps {
  rowName: string;
  errorId: string;
  problems: readonly SettingProblem[];
  disabled: boolean;
  onRemove: () => void;
}

/** The end of a row of pickers: its Remove button (named for the row) and what is wrong with it. */
export function RowEnd({ rowName, errorId, problems, disabled, onRemove }: RowEndProps) {
  return (
    <>
      {!disabled && (
        <button type="button" class="secondary small" aria-label={t('removeRow', rowName)} onClick={onRemove}>
          {t('remove')}
        </button>
      )}
      {problems.length > 0 && (
        <p class="error-message" id={errorId}>
          {problems.map((m) => m.message).join('; ')}
        </p>
      )}
    </>
  );
}
