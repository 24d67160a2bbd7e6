import { useState } from 'preact/hooks';
import type { AuditEntry } from '@/utils/contact/types';
import { t, type MessageKey } from '@/utils/i18n';
import { NETWORKS } from '@/utils/sites/networks';
import { auditSentence } from '@/utils/contact/audit-sentence';

interface AuditLogProps {
  entries: readonly AuditEntry[];
  onExport: () => void;
  /** Deletes the whole log; resolves once it is gone. */
  onClear: () => Promise<void>;
}

const when = (ms: number) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

/** "Used X (Twitter) in working hours — reason: school business (“parents' evening post”)". */
export function hoursUseText(e: AuditEntry): string {
  const network = NETWORKS.find((n) => n.id === e.network)?.name ?? e.network;
  const kind = e.exception === 'school-business' ? t('auditHoursSchoolBusiness') : e.exception === 'official-account' ? t('auditHoursOfficialAccount') : '';
  const note = e.reason ? `“${e.reason}”` : '';
  return t('auditHoursUse', [network, kind && note ? `${kind} (${note})` : kind || note]);
}

/** The staff member's own log of warnings and what they chose: visible only to them, exportable, never sent. */
export function AuditLog({ entries, onExport, onClear }: AuditLogProps) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('auditHeading')}</h2>
      <p class="hint">{t('auditIntro')}</p>
      {entries.length === 0 ? (
        <p>{t('auditEmpty')}</p>
      ) : (
        <table class="week">
          <caption class="visually-hidden">{t('auditHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('auditWhen')}</th>
              <th scope="col">{t('auditWhat')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{when(e.time)}</td>
                <td>{e.action === 'use-in-working-hours' ? `${hoursUseText(e)}. ${t('auditDecision')}: ${t(`auditDecision_${e.decision}` as MessageKey)}.` : auditSentence(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" class="secondary" onClick={onExport} disabled={entries.length === 0}>
        {t('auditExport')}
      </button>{' '}
      {confirming ? (
        <span role="group" aria-label={t('auditClearButton')}>
          {t('auditClearConfirm')}{' '}
          <button
            type="button"
            onClick={() =>
              void onClear().then(
                () => {
                  setConfirming(false);
                  setMessage(t('auditCleared'));
                },
                (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)),
              )
            }
          >
            {t('auditClearYes')}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            {t('auditClearNo')}
          </button>
        </span>
      ) : (
        <button type="button" class="secondary" onClick={() => (setMessage(''), setConfirming(true))} disabled={entries.length === 0}>
          {t('auditClearButton')}
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
