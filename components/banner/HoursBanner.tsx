import { useRef, useState } from 'preact/hooks';
import type { ContinueChoice, ContinueReason } from '@/utils/hours/warn';
import type { DecisionGate } from '@/utils/frames/decision-gate';
import { t, type MessageKey } from '@/utils/i18n';
import { whenItEnds } from '@/utils/schedule/describe';
import type { HoursView } from '@/utils/schedule/view';
import { GoAheadButton, sayWhenCovered } from '../GoAheadButton';
import { LeadQuote } from '../Quote';
import { Brand, WhyLink } from '../Brand';

interface HoursBannerProps {
  /** undefined while loading; null when the background could not say. */
  view: HoursView | null | undefined;
  now: number;
  onClose: () => Promise<void>;
  onContinue: (choice: ContinueChoice) => Promise<void>;
  /** Decides which presses on the reason form's "Continue" count (the page may be clickjacking). */
  gate: DecisionGate;
}

const REASONS: { value: ContinueReason; label: MessageKey }[] = [
  { value: 'school-business', label: 'hoursBannerReasonSchool' },
  { value: 'official-account', label: 'hoursBannerReasonOfficial' },
  { value: 'other', label: 'hoursBannerReasonOther' },
];

/** "It's working time at Oak Hill School", or the school-computer heading. */
function heading(view: HoursView): string {
  if (view.status.reason === 'school-device') return t('hoursBannerDeviceTitle');
  return view.schoolName ? t('hoursBannerTitleAt', view.schoolName) : t('hoursBannerTitle');
}

/**
 * The working-hours reminder (warn mode): a strip at the top of the page, not a modal, so the page
 * stays usable. It names the rule in the school's words and offers two equal choices: close the tab,
 * or go on with a reason, which is kept in the staff member's own log.
 */
export function HoursBanner({ view, now, onClose, onContinue, gate }: HoursBannerProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ContinueReason | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [noteInvalid, setNoteInvalid] = useState(false);
  const noteBox = useRef<HTMLTextAreaElement>(null);
  const firstRadio = useRef<HTMLInputElement>(null);

  const run = async (action: () => Promise<void>) => {
    setError('');
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (!reason) {
      setError(t('hoursBannerChooseReason'));
      firstRadio.current?.focus();
      return;
    }
    if (reason === 'other' && !note.trim()) {
      setNoteInvalid(true);
      setError(t('hoursBannerNoteNeeded'));
      noteBox.current?.focus();
      return;
    }
    setNoteInvalid(false);
    void run(() => onContinue({ reason, ...(note.trim() ? { note: note.trim() } : {}) }));
  };

  if (view === undefined) {
    return (
      <div class="banner" role="region" aria-label={t('hoursBannerLabel')} aria-busy="true">
        <p>{t('loading')}</p>
      </div>
    );
  }
  const when = view ? whenItEnds(view, now) : '';

  return (
    <div class="banner" role="region" aria-label={t('hoursBannerLabel')}>
      <div class="banner-text">
        <Brand />
        <h1>{view ? heading(view) : t('hoursBannerTitle')}</h1>
        {when && <p class="when">{when}</p>}
        {view?.rule && <p class="summary-line">{view.rule.summary}</p>}
        {view?.rule && <LeadQuote citations={view.rule.citations} />}
      </div>
      <div class="banner-side">
        <div class="banner-actions">
          <button type="button" onClick={() => void run(onClose)}>
            {t('hoursBannerClose')}
          </button>
          <button type="button" aria-expanded={open} aria-controls={open ? 'hours-reason' : undefined} onClick={() => setOpen(!open)}>
            {t('hoursBannerContinue')}
          </button>
        </div>
        {error && (
          <p class="error-message" role="alert">
            {error}
          </p>
        )}
        {open && (
          <form id="hours-reason" class="reason" onSubmit={submit} noValidate>
            <fieldset>
              <legend>{t('hoursBannerReasonLegend')}</legend>
              <div class="choices-row">
                {REASONS.map((r, i) => (
                  <div class="check" key={r.value}>
                    <input
                      ref={i === 0 ? firstRadio : undefined}
                      type="radio"
                      id={`reason-${r.value}`}
                      name="reason"
                      value={r.value}
                      checked={reason === r.value}
                      onChange={() => setReason(r.value)}
                    />
                    <label for={`reason-${r.value}`}>{t(r.label)}</label>
                  </div>
                ))}
              </div>
              <label for="hours-note">{t('hoursBannerNoteLabel')}</label>
              <p class="hint" id="hours-note-hint">
                {t('hoursBannerNoteHint')}
              </p>
              <textarea
                ref={noteBox}
                id="hours-note"
                maxLength={500}
                aria-describedby="hours-note-hint"
                aria-required={reason === 'other'}
                aria-invalid={noteInvalid ? 'true' : undefined}
                value={note}
                onInput={(e) => {
                  setNote(e.currentTarget.value);
                  if (noteInvalid && e.currentTarget.value.trim()) setNoteInvalid(false);
                }}
              />
            </fieldset>
            <GoAheadButton gate={gate} type="submit" onRefused={sayWhenCovered(setError)}>
              {t('hoursBannerSubmit')}
            </GoAheadButton>
          </form>
        )}
        <WhyLink />
      </div>
    </div>
  );
}
