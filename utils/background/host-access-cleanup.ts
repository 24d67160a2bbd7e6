import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/config/schema';
import { hostAccessFor, unusedHostAccess } from '@/utils/config/host-access';

/**
 * Gives back host access to school servers the settings no longer name (an old roster or report
 * address). Run at start-up and after every settings change; a failure leaves things as they were.
 */
export async function dropUnusedHostAccess(settings: Settings): Promise<string[]> {
  try {
    const { origins = [] } = await browser.permissions.getAll();
    const manifest = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: string[] };
    const required = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
    const drop = unusedHostAccess(origins, required, hostAccessFor([settings.roster.url, settings.reportWebhookUrl]));
    if (drop.length) await browser.permissions.remove({ origins: drop });
    return drop;
  } catch (error) {
    console.warn('Chalkline: could not give back unused host access', error);
    return [];
  }
}
