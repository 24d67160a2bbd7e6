import { useEffect, useState } from 'preact/hooks';
import { policySummary, Quote } from '@/components/Quote';
import { HoursNow } from '@/components/options/HoursNow';
import { t } from '@/utils/i18n';
import type { PopupState } from '@/utils/report/popup-state';
import type { ReportSummary } from '@/utils/report/summary';
import type { ReportCategory } from '@/utils/report/types';
import { ReportPanel, type ReportActions } from './ReportPanel';
import { browser } from 'wxt/browser';
import { WhyLink } from '@/components/Brand';

interface PopupProps extends ReportActions {
  tab(): Promise<number | null>;
  load(tabId: number): Promise<PopupState>;
  report(tabId: number, category: ReportCategory): Promise<{ id: string; reference: string; screenshot: boolean; problem?: string }>;
  reports(): Promise<ReportSummary[]>;
  optionsUrl: string;
  reviewUrl: string;
}

/**
 * The toolbar popup: where the person is, whether working hours are in force, the school's rules that
 * apply here now (each with its clause), and Report to DSL. Nothing here comes from the roster.
 */
export function Popup(props: PopupProps) {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<PopupState | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void props.tab().then(async (id) => {
      setTabId(id);
      if (id !== null) setState(await props.load(id));
    }).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  if (error) return <main class="popup"><h1>Chalkline</h1><p class="error-message" role="alert">{t('popupLoadError', error)}</p></main>;
  if (tabId === undefined || (tabId !== null && !state)) return <main class="popup" aria-busy="true"><h1>Chalkline</h1><p>{t('loading')}</p></main>;

  return (
    <main class="popup" aria-labelledby="popup-title">
      <h1 id="popup-title" class="brand popup-brand">
        <img src={browser.runtime.getURL('/icon/32.png')} alt="" width={20} height={20} />
        Chalkline
      </h1>
      <p class="where">{state?.network ? t('popupOnNetwork', state.network.name) : t('popupNotGuarded')}</p>
      {state && <HoursNow view={state.hours} now={Date.now()} />}
      {/* Report and the links come before the rules: a pack's many rules must not push them out of reach. */}
      <ReportPanel tabId={tabId} dslName={state?.dslName ?? ''} waiting={state?.waiting ?? 0} {...props} />
      {state?.review.overdue && (
        <p class="review-due">
          {t('popupReviewDue')}{' '}
          <a href={props.reviewUrl} target="_blank" rel="noreferrer">
            {t('popupReviewStart')}
          </a>
        </p>
      )}
      <nav aria-label={t('popupLinks')} class="links">
        <a href={`${props.optionsUrl}#audit-heading`} target="_blank" rel="noreferrer">{t('popupLogLink')}</a>
        <a href={props.reviewUrl} target="_blank" rel="noreferrer">{t('popupReviewLink')}</a>
        <a href={props.optionsUrl} target="_blank" rel="noreferrer">{t('popupOptionsLink')}</a>
      </nav>
      {state && state.rules.length > 0 && (
        <section aria-labelledby="rules-title">
          <h2 id="rules-title">{t('popupRulesTitle')}</h2>
          <ul class="rules">
            {state.rules.map((rule) => (
              <li key={rule.id} class={`rule ${rule.severity}`}>
                <h3>{rule.title}</h3>
                <p>{rule.summary}</p>
                {rule.citations.length > 0 && (
                  <details>
                    <summary>{policySummary(rule.citations, (clause) => t('popupQuoteToggle', clause))}</summary>
                    {rule.citations.map((c) => (
                      <Quote key={c.clause + c.quote} citation={c} />
                    ))}
                  </details>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <WhyLink />
      </p>
    </main>
  );
}
