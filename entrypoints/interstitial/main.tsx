import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Interstitial, type InterstitialChoice } from '@/components/interstitial/Interstitial';
import type { HoldView } from '@/utils/contact/types';
import { sendMessage } from '@/utils/messaging';

/** Loads the hold for this tab from the background and sends back the staff member's choice. */
function App() {
  const [view, setView] = useState<HoldView | null | undefined>(undefined);
  useEffect(() => {
    void sendMessage('getHold', {}).then(setView, () => setView(null));
  }, []);
  const choose = async (choice: InterstitialChoice) => {
    await sendMessage('resolveHold', { holdId: view?.holdId ?? '', ...choice });
  };
  return <Interstitial view={view} onChoose={choose} />;
}

render(<App />, document.getElementById('app')!);
