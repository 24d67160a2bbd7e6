import type { ComponentChildren } from 'preact';
import type { Settings } from '@/utils/config/schema';
import { t } from '@/utils/i18n';
import type { RosterStatus } from '@/utils/roster/service-types';
import type { ReviewView } from '@/utils/review/view';
import { NETWORKS } from '@/utils/sites/networks';

interface StaffHomeProps {
  settings: Settings;
  /** The name of the policy pack in force ("Your school's policy (model)" words come from the pack). */
  packName: string;
  roster: RosterStatus | null;
  review: Pick<ReviewView, 'dueAt' | 'overdue' | 'lastCompletedAt'> | null;
  reviewUrl: string;
  /** One line on what the working hours mean now (HoursNow). */
  hoursNow: ComponentChildren;
  children: ComponentChildren;
}

const day = (ms: number, timeZone: string) => {
  try {
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(ms);
  } catch {
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(ms);
  }
};
const networks = () => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(NETWORKS.map((n) => n.name));

/** The roster sentence: what Chalkline knows about pupils and parents, without naming anyone. */
function rosterLine(roster: RosterStatus | null): string {
  const counts = roster?.meta?.counts;
  if (!counts) return t('homeNoRoster');
  return t('homeRoster', [String(counts.pupil), String(counts.former_pupil), String(counts.parent)]);
}

/**
 * The staff member's own page: what Chalkline does for them on this computer, in plain sentences,
 * then their privacy review, their reports and their log (passed in as children). Nothing here is
 * for the IT team; that is the school's settings page.
 */
export function StaffHome({ settings, packName, roster, review, reviewUrl, hoursNow, children }: StaffHomeProps) {
  const zone = settings.workingHours.timeZone;
  const dsl = settings.dsl;
  return (
    <>
      <section aria-labelledby="here-heading" class="panel">
        <h2 id="here-heading">{t('homeHeading')}</h2>
        <ul class="does">
          <li>{settings.schoolName ? t('homePolicyAt', [settings.schoolName, packName]) : t('homePolicy', packName)}</li>
          <li>
            {t('homeContact', networks())} {rosterLine(roster)}
          </li>
          <li>{t('homeCompose')}</li>
          <li>{t('homePrivate')}</li>
        </ul>
        {hoursNow}
        <p>{dsl.name ? t('homeDsl', [dsl.name, dsl.email || dsl.phone || t('homeDslNoContact')]) : t('homeNoDsl')}</p>
      </section>
      <section aria-labelledby="review-heading" class="panel">
        <h2 id="review-heading">{t('homeReviewHeading')}</h2>
        {review && (
          <p>
            {review.lastCompletedAt ? t('homeReviewLast', day(review.lastCompletedAt, zone)) : t('homeReviewNever')}{' '}
            {review.overdue ? <strong>{t('homeReviewDueNow')}</strong> : t('homeReviewNext', day(review.dueAt, zone))}
          </p>
        )}
        <a class="button" href={reviewUrl} target="_blank" rel="noreferrer">
          {t('homeReviewStart')}
        </a>
      </section>
      {children}
    </>
  );
}
