import { useEffect, useRef, useState } from 'preact/hooks';
import type { UncheckedChoice } from '@/utils/content/hold-engine';
import type { DecisionGate } from '@/utils/frames/decision-gate';
import { t } from '@/utils/i18n';
import { GoAheadButton, sayWhenCovered } from '../GoAheadButton';
import { Brand, WhyLink } from '../Brand';

interface UncheckedProps {
  onChoose: (choice: UncheckedChoice) => Promise<void>;
  /** Decides which presses on "Go ahead without the check" count (the page may be clickjacking). */
  gate: DecisionGate;
}

/**
 * Shown when Chalkline could not get an answer in time (the extension may be starting up): it says so
 * plainly and lets the person choose. Nothing here comes from the roster, and nothing is passed silently.
 */
export function Unchecked({ onChoose, gate }: UncheckedProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState('');
  const refused = sayWhenCovered(setError);
  useEffect(() => {
    const toCancel = () => {
      if (!document.activeElement || document.activeElement === document.body) cancel.current?.focus({ preventScroll: true });
    };
    toCancel();
    // Drawn before its frame has finished loading, it can lose focus when the frame is focused: Cancel
    // is where focus belongs whenever the frame has it and nothing inside does.
    window.addEventListener('focus', toCancel);
    return () => window.removeEventListener('focus', toCancel);
  }, []);
  const send = async (choice: UncheckedChoice) => {
    try {
      await onChoose(choice);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div
      class="backdrop"
      onKeyDown={(event) => {
        if (event.key === 'Escape') void send('cancel');
      }}
    >
      <div class="dialog warn" role="alertdialog" aria-modal="true" aria-labelledby="unchecked-title" aria-describedby="unchecked-body">
        <Brand />
        <h1 id="unchecked-title">{t('uncheckedTitle')}</h1>
        <p id="unchecked-body">{t('uncheckedBody')}</p>
        {error && (
          <p class="error-message" role="alert">
            {error}
          </p>
        )}
        <div class="choices">
          <button ref={cancel} type="button" onClick={() => void send('cancel')}>
            {t('interstitialCancel')}
          </button>
          <button type="button" class="secondary" onClick={() => void send('retry')}>
            {t('uncheckedRetry')}
          </button>
          <GoAheadButton gate={gate} class="warning" onPress={() => void send('proceed')} onRefused={refused}>
            {t('uncheckedProceed')}
          </GoAheadButton>
        </div>
        <WhyLink />
      </div>
    </div>
  );
}
