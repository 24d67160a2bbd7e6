import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/Popup';
import { onMessage, sendMessage } from '@/utils/messaging';
import { localiseTitle } from '@/utils/page-title';

localiseTitle();

/**
 * The tab the popup speaks about: the one it was opened over. Opened as a page of its own (keyboard
 * users with a shortcut, the end-to-end tests), `?tabId=` names it instead.
 */
async function targetTab(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

render(
  <Popup
    tab={targetTab}
    load={(tabId) => sendMessage('popupState', { tabId })}
    report={(tabId, category) => sendMessage('createReport', { tabId, category })}
    note={(id, text) => sendMessage('reportNote', { id, text })}
    recategorise={(id, category) => sendMessage('reportCategory', { id, category })}
    reports={() => sendMessage('listReports', {})}
    watch={(listener) => onMessage('reportChanged', ({ data }) => listener(data))}
    evidence={(id) => sendMessage('reportEvidence', { id })}
    optionsUrl={browser.runtime.getURL('/options.html')}
    reviewUrl={browser.runtime.getURL('/review.html')}
  />,
  document.getElementById('app')!,
);
