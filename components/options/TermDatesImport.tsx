import { useEffect, useRef, useState } from 'preact/hooks';
import { readTermCalendar, type TermCalendarResult } from '@/utils/schedule/ical';
import type { IgnoredEvent, TermDate } from '@/utils/schedule/term-events';
import { t } from '@/utils/i18n';

/** What the options page saves when staff press "Use these dates". */
export interface TermDatesChoice {
  termDates: TermDate[];
  closures: string[];
}

interface TermDatesImportProps {
  /** True when the school's policy sets `workingHours`: nothing here may change it. */
  locked: boolean;
  /** The school's time zone, which places events written in UTC on the right day. */
  timeZone: string;
  /** The last day Chalkline's bank holiday list covers, or null when the school uses none. */
  bankHolidaysUntil: string | null;
  onUse: (choice: TermDatesChoice) => void;
}

type Preview = { name: string; result: TermCalendarResult } | null;

const PARTS = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Thu 3 September 2026": built from parts, as browsers differ on the comma after the weekday. */
export function formatSchoolDate(date: string): string {
  const parts = PARTS.formatToParts(new Date(`${date}T00:00:00Z`));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}`;
}

function IgnoredList({ ignored }: { ignored: readonly IgnoredEvent[] }) {
  if (ignored.length === 0) return null;
  return (
    <details>
      <summary>{t('termDatesIgnoredSummary', String(ignored.length))}</summary>
      <ul>
        {ignored.map((e, i) => (
          <li key={`${i}:${e.summary}`}>
            {e.date ? t('termDatesIgnoredLine', [e.summary, formatSchoolDate(e.date), e.reason]) : t('termDatesIgnoredLineNoDate', [e.summary, e.reason])}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * "Import term dates (iCalendar)": reads a school calendar file, shows what it found, and hands the
 * terms and closures back only when staff press "Use these dates". A file that cannot be used
 * changes nothing and says why in plain words.
 */
export function TermDatesImport({ locked, timeZone, bankHolidaysUntil, onUse }: TermDatesImportProps) {
  const [preview, setPreview] = useState<Preview>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // Move keyboard and screen reader focus to what the file produced, as the page does for outcomes.
  useEffect(() => {
    if (preview) boxRef.current?.focus();
  }, [preview]);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again still reads it
    if (file) setPreview({ name: file.name, result: readTermCalendar(await file.text(), { timeZone }) });
  };

  const result = preview?.result;
  const lastTermDay = result?.ok ? result.termDates[result.termDates.length - 1]!.end : '';
  const describedBy = ['import-term-dates-hint', locked && 'import-term-dates-locked'].filter(Boolean).join(' ');

  return (
    <div>
      <label for="import-term-dates">{t('importTermDatesLabel')}</label>
      {locked && (
        <span class="locked" id="import-term-dates-locked">
          {t('optionsLocked')}
        </span>
      )}
      <p class="hint" id="import-term-dates-hint">
        {t('importTermDatesHint')}
      </p>
      <input
        class="file-input"
        id="import-term-dates"
        ref={inputRef}
        type="file"
        accept=".ics,text/calendar"
        aria-describedby={describedBy}
        disabled={locked}
        onChange={(e) => void choose(e.currentTarget)}
      />
      <div aria-live="polite">
        {preview && result && !result.ok && (
          <div class="summary" role="alert" tabIndex={-1} ref={boxRef}>
            <h3>{t('importFailedTitle', preview.name)}</h3>
            <p>{result.problem}</p>
          </div>
        )}
        {preview && result?.ok && (
          <div class="summary note" role="group" aria-labelledby="term-dates-preview-title" tabIndex={-1} ref={boxRef}>
            <h3 id="term-dates-preview-title">{t('termDatesPreviewTitle', preview.name)}</h3>
            <p>{t('termDatesFound', [String(result.termDates.length), String(result.closures.length), String(result.insetDays.length)])}</p>
            <ul>
              {result.termDates.map((term) => (
                <li key={term.start}>{t('termDatesTermLine', [formatSchoolDate(term.start), formatSchoolDate(term.end)])}</li>
              ))}
            </ul>
            {bankHolidaysUntil && lastTermDay > bankHolidaysUntil && <p class="hint">{t('termDatesBankHolidaysNote', formatSchoolDate(bankHolidaysUntil))}</p>}
            <IgnoredList ignored={result.ignored} />
            <button
              type="button"
              onClick={() => {
                onUse({ termDates: result.termDates, closures: result.closures });
                setPreview(null);
              }}
            >
              {t('termDatesUse')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setPreview(null);
                inputRef.current?.focus(); // the box that had focus is gone: give it back to the file input
              }}
            >
              {t('termDatesCancel')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
