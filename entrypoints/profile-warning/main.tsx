import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ProfileWarning } from '@/components/profile-warning/ProfileWarning';
import { sendMessage } from '@/utils/messaging';
import type { ProfileWarningView } from '@/utils/profile/warning';

/** Asks the background what it found on this tab's profile; hiding goes back through the background. */
function App() {
  const [view, setView] = useState<ProfileWarningView | null | undefined>(undefined);
  useEffect(() => {
    void sendMessage('getProfileWarning', {}).then(setView, () => setView(null));
  }, []);
  return <ProfileWarning view={view} onHide={() => void sendMessage('dismissProfileWarning', {}).catch(() => undefined)} />;
}

/**
 * The frame is sized by the page's content script, which cannot see in: the card reports its own
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
      void sendMessage('resizeProfileWarning', { height }).catch(() => undefined);
    });
  }).observe(root);
}

const root = document.getElementById('app')!;
render(<App />, root);
reportHeight(root);
