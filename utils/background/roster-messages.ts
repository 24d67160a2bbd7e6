import { base64ToBytes } from '@/utils/base64';
import { currentSettings } from './config-cache';
import { sendMessage } from '@/utils/messaging';
import { handle } from '@/utils/messaging/router';
import type { RosterStatus } from '@/utils/roster/service-types';
import { checkName, clearRoster, importRosterFile, rosterStatus, syncRoster } from './roster-service';

/** Tells any open extension page (the options page) that the roster changed; nobody listening is fine. */
export function announceRosterChange(status: RosterStatus): void {
  void sendMessage('rosterChanged', status).catch(() => undefined);
}

/** The roster's questions from the options page. Content scripts are refused: these read or change the roster. */
export function registerRosterMessages(): void {
  handle('importRosterFile', async ({ name, base64 }) => {
    const outcome = await importRosterFile(name, base64ToBytes(base64), (await currentSettings()).settings);
    if (outcome.ok) announceRosterChange(outcome.status);
    return outcome;
  });
  handle('syncRosterNow', async () => {
    const outcome = await syncRoster((await currentSettings()).settings);
    announceRosterChange(outcome.status);
    return outcome;
  });
  handle('rosterStatus', () => rosterStatus());
  handle('removeRoster', async () => {
    const status = await clearRoster();
    announceRosterChange(status);
    return status;
  });
  handle('checkName', async (person) => checkName(person, (await currentSettings()).settings));
}
