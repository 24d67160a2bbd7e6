import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContinueChoice, ContinueReason } from '@/utils/hours/warn';
import { stripTitle } from '@/utils/hours/strip';
import type { DecisionGate } from '@/utils/frames/decision-gate';
import { t, type MessageKey } from '@/utils/i18n';
import { whenItEnds } from '@/utils/schedule/describe';
import type { HoursView } from '@/utils/schedule/view';
import { GoAheadButton, sayWhenCovered } from '../GoAheadButton';
import { LeadQuote, MoreQuotes } from '../Quote';
import { Brand, WhyLink } from '../Brand';
import { keepTabInside } from './tab-loop';

interface HoursBannerProps {
  /** undefined while loading; null when the background could not say. */
  view: HoursView | null | undefined;
  now: number;
  onClose: () => Promise<void>;
  onContinue: (choice: ContinueChoice) => Promise<void>;
  /** The reason dialog opened or closed: the frame has to cover the page while it is open. */
  onDialog?: (open: boolean) => void;
  /** Decides which presses on the reason form's "Continue" count (the page may be clickjacking). */
  gate: DecisionGate;
}

const REASONS: { value: ContinueReason; label: MessageKey }[] = [
  { value: 'school-business', label: 'hoursBannerReasonSchool' },
  { value: 'official-account', label: 'hoursBannerReasonOfficial' },
  { value: 'other', label: 'hoursBannerReasonOther' },
];

/** When working time ends, what the rule asks and the school's own words for it. */
function TheRule({ view, now }: { view: HoursView | null; now: number }) {
  const when = view ? whenItEnds(view, now) : '';
  return (
    <>
      {when && <p class="when">{when}</p>}
      {view?.rule && <p>{view.rule.summary}</p>}
      {view?.rule && <LeadQuote citations={view.rule.citations} />}
      {view?.rule && <MoreQuotes citations={view.rule.citations} />}
    </>
  );
}

/**
 * The working-hours reminder (warn mode): one line across the top of the page, not a modal, so the
 * page stays usable. Closing the tab is the one primary action; "Continue" is always there beside it,
 * only plainer. Going on takes a reason, asked in the strip's own modal dialog (the frame covers the
 * page while it is open), where the school's clause is quoted again; the reason is kept in the staff
 * member's own log. The clause is also one press away in the strip itself ("See the rule").
 */
export function HoursBanner({ view, now, onClose, onContinue, onDialog, gate }: HoursBannerProps) {
  const [ruleShown, setRuleShown] = useState(false);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState<ContinueReason | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [noteInvalid, setNoteInvalid] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const continueButton = useRef<HTMLButtonElement>(null);
  const noteBox = useRef<HTMLTextAreaElement>(null);
  const firstRadio = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!asking || !el) return;
    if (!el.open) el.showModal();
    // The title, not the first radio: the clause above the choices is read first.
    title.current?.focus();
  }, [asking]);

  const run = async (action: () => Promise<void>) => {
    setError('');
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const ask = () => {
    setError('');
    setAsking(true);
    onDialog?.(true);
  };
  // Every way out of the dialog (Back, Escape) comes here, through the dialog's close event.
  const closed = () => {
    setAsking(false);
    setError('');
    onDialog?.(false);
    continueButton.current?.focus();
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
  const onDialogKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // Closed here rather than by the browser, which may refuse a second Escape without a click between.
      event.preventDefault();
      dialog.current?.close();
      return;
    }
    keepTabInside(event, dialog.current);
  };

  if (view === undefined) {
    return (
      <div class="hours">
        <div class="banner" role="region" aria-label={t('hoursBannerLabel')} aria-busy="true">
          <p class="strip">{t('loading')}</p>
        </div>
      </div>
    );
  }
  const alert = error && (
    <p class="error-message" role="alert">
      {error}
    </p>
  );

  return (
    <div class="hours">
      <div class="banner" role="region" aria-label={t('hoursBannerLabel')}>
        <div class="strip">
          <div class="strip-message">
            <Brand />
            <h1>{stripTitle(view, now)}</h1>
            <button type="button" class="link-button" aria-expanded={ruleShown} aria-controls="hours-rule" onClick={() => setRuleShown(!ruleShown)}>
              {t('hoursBannerRuleToggle')}
            </button>
          </div>
          <div class="strip-actions">
            <button type="button" class="primary" onClick={() => void run(onClose)}>
              {t('hoursBannerClose')}
            </button>
            <button ref={continueButton} type="button" class="secondary" aria-haspopup="dialog" onClick={ask}>
              {t('hoursBannerContinue')}
            </button>
          </div>
        </div>
        <div id="hours-rule" class="rule-panel" hidden={!ruleShown}>
          <TheRule view={view} now={now} />
          <WhyLink />
        </div>
        {!asking && alert}
      </div>
      {asking && (
        <dialog ref={dialog} class="hours-dialog" aria-labelledby="hours-dialog-title" onClose={closed} onKeyDown={onDialogKey}>
          <form class="reason" onSubmit={submit} noValidate>
            <div class="dialog-body">
              <Brand />
              <h2 id="hours-dialog-title" ref={title} tabIndex={-1}>
                {t('hoursBannerDialogTitle')}
              </h2>
              <TheRule view={view} now={now} />
              <fieldset>
                <legend>{t('hoursBannerReasonLegend')}</legend>
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
            </div>
            <div class="dialog-actions">
              {alert}
              <div class="dialog-buttons">
                <GoAheadButton gate={gate} type="submit" onRefused={sayWhenCovered(setError)}>
                  {t('hoursBannerSubmit')}
                </GoAheadButton>
                <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
                  {t('hoursBannerBack')}
                </button>
                <WhyLink />
              </div>
            </div>
          </form>
        </dialog>
      )}
    </div>
  );
}
