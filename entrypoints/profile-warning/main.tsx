import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ProfileWarning } from '@/components/profile-warning/ProfileWarning';
import { reportHeight } from '@/components/report-height';
import { sendMessage } from '@/utils/messaging';
import type { ProfileWarningView } from '@/utils/profile/warning';
import { localiseTitle } from '@/utils/page-title';

localiseTitle();

/** Asks the background what it found on this tab's profile; hiding goes back through the background. */
function App() {
  const [view, setView] = useState<ProfileWarningView | null | undefined>(undefined);
  useEffect(() => {
    void sendMessage('getProfileWarning', {}).then(setView, () => setView(null));
  }, []);
  return <ProfileWarning view={view} onHide={() => void sendMessage('dismissProfileWarning', {}).catch(() => undefined)} />;
}

const root = document.getElementById('app')!;
render(<App />, root);
reportHeight(root, (height) => sendMessage('resizeProfileWarning', { height }));
