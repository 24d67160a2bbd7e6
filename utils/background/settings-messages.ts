import { sendMessage } from '@/utils/messaging';
import { handle } from '@/utils/messaging/router';
import { currentLocalPacks, onSettingsChanged, settingsForPage } from './config-cache';

/**
 * The options page's view of the settings. It is served from the background, which keeps the policy
 * as last read, so the page never sits on "Loading…" while Chromium's first policy read is slow.
 * Pages write the settings themselves (Chalkline's own IndexedDB); the background hears of it and
 * tells every open page to look again.
 */
export function registerSettingsMessages(): void {
  handle('getSettings', async () => {
    const [{ resolved, policyPending }, packs] = await Promise.all([settingsForPage(), currentLocalPacks()]);
    return { resolved, packs, policyPending };
  });
  onSettingsChanged(() => void sendMessage('settingsChanged', {}).catch(() => undefined));
}
