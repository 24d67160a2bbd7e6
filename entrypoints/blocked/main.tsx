import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Blocked } from '@/components/blocked/Blocked';
import type { PausedPage } from '@/utils/background/paused-pages';
import { watchSession } from '@/utils/hours/watch';
import { sendMessage } from '@/utils/messaging';
import type { HoursView } from '@/utils/schedule/view';
import { networkForUrl } from '@/utils/sites/networks';
import { localiseTitle } from '@/utils/page-title';

localiseTitle();

/** The address this tab was paused on rides in the fragment (set by the blocking rule or the sweep). */
const here = ((h) => (networkForUrl(h) ? h : null))(location.hash.slice(1));

/** Wires the blocked page to the background: the status, the paused list, and reopening. */
function App() {
  const [view, setView] = useState<HoursView>();
  const [pages, setPages] = useState<PausedPage[]>([]);
  const [thisTab, setThisTab] = useState<number | null>(null);
  const [now, setNow] = useState(Date.now());
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const refresh = () => {
      setNow(Date.now());
      void sendMessage('hoursStatus', {}).then(setView);
      void sendMessage('pausedPages', {}).then(setPages);
    };
    void browser.tabs.getCurrent().then((tab) => setThisTab(tab?.id ?? null));
    void sendMessage('hoursStatus', {}).then(setView);
    void (here ? sendMessage('blockedPageShown', { url: here }) : sendMessage('pausedPages', {})).then(setPages);
    // The worker writes the status at every boundary: a break starting shows here at once.
    const stop = watchSession(['scheduleStatus', 'pausedPages'], refresh);
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, []);

  const reopen = (target: { tabId: number } | { all: true }) => {
    setProblem(null);
    sendMessage('reopenPaused', target).then(
      () => sendMessage('pausedPages', {}).then(setPages),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  };

  return <Blocked view={view} here={here} now={now} pages={pages} thisTab={thisTab} problem={problem} onReopen={reopen} />;
}

render(<App />, document.getElementById('app')!);
