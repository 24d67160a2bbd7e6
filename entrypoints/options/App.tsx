import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ProblemList } from '@/components/options/ProblemList';
import { download } from '@/components/download';
import { AuditLog } from '@/components/options/AuditLog';
import { ReportsList } from '@/components/options/ReportsList';
import type { ReportSummary } from '@/utils/report/summary';
import { HoursNow } from '@/components/options/HoursNow';
import { watchSession } from '@/utils/hours/watch';
import type { HoursView } from '@/utils/schedule/view';
import { RosterPanel, type RosterOutcome } from '@/components/options/RosterPanel';
import { TermDatesImport, type TermDatesChoice } from '@/components/options/TermDatesImport';
import { BANK_HOLIDAY_DATA_RANGE } from '@/utils/schedule/bank-holidays';
import { auditToCsv } from '@/utils/contact/audit';
import type { AuditEntry } from '@/utils/contact/types';
import { fieldLabel, SettingsForm } from '@/components/options/SettingsForm';
import { BUILT_IN_PACKS } from '@/rules';
import { MAX_PACK_FILE_BYTES, packFileTooLarge, readPackFile } from '@/rules/file';
import { decodeTextBytes } from '@/utils/decode-text';
import { MAX_ROSTER_BYTES, tooLarge as rosterTooLarge } from '@/utils/roster/parse';
import { storageFailure } from '@/utils/storage/failure';
import type { Pack } from '@/rules/schema';
import { hostAccessFor } from '@/utils/config/host-access';
import { exportSettingsFile, MAX_SETTINGS_FILE_BYTES, readSettingsFile, settingsFileTooLarge } from '@/utils/config/file';
import { draftToLayer, settingsToDraft, type SettingsDraft } from '@/utils/config/form';
import { checkLayer, type ResolvedSettings, type SettingProblem } from '@/utils/config/merge';
import { readLocalLayer, writeLocalLayer } from '@/utils/config/store';
import { saveCustomPack } from '@/utils/storage/custom-packs';
import { t } from '@/utils/i18n';
import { bytesToBase64 } from '@/utils/base64';
import { onMessage, sendMessage } from '@/utils/messaging';
import type { RosterStatus } from '@/utils/roster/service-types';
import { Brand } from '@/components/Brand';

type Outcome = { tone: 'error' | 'ok' | 'note'; title: string; intro?: string; problems: SettingProblem[]; fromForm?: boolean } | null;

/**
 * Asks the browser to let Chalkline reach the school's servers directly (see {@link hostAccessFor}).
 * Declining is fine: a server that answers CORS still works.
 */
function requestHostAccess(urls: (string | undefined)[]): void {
  const origins = hostAccessFor(urls);
  if (origins.length) void browser.permissions.request({ origins }).catch(() => false);
}

/**
 * Reads a chosen file as text in whatever encoding an editor saved it (UTF-8, UTF-16 from Notepad's
 * "Unicode", Windows-1252), without reading a file far too large for its purpose at all (`text` is
 * then null). Resets the input so choosing the same file again still fires.
 */
async function takeFile(input: HTMLInputElement, maxBytes: number): Promise<{ name: string; text: string | null } | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  // UTF-16 doubles the bytes of the same text.
  if (file.size > maxBytes * 2 + 2) return { name: file.name, text: null };
  return { name: file.name, text: decodeTextBytes(new Uint8Array(await file.arrayBuffer())).text };
}

/** The options page: wires storage to the settings form and the import/export tools. */
export function OptionsApp() {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [formProblems, setFormProblems] = useState<SettingProblem[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [customPacks, setCustomPacks] = useState<Pack[]>([]);
  const [policyPending, setPolicyPending] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [rosterStatus, setRosterStatus] = useState<RosterStatus | null>(null);
  const [rosterBusy, setRosterBusy] = useState(false);
  const [rosterOutcome, setRosterOutcome] = useState<RosterOutcome>(null);

  const [hours, setHours] = useState<HoursView | null>(null);
  useEffect(() => {
    const refresh = () => void sendMessage('hoursStatus', {}).then(setHours, () => setHours(null));
    refresh();
    // The worker rewrites the status at every boundary and after every settings change.
    return watchSession(['scheduleStatus'], refresh);
  }, []);

  const [audit, setAudit] = useState<AuditEntry[]>([]);
  useEffect(() => {
    void sendMessage('auditLog', {}).then(setAudit);
  }, []);

  const [reports, setReports] = useState<ReportSummary[]>([]);
  useEffect(() => {
    // A report on its way changes state without this page doing anything: look again every few seconds.
    const refresh = () => void sendMessage('listReports', {}).then(setReports, () => undefined);
    refresh();
    const timer = setInterval(refresh, 3000);
    const unwatch = onMessage('reportChanged', refresh);
    return () => {
      clearInterval(timer);
      unwatch();
    };
  }, []);

  // Settings from policy come with no click to ask for access to the report receiver in: once a send
  // has failed to reach it, offer the staff member the one click the browser needs.
  const [missingAccess, setMissingAccess] = useState<string[]>([]);
  const reportUrl = resolved?.settings.reportWebhookUrl;
  const unreachable = reports.some((r) => r.delivery.status === 'waiting' && r.delivery.attempts > 0);
  useEffect(() => {
    const origins = unreachable ? hostAccessFor([reportUrl]) : [];
    if (!origins.length) return setMissingAccess([]);
    void browser.permissions.contains({ origins }).then((has) => setMissingAccess(has ? [] : origins), () => setMissingAccess([]));
  }, [reportUrl, unreachable]);

  useEffect(() => {
    void sendMessage('rosterStatus', {}).then(setRosterStatus);
    // The background announces imports, syncs and removals, including ones started by its alarm.
    return onMessage('rosterChanged', ({ data }) => setRosterStatus(data));
  }, []);

  useEffect(() => {
    // The background answers at once, with the policy as last read while this start's read is slow.
    const refresh = () =>
      void sendMessage('getSettings', {}).then((state) => {
        setResolved(state.resolved);
        setDraft(settingsToDraft(state.resolved.settings));
        setCustomPacks(state.packs);
        setPolicyPending(state.policyPending);
      });
    refresh();
    return onMessage('settingsChanged', refresh);
  }, []);

  useEffect(() => {
    if (outcome) outcomeRef.current?.querySelector<HTMLElement>('.summary')?.focus();
  }, [outcome]);

  if (!resolved || !draft) return <main aria-busy="true">{t('loading')}</main>;

  /** Writes, or says in plain words why it could not (a full disk, say): the form keeps what was typed. */
  const kept = async (write: () => Promise<void>): Promise<boolean> => {
    try {
      await write();
      return true;
    } catch (error) {
      setOutcome({ tone: 'error', title: t('saveFailedTitle'), intro: storageFailure(error, 'your settings'), problems: [] });
      return false;
    }
  };

  const save = async () => {
    const { layer, problems: unreadable } = draftToLayer(draft, resolved.locked);
    // Browsers only ask for a permission during a click, so ask now, before anything is awaited.
    const rosterUrl = (layer.roster as { url?: string } | undefined)?.url;
    const reportUrl = layer.reportWebhookUrl as string | undefined;
    requestHostAccess([rosterUrl !== resolved.settings.roster.url ? rosterUrl : undefined, reportUrl !== resolved.settings.reportWebhookUrl ? reportUrl : undefined]);
    const { problems } = checkLayer(layer);
    const all = [...unreadable, ...problems];
    setFormProblems(all);
    if (all.length) {
      setOutcome({ tone: 'error', title: t('saveFailedTitle'), intro: t('saveFailedIntro'), problems: all, fromForm: true });
      return;
    }
    if (!(await kept(async () => writeLocalLayer({ ...(await readLocalLayer()), ...layer })))) return;
    setOutcome({ tone: 'ok', title: t('savedTitle'), problems: [] });
  };

  const importSettings = async (input: HTMLInputElement) => {
    const file = await takeFile(input, MAX_SETTINGS_FILE_BYTES);
    if (!file) return;
    const result = file.text === null ? settingsFileTooLarge() : readSettingsFile(file.text, await readLocalLayer());
    if (!result.ok) {
      setOutcome({ tone: 'error', title: t('importFailedTitle', file.name), intro: t('importFailedIntro'), problems: [...result.problems, ...result.warnings] });
      return;
    }
    if (!(await kept(() => writeLocalLayer(result.layer)))) return;
    const lockedApplied = result.applied.filter((k) => resolved.locked.includes(k));
    const notes = [
      ...result.warnings,
      ...lockedApplied.map((k) => ({ path: k, message: t('importLockedNote') })),
    ];
    setFormProblems([]);
    setOutcome({ tone: notes.length ? 'note' : 'ok', title: t('importedTitle', [file.name, String(result.applied.length)]), intro: result.applied.join(', '), problems: notes });
  };

  const importPack = async (input: HTMLInputElement) => {
    const file = await takeFile(input, MAX_PACK_FILE_BYTES);
    if (!file) return;
    const lockedId = resolved.locked.includes('policyPack') ? { lockedId: resolved.settings.policyPack } : {};
    const result = file.text === null ? packFileTooLarge() : readPackFile(file.text, lockedId);
    if (!result.ok) {
      setOutcome({ tone: 'error', title: t('packFailedTitle', file.name), intro: t('importFailedIntro'), problems: result.problems });
      return;
    }
    if (!(await kept(() => saveCustomPack(result.pack)))) return;
    setCustomPacks((packs) => [...packs.filter((p) => p.id !== result.pack.id), result.pack]);
    setOutcome({ tone: 'ok', title: t('packImportedTitle', [result.pack.name, String(result.pack.rules.length)]), intro: t('packImportedIntro'), problems: [] });
  };

  // Term dates replace the current ones; closure days are added, so a snow day typed by hand survives.
  const applyTermDates = async (choice: TermDatesChoice) => {
    const current = resolved.settings.workingHours;
    const workingHours = { ...current, termDates: choice.termDates, closures: [...new Set([...current.closures, ...choice.closures])].sort() };
    const { problems } = checkLayer({ workingHours });
    if (problems.length) {
      setOutcome({ tone: 'error', title: t('saveFailedTitle'), problems });
      return;
    }
    if (!(await kept(async () => writeLocalLayer({ ...(await readLocalLayer()), workingHours })))) return;
    setFormProblems([]);
    setOutcome({ tone: 'ok', title: t('termDatesSavedTitle', [String(choice.termDates.length), String(choice.closures.length)]), problems: [] });
  };

  const exportSettings = () => download('chalkline-settings.json', exportSettingsFile(resolved.settings), 'application/json');

  const rosterAction = async (run: () => Promise<RosterOutcome>) => {
    setRosterBusy(true);
    setRosterOutcome(null);
    try {
      setRosterOutcome(await run());
    } catch {
      // No answer (the worker was stopped, say): the import may or may not have finished, so say only
      // what is known, and show the roster that is in force now.
      setRosterOutcome({ tone: 'error', title: t('rosterInterruptedTitle'), reason: t('rosterInterruptedReason'), problems: [] });
      await sendMessage('rosterStatus', {}).then(setRosterStatus, () => undefined);
    } finally {
      setRosterBusy(false);
    }
  };

  const importRoster = (file: File) =>
    rosterAction(async () => {
      // Never read a file far larger than any roster into memory just to refuse it.
      if (file.size > MAX_ROSTER_BYTES) return { tone: 'error', title: t('rosterImportFailedTitle'), reason: rosterTooLarge().reason, problems: [] };
      const outcome = await sendMessage('importRosterFile', { name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
      setRosterStatus(outcome.status);
      return outcome.ok
        ? { tone: 'ok', title: t('rosterImportedTitle'), problems: [] }
        : { tone: 'error', title: t('rosterImportFailedTitle'), reason: outcome.reason, problems: outcome.problems };
    });

  const syncRoster = () =>
    rosterAction(async () => {
      const outcome = await sendMessage('syncRosterNow', {});
      setRosterStatus(outcome.status);
      if (!outcome.ok) return { tone: 'error', title: t('rosterImportFailedTitle'), reason: outcome.reason, problems: outcome.problems };
      return { tone: 'ok', title: t(outcome.changed ? 'rosterSyncedTitle' : 'rosterUnchangedTitle'), problems: [] };
    });

  const removeRoster = () =>
    rosterAction(async () => {
      setRosterStatus(await sendMessage('removeRoster', {}));
      return { tone: 'ok', title: t('rosterRemovedTitle'), problems: [] };
    });

  const packs = [...BUILT_IN_PACKS, ...customPacks].map((p) => ({ id: p.id, name: p.name }));

  return (
    <main>
      <Brand why />
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      {policyPending && (
        <p class="hint" role="status">
          {t('policyPending')}
        </p>
      )}
      {resolved.locked.length > 0 && <p class="hint">{t('optionsLockedIntro')}</p>}
      {resolved.problems.some((p) => p.source === 'managed') && (
        <ProblemList
          tone="error"
          title={t('policyProblemsTitle')}
          intro={t('policyProblemsIntro')}
          problems={resolved.problems.filter((p) => p.source === 'managed')}
        />
      )}
      <div ref={outcomeRef} id="settings-outcome" aria-live="polite">
        {outcome && <ProblemList {...outcome} {...(outcome.fromForm ? { linkToFields: true, labelFor: fieldLabel } : {})} />}
      </div>

      <h2>{t('optionsFilesHeading')}</h2>
      <p class="hint">{t('optionsFilesHint')}</p>
      <label for="import-settings">{t('importSettingsLabel')}</label>
      <input class="file-input" id="import-settings" type="file" accept=".json,application/json" onChange={(e) => void importSettings(e.currentTarget)} />
      <label for="import-pack">{t('importPackLabel')}</label>
      <input class="file-input" id="import-pack" type="file" accept=".json,application/json" onChange={(e) => void importPack(e.currentTarget)} />
      <TermDatesImport
        locked={resolved.locked.includes('workingHours')}
        timeZone={resolved.settings.workingHours.timeZone}
        bankHolidaysUntil={resolved.settings.workingHours.bankHolidays === 'none' ? null : BANK_HOLIDAY_DATA_RANGE.last}
        onUse={(choice) => void applyTermDates(choice)}
      />
      <div>
        <button type="button" class="secondary" onClick={exportSettings}>
          {t('exportSettings')}
        </button>
      </div>

      <RosterPanel
        status={rosterStatus}
        rosterUrl={resolved.settings.roster.url}
        busy={rosterBusy}
        outcome={rosterOutcome}
        onImport={(file) => void importRoster(file)}
        onSync={() => void syncRoster()}
        onRemove={() => void removeRoster()}
        onCheck={(query) => sendMessage('checkName', query)}
      />

      <ReportsList
        reports={reports}
        askAccess={
          missingAccess.length
            ? {
                host: new URL(missingAccess[0]!.slice(0, -2)).host,
                onAllow: () => void browser.permissions.request({ origins: missingAccess }).then((granted) => granted && setMissingAccess([]), () => undefined),
              }
            : null
        }
        onEvidence={(id) => void sendMessage('reportEvidence', { id }).then((ev) => download(ev.filename, ev.html, 'text/html'))}
        onPassedOn={async (id) => {
          await sendMessage('reportPassedOn', { id });
          setReports(await sendMessage('listReports', {}));
        }}
        onRemove={async (id) => {
          await sendMessage('removeReport', { id });
          setReports(await sendMessage('listReports', {}));
        }}
      />

      <AuditLog
        entries={audit}
        onExport={() => download('chalkline-log.csv', auditToCsv(audit), 'text/csv')}
        onClear={async () => setAudit(await sendMessage('clearAuditLog', {}))}
      />

      <h2>{t('optionsSettingsHeading')}</h2>
      <SettingsForm
        draft={draft}
        locked={resolved.locked}
        problems={formProblems}
        packs={packs}
        onChange={setDraft}
        onSubmit={() => void save()}
        hoursNow={<HoursNow view={hours} now={Date.now()} />}
      />
    </main>
  );
}
