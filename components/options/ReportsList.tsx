import { useState } from 'preact/hooks';
import { categoryLabel, deliveryText } from '@/components/popup/ReportPanel';
import { t } from '@/utils/i18n';
import type { ReportSummary } from '@/utils/report/summary';

/** The day and time a report was made, in the school's zone (the report's own). */
function when(r: ReportSummary): string {
  try {
    return new Date(r.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: r.timeZone });
  } catch {
    return new Date(r.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  }
}

/** What the list can ask for; each resolves once the background has done it, or rejects with its reason. */
export interface ReportsListActions {
  onEvidence: (id: string) => void;
  onPassedOn: (id: string) => Promise<void>;
  onRemove: (id: string) => Promise<void>;
}

/** One report: its state, its evidence file, and what may be done with it now. */
function ReportItem({ r, onEvidence, onPassedOn, onRemove }: ReportsListActions & { r: ReportSummary }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const run = (action: Promise<void>) => action.then(() => setError(''), (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  return (
    <li>
      <strong>{r.reference}</strong> — {when(r)}, {categoryLabel(r.category)}
      {r.network ? ` (${r.network})` : ''}. {deliveryText(r)}{' '}
      <button type="button" class="secondary" onClick={() => onEvidence(r.id)}>
        {t('reportsEvidenceButton', r.reference)}
      </button>{' '}
      {r.delivery.status === 'saved-only' && (
        <button type="button" class="secondary" onClick={() => void run(onPassedOn(r.id))}>
          {t('reportsPassedOnButton', r.reference)}
        </button>
      )}
      {r.delivery.status === 'delivered' && !confirming && (
        <button type="button" class="secondary" onClick={() => setConfirming(true)}>
          {t('reportsRemoveButton', r.reference)}
        </button>
      )}
      {confirming && (
        <span role="group" aria-label={t('reportsRemoveButton', r.reference)}>
          {t('reportsRemoveConfirm', r.reference)}{' '}
          <button type="button" onClick={() => void run(onRemove(r.id))}>
            {t('reportsRemoveYes')}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            {t('reportsRemoveNo')}
          </button>
        </span>
      )}
      {error && (
        <p class="error-message" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/**
 * The staff member's reports to the DSL, newest first, each with where it is on its way. Kept and
 * saved reports offer the evidence file, so nothing depends on the popup having stayed open; only a
 * report the DSL has can be removed.
 */
export function ReportsList({
  reports,
  askAccess = null,
  ...actions
}: ReportsListActions & {
  reports: readonly ReportSummary[];
  /** Set when a send failed and Chalkline lacks the browser's permission to reach the receiver. */
  askAccess?: { host: string; onAllow: () => void } | null;
}) {
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('reportsHeading')}</h2>
      {askAccess && (
        <div class="note">
          <p>{t('reportsAccessIntro', askAccess.host)}</p>
          <button type="button" onClick={askAccess.onAllow}>
            {t('reportsAccessButton', askAccess.host)}
          </button>
        </div>
      )}
      {reports.length === 0 ? (
        <p>{t('reportsEmpty')}</p>
      ) : (
        <ul class="reports">
          {reports.map((r) => (
            <ReportItem key={r.id} r={r} {...actions} />
          ))}
        </ul>
      )}
    </section>
  );
}
