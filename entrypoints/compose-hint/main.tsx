import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ComposeHint } from '@/components/compose-hint/ComposeHint';
import type { ComposeHint as Hint } from '@/utils/compose/types';
import { sendMessage } from '@/utils/messaging';
import { localiseTitle } from '@/utils/page-title';

localiseTitle();

/** Reads what was noticed in this tab's editor from the background (never from the page or the address). */
function App() {
  const [hint, setHint] = useState<Hint | null | undefined>(undefined);
  useEffect(() => {
    void sendMessage('getComposeHint', {}).then(setHint, () => setHint(null));
  }, []);
  return <ComposeHint hint={hint} />;
}

render(<App />, document.getElementById('app')!);
