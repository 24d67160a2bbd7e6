import { base64ToBytes } from '@/utils/base64';
import { currentSettings } from './config-cache';
import { onMessage, sendMessage } from '@/utils/messaging';
import { parsePageMessage } from '@/utils/messaging/schemas';
import { guardPage } from './page-guard';
import type { RosterStatus } from '@/utils/roster/service-types';
import { checkName, clearRoster, importRosterFile, rosterStatus, syncRoster } from './roster-service';

/** Tells any open extension page (the options page) that the roster changed; nobody listening is fine. */
export function announceRosterChange(status: RosterStatus): void {
  void sendMessage('rosterChanged', status).catch(() => undefined);
}

/** The roster's questions from the options page. Content scripts are refused: these read or change the roster. */
export function registerRosterMessages(): void {
  onMessage('importRosterFile', async ({ data, sender }) => {
    guardPage('importRosterFile', sender);
    const { name, base64 } = parsePageMessage('importRosterFile', data);
    const outcome = await importRosterFile(name, base64ToBytes(base64), (await currentSettings()).settings);
    if (outcome.ok) announceRosterChange(outcome.status);
    return outcome;
  });
  onMessage('syncRosterNow', async ({ data, sender }) => {
    guardPage('syncRosterNow', sender);
    parsePageMessage('syncRosterNow', data);
    const outcome = await syncRoster((await currentSettings()).settings);
    announceRosterChange(outcome.status);
    return outcome;
  });
  onMessage('rosterStatus', async ({ data, sender }) => {
    guardPage('rosterStatus', sender);
    parsePageMessage('rosterStatus', data);
    return rosterStatus();
  });
  onMessage('removeRoster', async ({ data, sender }) => {
    guardPage('removeRoster', sender);
    parsePageMessage('removeRoster', data);
    const status = await clearRoster();
    announceRosterChange(status);
    return status;
  });
  onMessage('checkName', async ({ data, sender }) => {
    guardPage('checkName', sender);
    return checkName(parsePageMessage('checkName', data), (await currentSettings()).settings);
  });
}
