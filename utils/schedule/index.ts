import type { Settings, SettingsKey } from '@/utils/config/schema';
import { bankHolidayDates } from './bank-holidays';
import type { ScheduleInput } from './status';

export { scheduleStatus, isWorkingTime, dayOff, type ScheduleStatus, type ScheduleInput, type RestrictionReason } from './status';

/**
 * The schedule's view of the settings: hours, device, and the bank holidays the school observes.
 * Pass `configured` (from the resolved settings) when enforcing: working hours nobody set are only a
 * guess at a school day, and Chalkline does not pause anyone's social media on a guess.
 */
export function scheduleInput(settings: Pick<Settings, 'workingHours' | 'schoolOwnedDevice'>, configured?: readonly SettingsKey[]): ScheduleInput {
  const guessed = configured !== undefined && !configured.includes('workingHours');
  return {
    workingHours: guessed ? { ...settings.workingHours, mode: 'off' } : settings.workingHours,
    schoolOwnedDevice: settings.schoolOwnedDevice,
    bankHolidays: bankHolidayDates(settings.workingHours.bankHolidays),
  };
}
