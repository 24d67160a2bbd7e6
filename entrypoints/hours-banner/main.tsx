import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { HoursBanner } from '@/components/banner/HoursBanner';
import { reportHeight } from '@/components/report-height';
import { createDecisionGate } from '@/utils/frames/decision-gate';
import { windowGateEnv } from '@/utils/frames/window-env';
import { sendMessage } from '@/utils/messaging';
import type { HoursView } from '@/utils/schedule/view';
import { localiseTitle } from '@/utils/page-title';

localiseTitle();

// From the frame's first moment: the settling time counts from when the frame was shown.
const gate = createDecisionGate(windowGateEnv(window));

/** Asks the background for the hours and sends back the staff member's choice. */
function App() {
  const [view, setView] = useState<HoursView | null | undefined>(undefined);
  useEffect(() => {
    void sendMessage('getHoursBanner', {}).then(setView, () => setView(null));
  }, []);
  return (
    <HoursBanner
      view={view}
      now={Date.now()}
      gate={gate}
      onClose={() => sendMessage('closeTabForHours', {})}
      onContinue={async (choice) => {
        await sendMessage('continueInHours', choice);
      }}
      onDialog={(open) => void sendMessage('hoursBannerDialog', { open }).catch(() => undefined)}
    />
  );
}

const root = document.getElementById('app')!;
render(<App />, root);
reportHeight(root, (height) => sendMessage('resizeHoursBanner', { height }));
