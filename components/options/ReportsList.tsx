import { categoryLabel, deliveryText } from '@/components/popup/ReportPanel';
import { t } from '@/utils/i18n';
import type { ReportSummary } from '@/utils/report/summary';

/**
 * The staff member's reports to the DSL, newest first, each with where it is on its way. Kept and
 * saved reports offer the evidence file, so nothing depends on the popup having stayed open.
 */
export function ReportsList({ reports, onEvidence }: { reports: readonly ReportSummary[]; onEvidence: (id: string) => void }) {
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('reportsHeading')}</h2>
      {reports.length === 0 ? (
        <p>{t('reportsEmpty')}</p>
      ) : (
        <ul class="reports">
          {reports.map((r) => (
            <li key={r.id}>
              <strong>{r.reference}</strong> — {new Date(r.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}, {categoryLabel(r.category)}
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
