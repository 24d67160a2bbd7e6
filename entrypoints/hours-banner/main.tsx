import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { HoursBanner } from '@/components/banner/HoursBanner';
import { sendMessage } from '@/utils/messaging';
import type { HoursView } from '@/utils/schedule/view';

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
      onClose={() => sendMessage('closeTabForHours', {})}
      onContinue={async (choice) => {
        await sendMessage('continueInHours', choice);
      }}
    />
  );
}

/**
 * The frame is sized by the page's content script, which cannot see in: the banner reports its own
 * height through the background (never by postMessage, which the page could read or forge).
 */
function reportHeight(root: HTMLElement): void {
  let sent = -1;
  let queued = false;
  new ResizeObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      const height = Math.ceil(root.firstElementChild?.getBoundingClientRect().height ?? 0);
      if (height === sent || height === 0) return;
      sent = height;
      void sendMessage('resizeHoursBanner', { height }).catch(() => undefined);
    });
  }).observe(root);
}

const root = document.getElementById('app')!;
render(<App />, root);
reportHeight(root);
