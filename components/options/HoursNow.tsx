import { schoolClock } from '@/utils/schedule/badge';
import type { HoursView } from '@/utils/schedule/view';
import { t } from '@/utils/i18n';

/**
 * One line on the options page saying what the working-hours settings mean right now, so whoever set
 * them can see at once that Chalkline reads them as intended ("paused until 12:00").
 */
export function HoursNow({ view, now }: { view: HoursView | null; now: number }) {
  if (!view) return null;
  const { status } = view;
  const clock = schoolClock(view.timeZone, now);
  const until = status.until === null ? '' : clock(status.until);
  let text: string;
  if (status.reason === 'school-device') text = t('hoursNowDevice');
  else if (status.phase === 'off') text = t('hoursNowOff');
  else if (status.restricted) text = t(status.enforcement === 'warn' ? 'hoursNowWarn' : 'hoursNowPaused', until);
  else if (status.phase === 'break') text = t('hoursNowBreak', until);
  else text = until ? t('hoursNowFree', until) : t('hoursNowNever');
  return (
    <p class="note" role="status" id="hours-now">
      <strong>{t('hoursNowLabel')}</strong> {text}
    </p>
  );
}
