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

/**
 * The staff member's reports to the DSL, newest first, each with where it is on its way. Kept and
 * saved reports offer the evidence file, so nothing depends on the popup having stayed open.
 */
export function ReportsList({
  reports,
  onEvidence,
  askAccess = null,
}: {
  reports: readonly ReportSummary[];
  onEvidence: (id: string) => void;
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
            <li key={r.id}>
              <strong>{r.reference}</strong> — {when(r)}, {categoryLabel(r.category)}
              {r.network ? ` (${r.network})` : ''}. {deliveryText(r)}{' '}
              <button type="button" class="secondary" onClick={() => onEvidence(r.id)}>
                {t('reportsEvidenceButton', r.reference)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
