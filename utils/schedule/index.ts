import type { Settings } from '@/utils/config/schema';
import { bankHolidayDates } from './bank-holidays';
import type { ScheduleInput } from './status';

export { scheduleStatus, isWorkingTime, dayOff, type ScheduleStatus, type ScheduleInput, type RestrictionReason } from './status';

/** The schedule's view of the settings: hours, device, and the bank holidays the school observes. */
export function scheduleInput(settings: Pick<Settings, 'workingHours' | 'schoolOwnedDevice'>): ScheduleInput {
  return {
    workingHours: settings.workingHours,
    schoolOwnedDevice: settings.schoolOwnedDevice,
    bankHolidays: bankHolidayDates(settings.workingHours.bankHolidays),
  };
}
