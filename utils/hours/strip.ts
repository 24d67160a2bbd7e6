import { t } from '@/utils/i18n';
import { schoolClock } from '@/utils/schedule/badge';
import type { HoursView } from '@/utils/schedule/view';

/**
 * The working-hours strip's one line: "Working time at Oak Hill School until 12:30", as short as the
 * view allows (no school name, no end in sight), or the school-computer line. The full sentences (when
 * the break starts, the rule) are in the strip's details and its dialog.
 */
export function stripTitle(view: HoursView | null, now: number): string {
  if (view?.status.reason === 'school-device') return t('hoursBannerDeviceTitle');
  const school = view?.schoolName;
  const until = view && view.status.until !== null ? schoolClock(view.timeZone, now)(view.status.until) : null;
  if (school && until) return t('hoursBannerStripAtUntil', [school, until]);
  if (school) return t('hoursBannerStripAt', school);
  if (until) return t('hoursBannerStripUntil', until);
  return t('hoursBannerStrip');
}
