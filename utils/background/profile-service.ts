import { browser } from 'wxt/browser';
import { BUILT_IN_PACKS, choosePack } from '@/rules';
import { shownCitations } from '@/rules/select';
import type { Settings } from '@/utils/config/schema';
import { sendMessage } from '@/utils/messaging';
import { handle } from '@/utils/messaging/router';
import { compileProfileAuditor, type ProfileAuditor } from '@/utils/profile/audit';
import { engagedProfileRules, type ProfileWarningView } from '@/utils/profile/warning';
import { currentCustomPacks, currentSettings } from './config-cache';

const key = (tabId: number) => `profileWarning:${tabId}`;
let compiled: { settings: Settings; auditor: ProfileAuditor } | null = null;

/** The auditor for the settings in force, compiled once per settings change. */
function auditorFor(settings: Settings): ProfileAuditor {
  if (compiled?.settings !== settings) compiled = { settings, auditor: compileProfileAuditor(settings) };
  return compiled.auditor;
}

/** Forgets a closed tab's warning. */
export const forgetProfileWarning = (tabId: number) => browser.storage.session.remove(key(tabId));

/**
 * The own-profile audit's messages. The content script sends the fields its network's reader found on
 * the staff member's own profile; the verdict (what, where, which clause) stays with the background and
 * the warning's own frame, so the page learns only that a warning is showing.
 */
export function registerProfileMessages(): void {
  handle('profileCheck', async ({ fields }, sender) => {
    const tabId = sender.tab!.id!;
    const [{ settings }, custom] = await Promise.all([currentSettings(), currentCustomPacks()]);
    const { pack } = choosePack(settings.policyPack, custom);
    const findings = auditorFor(settings).audit(fields);
    const rules = engagedProfileRules(pack, findings);
    if (!findings.length || !rules.length) {
      await forgetProfileWarning(tabId);
      return { warn: false };
    }
    const view: ProfileWarningView = {
      findings,
      rules: rules.map((r) => ({ id: r.id, title: r.title, summary: r.summary, severity: r.severity, citations: shownCitations(pack, r, [...BUILT_IN_PACKS, ...custom]) })),
    };
    await browser.storage.session.set({ [key(tabId)]: view });
    return { warn: true, found: findings.map((f) => `${f.field}\u0000${f.text}`).join('\n') };
  });
  handle('getProfileWarning', async (_, sender) => ((await browser.storage.session.get(key(sender.tab!.id!)))[key(sender.tab!.id!)] as ProfileWarningView | undefined) ?? null);
  handle('resizeProfileWarning', async ({ height }, sender) => {
    await sendMessage('profileWarningFrame', { height }, { tabId: sender.tab!.id!, frameId: 0 }).catch(() => undefined);
  });
  handle('dismissProfileWarning', async (_, sender) => {
    await sendMessage('profileWarningFrame', { dismissed: true }, { tabId: sender.tab!.id!, frameId: 0 }).catch(() => undefined);
  });
}
