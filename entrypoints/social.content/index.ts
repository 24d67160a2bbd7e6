import { hostMatchPatterns, networkForUrl } from '@/utils/sites/networks';
import { sendMessage } from '@/utils/messaging';

export default defineContentScript({
  matches: hostMatchPatterns(),
  runAt: 'document_start',
  main() {
    const network = networkForUrl(location.href);
    if (!network) return;
    // Tells the background this tab is guarded; later issues attach the site adapters here.
    void sendMessage('contentReady', { network: network.id }).catch(() => {
      // The background may be restarting; the next navigation announces the tab again.
    });
  },
});
