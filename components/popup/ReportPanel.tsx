import { useEffect, useState } from 'preact/hooks';
import { download } from '@/components/download';
import { t, type MessageKey } from '@/utils/i18n';
import type { ReportSummary } from '@/utils/report/summary';
import { CATEGORY_ORDER, type ReportCategory } from '@/utils/report/types';

/** What the panel can ask the background to do with a report. */
export interface ReportActions {
  report(tabId: number, category: ReportCategory): Promise<{ id: string; reference: string; screenshot: boolean; problem?: string }>;
  note(id: string, text: string): Promise<ReportSummary>;
  recategorise(id: string, category: ReportCategory): Promise<ReportSummary>;
  reports(): Promise<ReportSummary[]>;
  /** Calls back whenever the background says a report changed; returns the way to stop listening. */
  watch(listener: (summary: ReportSummary) => void): () => void;
  evidence(id: string): Promise<{ html: string; filename: string; mailto: string | null }>;
}

/** The category's words for staff ("contact from a pupil"). */
export const categoryLabel = (c: ReportCategory) => t(`reportCategory_${c.replace(/-/g, '_')}` as MessageKey);

/**
 * A time of day in the school's zone (the report's), so "received at 10:42" means the same on a
 * laptop still set to another zone after a trip as on the DSL's screen.
 */
export const clock = (ms: number, timeZone: string) => {
  try {
    return new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
  } catch {
    return new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  }
};

/** Where a report is, in words that never say more than has happened. */
export function deliveryText(r: ReportSummary): string {
  const at = (ms: number) => clock(ms, r.timeZone);
  const d = r.delivery;
  if (d.status === 'delivered') return d.via === 'webhook' || d.via === 'teams' ? t('reportDelivered', at(d.deliveredAt)) : t('reportPassedOn', at(d.deliveredAt));
  if (d.status === 'waiting' && d.deliveredBefore) {
    return `${t('reportDelivered', at(d.deliveredBefore))} ${d.attempts === 0 ? t('reportUpdateSending') : t('reportUpdateWaiting', at(d.nextTryAt))}`;
  }
  if (d.status === 'waiting') return d.attempts === 0 ? t('reportSending') : t('reportWaiting', at(d.nextTryAt));
  return t('reportSavedOnly');
}

/**
 * Report to DSL: the category is chosen first (already set to "something else", so one press is
 * enough), then the record is made at once. A nude or sexual image of a child is never captured.
 */
export function ReportPanel({ tabId, dslName, waiting, ...actions }: ReportActions & { tabId: number | null; dslName: string; waiting: number }) {
  const [category, setCategory] = useState<ReportCategory>('other');
  const [made, setMade] = useState<{ id: string; reference: string; screenshot: boolean; problem?: string } | null>(null);
  const [summary, setSummary] = useState<ReportSummary | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  // Follow the new report until it is delivered (or saved for passing on): the popup says what is true now.
  useEffect(() => {
    if (!made) return;
    let stop = false;
    // Often at first (a delivery on a good connection takes a fraction of a second), then every second.
    let wait = 100;
    const poll = async () => {
      const found = (await actions.reports()).find((r) => r.id === made.id) ?? null;
      if (stop) return;
      setSummary(found);
      if (found?.delivery.status === 'waiting') setTimeout(() => void poll(), wait);
      wait = Math.min(1000, wait * 1.5);
    };
    void poll().catch(fail);
    // The background says at once when a send ends; polling stays as the fallback for a missed word.
    const unwatch = actions.watch((changed) => {
      if (!stop && changed.id === made.id) setSummary(changed);
    });
    return () => {
      stop = true;
      unwatch();
    };
  }, [made]);

  const press = async () => {
    if (tabId === null) return;
    setBusy(true);
    setError('');
    try {
      setMade(await actions.report(tabId, category));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="report-title" class="report">
      <h2 id="report-title">{t('popupReportTitle')}</h2>
      <p class="hint">{dslName ? t('popupReportIntroNamed', dslName) : t('popupReportIntro')}</p>
      <label for="report-category">{made ? t('reportCategoryLater') : t('reportCategoryLabel')}</label>
      <select
        id="report-category"
        value={summary?.category ?? category}
        onChange={(e) => {
          const next = e.currentTarget.value as ReportCategory;
          if (!made) return setCategory(next);
          void actions.recategorise(made.id, next).then(setSummary, fail);
        }}
      >
        {CATEGORY_ORDER.map((c) => (
          <option key={c} value={c}>
            {categoryLabel(c)}
          </option>
        ))}
      </select>
      {(summary?.category ?? category) === 'indecent-image' && <p class="guidance" role="note">{t('reportIndecentGuidance')}</p>}
      {!made && (
        <button type="button" class="primary" disabled={busy || tabId === null} onClick={() => void press()}>
          {t('popupReportButton')}
        </button>
      )}
      {made && (
        <div role="status" class="made">
          <p>
            {t('reportMade', made.reference)} {summary ? deliveryText(summary) : ''}
          </p>
          {summary?.delivery.status === 'waiting' && summary.delivery.lastError && <p class="hint">{t('reportLastError', summary.delivery.lastError)}</p>}
          {!made.screenshot && <p class="hint">{made.problem ? t('reportNoScreenshotProblem') : t('reportNoScreenshot')}</p>}
        </div>
      )}
      {/* Right after the status that asks for them: on a phone they stay on the first screen. */}
      {made && summary?.delivery.status === 'saved-only' && (
        <div class="by-hand">
          <button type="button" onClick={() => void actions.evidence(made.id).then((ev) => download(ev.filename, ev.html, 'text/html'), fail)}>
            {t('reportSaveEvidence')}
          </button>
          <button type="button" class="secondary" onClick={() => void actions.evidence(made.id).then((ev) => (ev.mailto ? window.open(ev.mailto) : setError(t('reportNoDslEmail'))), fail)}>
            {t('reportEmailDsl')}
          </button>
        </div>
      )}
      {made && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setMessage('');
            if (!note.trim()) return setError(t('reportNoteEmpty'));
            setError('');
            void actions.note(made.id, note).then((s) => {
              setSummary(s);
              setNote('');
              setMessage(t('reportNoteAdded'));
            }, fail);
          }}
        >
          <label for="report-note">{t('reportNoteLabel')}</label>
          <textarea id="report-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          <button type="submit">{t('reportNoteButton')}</button>
        </form>
      )}
      {message && <p role="status">{message}</p>}
      {error && <p class="error-message" role="alert">{error}</p>}
      {waiting > 0 && !made && <p class="hint">{t('popupReportsWaiting', String(waiting))}</p>}
    </section>
  );
}
