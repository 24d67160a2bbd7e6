import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Unchecked } from '@/components/unchecked/Unchecked';
import { createDecisionGate } from '@/utils/frames/decision-gate';
import { windowGateEnv } from '@/utils/frames/window-env';
import { sendMessage } from '@/utils/messaging';
import { localiseTitle } from '@/utils/page-title';

localiseTitle();

/** Sends the choice straight to the page's content script: the background is the part that did not answer. */
render(
  <Unchecked
    gate={createDecisionGate(windowGateEnv(window))}
    onChoose={async (choice) => {
      const tab = await browser.tabs.getCurrent();
      if (tab?.id === undefined) throw new Error('This warning is not in a tab any more.');
      await sendMessage('uncheckedChoice', { choice }, { tabId: tab.id, frameId: 0 });
    }}
  />,
  document.getElementById('app')!,
);
