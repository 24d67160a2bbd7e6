import { pruneAudit } from '@/utils/contact/audit';
import { currentSettings } from './config-cache';

const DAY_MS = 86_400_000;

/**
 * Deletes log entries older than the retention period (`logRetentionDays`, one school year unless the
 * school says otherwise). Run when the worker starts and before the log is shown, so an entry never
 * outlives its period by more than the worker's next start.
 */
export async function pruneOldAudit(now = Date.now()): Promise<number> {
  const { settings } = await currentSettings();
  return pruneAudit(now - settings.logRetentionDays * DAY_MS);
}
