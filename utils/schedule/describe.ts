import { t } from '@/utils/i18n';
import { schoolClock } from './badge';
import type { HoursView } from './view';

/**
 * "Your next break starts at 12:00." or "The working day ends at 15:30.": when the current stretch of
 * working time ends, as the school's clocks read it. One wording for the blocked page and the banner.
 */
export function whenItEnds(view: HoursView, now: number): string {
  const { until, next } = view.status;
  if (until === null) return '';
  const at = schoolClock(view.timeZone, now)(until);
  return next === 'break' ? t('hoursNextBreak', at) : t('hoursDayEnds', at);
}
