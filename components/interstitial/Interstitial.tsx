import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExceptionKind } from '@/rules/schema';
import type { HoldChoice, HoldView } from '@/utils/contact/types';
import type { DecisionGate } from '@/utils/frames/decision-gate';
import { t } from '@/utils/i18n';
import { GoAheadButton, sayWhenCovered } from '../GoAheadButton';
import { LeadQuote, MoreQuotes } from '../Quote';
import { trapFocus } from './focus';
import { Brand, WhyLink } from '../Brand';

export interface InterstitialChoice {
  choice: HoldChoice;
  exception?: ExceptionKind;
  reason?: string;
}

interface InterstitialProps {
  /** undefined while loading; null when there is no hold any more. */
  view: HoldView | null | undefined;
  onChoose: (choice: InterstitialChoice) => Promise<void>;
  /** Decides which presses on "Continue anyway" and "Go ahead" count (the page may be clickjacking). */
  gate: DecisionGate;
}

/**
 * The contact interstitial: who matched and as what, the school's rule in its own words, and the
 * choices that rule allows. Cancel is first and focused; Escape cancels. No choice is pre-selected and
 * going ahead always takes a deliberate step.
 */
export function Interstitial({ view, onChoose, gate }: InterstitialProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const why = useRef<HTMLTextAreaElement>(null);
  const [exception, setException] = useState<ExceptionKind | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const refused = sayWhenCovered(setError);

  useEffect(() => cancel.current?.focus({ preventScroll: true }), [view]);

  const send = async (choice: InterstitialChoice) => {
    try {
      await onChoose(choice);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') void send({ choice: 'cancel' });
    trapFocus(event, dialog.current);
  };

  // An exception chosen: the next thing to do is say why, so that is where focus goes.
  useEffect(() => {
    if (exception) why.current?.focus();
  }, [exception]);

  if (view === undefined) return <div class="backdrop" aria-busy="true" />;
  const chosen = view?.exceptions.find((e) => e.kind === exception);

  return (
    <div class="backdrop" onKeyDown={onKeyDown}>
      <div
        ref={dialog}
        class={`dialog ${view?.severity === 'warn' ? 'warn' : ''}`}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="interstitial-title"
        aria-describedby="interstitial-who interstitial-summary"
      >
        <Brand />
        {view ? (
          <>
            <h1 id="interstitial-title">{view.title}</h1>
            <p class="who" id="interstitial-who">
              {t('interstitialWho', [view.actionText, view.who, view.roleText, view.network])}
            </p>
            <p id="interstitial-summary">{view.summary}</p>
            <LeadQuote citations={view.citations} />
            {error && (
              <p class="error-message" role="alert">
                {error}
              </p>
            )}
            <div class="choices">
              <button ref={cancel} type="button" onClick={() => void send({ choice: 'cancel' })}>
                {t('interstitialCancel')}
              </button>
              {view.reportable && (
                <button type="button" class="secondary" onClick={() => void send({ choice: 'report' })}>
                  {t('interstitialReport')}
                </button>
              )}
              {view.exceptions.map((e) => (
                <button key={e.kind} type="button" class="secondary" aria-expanded={exception === e.kind} onClick={() => setException(e.kind)}>
                  {e.label}
                </button>
              ))}
              {view.canProceed && (
                <GoAheadButton gate={gate} class="warning" onPress={() => void send({ choice: 'proceed' })} onRefused={refused}>
                  {t('interstitialContinue')}
                </GoAheadButton>
              )}
            </div>
            <MoreQuotes citations={view.citations} />
            {chosen && (
              <form
                class="reason"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (chosen.requiresReason && reason.trim().length < 3) setError(t('interstitialReasonNeeded'));
                  else void send({ choice: 'exception', exception: chosen.kind, reason });
                }}
              >
                <label for="reason">{t('interstitialReasonLabel')}</label>
                <p class="hint" id="reason-hint">
                  {t('interstitialReasonHint')}
                </p>
                <textarea ref={why} id="reason" aria-describedby="reason-hint" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
                <GoAheadButton gate={gate} type="submit" onRefused={refused}>
                  {t('interstitialReasonSubmit')}
                </GoAheadButton>
              </form>
            )}
          </>
        ) : (
          <>
            <h1 id="interstitial-title">{t('interstitialGoneTitle')}</h1>
            <p id="interstitial-summary">{t('interstitialGoneBody')}</p>
            <div class="choices">
              <button ref={cancel} type="button" onClick={() => void send({ choice: 'cancel' })}>
                {t('interstitialClose')}
              </button>
            </div>
          </>
        )}
        <WhyLink />
      </div>
    </div>
  );
}
