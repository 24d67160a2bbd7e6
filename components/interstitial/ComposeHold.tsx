import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComposeChoice, ComposeHoldView } from '@/utils/compose/types';
import type { DecisionGate } from '@/utils/frames/decision-gate';
import { t } from '@/utils/i18n';
import { GoAheadButton, sayWhenCovered } from '../GoAheadButton';
import { kindLabel } from '../compose-hint/ComposeHint';
import { LeadQuote, MoreQuotes } from '../Quote';
import { trapFocus } from './focus';
import { Brand, WhyLink } from '../Brand';

interface ComposeHoldProps {
  view: ComposeHoldView;
  onChoose: (choice: ComposeChoice, reason?: string) => Promise<void>;
  /** Decides which presses on "Post anyway" and "Go ahead" count (the page may be clickjacking). */
  gate: DecisionGate;
}

/**
 * The compose hold: what in the post the school's policy is about, rule by rule, each with its clause.
 * "Edit" is first and focused, and keeps the post in its box; Escape edits. Posting anyway is a
 * deliberate second step, and needs a reason where a rule blocks.
 */
export function ComposeHold({ view, onChoose, gate }: ComposeHoldProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const edit = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const refused = sayWhenCovered(setError);
  const message = view.surface === 'message';
  const why = useRef<HTMLTextAreaElement>(null);
  useEffect(() => edit.current?.focus({ preventScroll: true }), [view]);
  // Asked for a reason: the next thing to do is write it, so that is where focus goes.
  useEffect(() => {
    if (asking) why.current?.focus();
  }, [asking]);

  const send = async (choice: ComposeChoice, why?: string) => {
    try {
      await onChoose(choice, why);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const strictest = view.findings[0]?.severity ?? 'warn';

  return (
    <div
      class="backdrop"
      onKeyDown={(event) => {
        if (event.key === 'Escape') void send('edit');
        trapFocus(event, dialog.current);
      }}
    >
      <div ref={dialog} class={`dialog ${strictest === 'block' ? '' : 'warn'}`} role="alertdialog" aria-modal="true" aria-labelledby="compose-title" aria-describedby="compose-intro">
        <Brand />
        <h1 id="compose-title">{t(message ? 'composeHoldTitleMessage' : 'composeHoldTitle')}</h1>
        <p id="compose-intro">
          {t('composeHoldIntro', [view.action, view.network])}
          {view.to && ` ${t('composeHoldTo', view.to)}`}
        </p>
        {view.partlyChecked && <p class="hint">{t('composeHoldPartlyChecked')}</p>}
        <ul class="findings">
          {view.findings.map((f) => (
            <li key={f.ruleId} class={`finding ${f.severity}`}>
              <h2>{f.title}</h2>
              {f.what.length > 0 && (
                <p class="found">
                  {t('composeHoldFound', f.what.map(kindLabel).join(', '))}
                  {f.words.length > 0 && ` ${f.words.map((w) => `“${w}”`).join(', ')}`}
                </p>
              )}
              <p>{f.summary}</p>
              <LeadQuote citations={f.citations} />
              <MoreQuotes citations={f.citations} />
            </li>
          ))}
        </ul>
        {error && (
          <p class="error-message" role="alert">
            {error}
          </p>
        )}
        <div class="choices">
          <button ref={edit} type="button" onClick={() => void send('edit')}>
            {t(message ? 'composeHoldEditMessage' : 'composeHoldEdit')}
          </button>
          {view.reasonRequired ? (
            // Only opens the reason form: the decision is its own "Go ahead" button.
            <button type="button" class="warning" aria-expanded={asking} onClick={() => setAsking(true)}>
              {t(message ? 'composeHoldSendAnyway' : 'composeHoldPostAnyway')}
            </button>
          ) : (
            <GoAheadButton gate={gate} class="warning" onPress={() => void send('post')} onRefused={refused}>
              {t(message ? 'composeHoldSendAnyway' : 'composeHoldPostAnyway')}
            </GoAheadButton>
          )}
        </div>
        {asking && (
          <form
            class="reason"
            onSubmit={(event) => {
              event.preventDefault();
              if (reason.trim().length < 3) setError(t('composeHoldReasonNeeded'));
              else void send('post', reason);
            }}
          >
            <label for="compose-reason">{t('composeHoldReasonLabel')}</label>
            <p class="hint" id="compose-reason-hint">
              {t('interstitialReasonHint')}
            </p>
            <textarea ref={why} id="compose-reason" aria-describedby="compose-reason-hint" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
            <GoAheadButton gate={gate} type="submit" onRefused={refused}>
              {t('composeHoldReasonSubmit')}
            </GoAheadButton>
          </form>
        )}
        <WhyLink />
      </div>
    </div>
  );
}
