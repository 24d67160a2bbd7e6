import type { PausedPage } from '@/utils/background/paused-pages';
import { schoolClock } from '@/utils/schedule/badge';
import { whenItEnds } from '@/utils/schedule/describe';
import type { HoursView } from '@/utils/schedule/view';
import { t } from '@/utils/i18n';
import { LeadQuote, MoreQuotes } from '../Quote';
import { Brand } from '../Brand';

interface BlockedProps {
  /** undefined while loading. */
  view: HoursView | undefined;
  /** The address this tab was on, when it came from a guarded network. */
  here: string | null;
  /** The time now, so countdowns and "today" follow the clock. */
  now: number;
  pages: PausedPage[];
  thisTab: number | null;
  /** The last reopen problem, announced. */
  problem: string | null;
  onReopen: (target: { tabId: number } | { all: true }) => void;
}

/** "x.com/home" from "https://x.com/home?s=1": enough to recognise the page, short enough to read. */
function shortAddress(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url;
  }
}

/** Why the page is paused and when that ends, in one or two plain sentences. */
function Explanation({ view, now }: { view: HoursView; now: number }) {
  const { status } = view;
  const clock = schoolClock(view.timeZone, now);
  if (status.reason === 'school-device') return <p class="lead">{t('blockedDevice')}</p>;
  if (!status.restricted) {
    return (
      <p class="lead" role="status">
        {status.phase === 'break' && status.until !== null ? t('blockedBreakNow', clock(status.until)) : t('blockedFreeNow')}
      </p>
    );
  }
  return (
    <p class="lead">
      {view.schoolName ? t('blockedWorkingAt', view.schoolName) : t('blockedWorking')} {whenItEnds(view, now)}
    </p>
  );
}

/**
 * The blocked page: what was paused and why, the pages that were paused (they open again with one
 * click once the break starts), then the school's words for it.
 */
export function Blocked({ view, here, now, pages, thisTab, problem, onReopen }: BlockedProps) {
  if (!view) return <main aria-busy="true">{t('loading')}</main>;
  const { status } = view;
  const paused = status.restricted && status.enforcement === 'block';
  const listed = pages.some((p) => p.tabId === thisTab) || !here ? pages : [{ tabId: thisTab ?? -1, url: here, title: '', pausedAt: now }, ...pages];
  const clock = schoolClock(view.timeZone, now);
  const later = status.until === null ? t('blockedReopenNever') : status.next === 'break' ? t('blockedReopenAtBreak', clock(status.until)) : t('blockedReopenAtEnd', clock(status.until));

  return (
    <main>
      <Brand why />
      <h1>{status.reason === 'school-device' ? t('blockedDeviceTitle') : paused ? t('blockedTitle') : t('blockedOpenTitle')}</h1>
      <Explanation view={view} now={now} />

      {/* The pages and when they reopen come first: at 360 px or 200% zoom they are on the first screen. */}
      <section aria-labelledby="paused-heading">
        <h2 id="paused-heading">{t('blockedPausedHeading')}</h2>
        {listed.length === 0 ? (
          <p>{t('blockedNoPages')}</p>
        ) : (
          <ul class="paused">
            {listed.map((p) => (
              <li key={p.tabId}>
                <span class="page">
                  {p.title || shortAddress(p.url)}
                  {p.title && <span class="hint"> {shortAddress(p.url)}</span>}
                  {p.tabId === thisTab && <span class="hint"> {t('blockedThisTab')}</span>}
                </span>
                {!paused && p.tabId >= 0 && (
                  <button type="button" class="secondary" aria-label={t('blockedReopenPage', p.title || shortAddress(p.url))} onClick={() => onReopen({ tabId: p.tabId })}>
                    {t('blockedReopen')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {paused && listed.length > 0 && <p class="hint">{later}</p>}
        {!paused && listed.length > 1 && (
          <button type="button" onClick={() => onReopen({ all: true })}>
            {t('blockedReopenAll')}
          </button>
        )}
        {problem && (
          <p class="error-message" role="alert">
            {problem}
          </p>
        )}
      </section>

      {view.rule && (
        <section aria-labelledby="rule-heading">
          <h2 id="rule-heading">{t('blockedPolicyHeading')}</h2>
          <p>{view.rule.summary}</p>
          <LeadQuote citations={view.rule.citations} />
          <MoreQuotes citations={view.rule.citations} class="" />
        </section>
      )}
    </main>
  );
}
