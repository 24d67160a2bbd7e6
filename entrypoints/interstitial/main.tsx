import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ComposeHold } from '@/components/interstitial/ComposeHold';
import { Interstitial, type InterstitialChoice } from '@/components/interstitial/Interstitial';
import type { ComposeHoldView } from '@/utils/compose/types';
import type { HoldView } from '@/utils/contact/types';
import { createDecisionGate } from '@/utils/frames/decision-gate';
import { windowGateEnv } from '@/utils/frames/window-env';
import { sendMessage } from '@/utils/messaging';
import { localiseTitle } from '@/utils/page-title';

localiseTitle();

// From the frame's first moment: the settling time counts from when the frame was shown.
const gate = createDecisionGate(windowGateEnv(window));

/** Loads the hold for this tab from the background and sends back the staff member's choice. */
function App() {
  const [view, setView] = useState<HoldView | ComposeHoldView | null | undefined>(undefined);
  useEffect(() => {
    void sendMessage('getHold', {}).then(setView, () => setView(null));
  }, []);
  if (view && 'kind' in view && view.kind === 'compose') {
    return (
      <ComposeHold
        view={view}
        gate={gate}
        onChoose={async (choice, reason) => {
          await sendMessage('resolveComposeHold', { holdId: view.holdId, choice, ...(reason ? { reason } : {}) });
        }}
      />
    );
  }
  const contact = view as HoldView | null | undefined;
  const choose = async (choice: InterstitialChoice) => {
    await sendMessage('resolveHold', { holdId: contact?.holdId ?? '', ...choice });
  };
  return <Interstitial view={contact} onChoose={choose} gate={gate} />;
}

render(<App />, document.getElementById('app')!);
