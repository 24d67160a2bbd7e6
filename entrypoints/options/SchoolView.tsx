import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { download } from '@/components/download';
import { ProblemList } from '@/components/options/ProblemList';
import { RosterPanel, type RosterOutcome } from '@/components/options/RosterPanel';
import type { SectionProps } from '@/components/options/SectionForm';
import { SettingsFiles } from '@/components/options/SettingsFiles';
import { DslSection } from '@/components/options/settings/DslSection';
import { HoursSection } from '@/components/options/settings/HoursSection';
import { PrivacySection } from '@/components/options/settings/PrivacySection';
import { RosterSettings } from '@/components/options/settings/RosterSettings';
import { SchoolSection, type PackChoice } from '@/components/options/settings/SchoolSection';
import { TermDatesImport, type TermDatesChoice } from '@/components/options/TermDatesImport';
import { MAX_PACK_FILE_BYTES, packFileTooLarge, readPackFile } from '@/rules/file';
import { bytesToBase64 } from '@/utils/base64';
import { exportSettingsFile, MAX_SETTINGS_FILE_BYTES, readSettingsFile, settingsFileTooLarge } from '@/utils/config/file';
import { checkLayer, type SettingProblem } from '@/utils/config/merge';
import type { SectionId } from '@/utils/config/sections';
import { readLocalLayer, writeLocalLayer } from '@/utils/config/store';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { RosterStatus } from '@/utils/roster/service-types';
import { MAX_ROSTER_BYTES, tooLarge as rosterTooLarge } from '@/utils/roster/parse';
import { BANK_HOLIDAY_DATA_RANGE } from '@/utils/schedule/bank-holidays';
import { saveCustomPack } from '@/utils/storage/custom-packs';
import { storageFailure } from '@/utils/storage/failure';
import { takeFile } from './files';
import type { useSettings } from './use-settings';
import { writeOver } from './use-settings';

type FileOutcome = { tone: 'error' | 'ok' | 'note'; title: string; intro?: string; problems: SettingProblem[] } | null;

interface SchoolViewProps {
  settings: ReturnType<typeof useSettings>;
  packs: readonly PackChoice[];
  section: (id: SectionId) => SectionProps;
  hoursNow: ComponentChildren;
  rosterStatus: RosterStatus | null;
  setRosterStatus: (status: RosterStatus) => void;
}

/**
 * The school's settings: each section saves on its own; the roster and files are checked before
 * anything is used. On a school-managed computer most of it is locked by the IT team's policy.
 */
export function SchoolView({ settings: s, packs, section, hoursNow, rosterStatus, setRosterStatus }: SchoolViewProps) {
  const resolved = s.resolved!;
  const [fileOutcome, setFileOutcome] = useState<FileOutcome>(null);
  const [rosterBusy, setRosterBusy] = useState(false);
  const [rosterOutcome, setRosterOutcome] = useState<RosterOutcome>(null);
  useEffect(() => {
    if (fileOutcome) document.querySelector<HTMLElement>('#settings-outcome .summary')?.focus();
  }, [fileOutcome]);

  const importSettings = async (input: HTMLInputElement) => {
    const file = await takeFile(input, MAX_SETTINGS_FILE_BYTES);
    if (!file) return;
    const result = file.text === null ? settingsFileTooLarge() : readSettingsFile(file.text, await readLocalLayer());
    if (!result.ok) {
      setFileOutcome({ tone: 'error', title: t('importFailedTitle', file.name), intro: t('importFailedIntro'), problems: [...result.problems, ...result.warnings] });
      return;
    }
    try {
      await writeLocalLayer(result.layer);
    } catch (error) {
      setFileOutcome({ tone: 'error', title: t('importFailedTitle', file.name), intro: storageFailure(error, 'your settings'), problems: [] });
      return;
    }
    const lockedApplied = result.applied.filter((k) => resolved.locked.includes(k));
    const notes = [...result.warnings, ...lockedApplied.map((k) => ({ path: k, message: t('importLockedNote') }))];
    setFileOutcome({ tone: notes.length ? 'note' : 'ok', title: t('importedTitle', [file.name, String(result.applied.length)]), intro: result.applied.join(', '), problems: notes });
  };

  const importPack = async (input: HTMLInputElement) => {
    const file = await takeFile(input, MAX_PACK_FILE_BYTES);
    if (!file) return;
    const lockedId = resolved.locked.includes('policyPack') ? { lockedId: resolved.settings.policyPack } : {};
    const result = file.text === null ? packFileTooLarge() : readPackFile(file.text, lockedId);
    if (!result.ok) {
      setFileOutcome({ tone: 'error', title: t('packFailedTitle', file.name), intro: t('importFailedIntro'), problems: result.problems });
      return;
    }
    try {
      await saveCustomPack(result.pack);
    } catch (error) {
      setFileOutcome({ tone: 'error', title: t('packFailedTitle', file.name), intro: storageFailure(error, 'the policy pack'), problems: [] });
      return;
    }
    s.setCustomPacks((packs) => [...packs.filter((p) => p.id !== result.pack.id), result.pack]);
    setFileOutcome({ tone: 'ok', title: t('packImportedTitle', [result.pack.name, String(result.pack.rules.length)]), intro: t('packImportedIntro'), problems: [] });
  };

  // "Use these dates" after the preview is the person's go-ahead: term dates replace the current ones;
  // closure days are added, so a snow day entered by hand survives.
  const applyTermDates = async (choice: TermDatesChoice) => {
    const current = resolved.settings.workingHours;
    const workingHours = { ...current, termDates: choice.termDates, closures: [...new Set([...current.closures, ...choice.closures])].sort() };
    const { problems } = checkLayer({ workingHours });
    if (problems.length) return s.setOutcome('hours', { tone: 'error', title: t('sectionNotSaved'), problems }, problems);
    const failed = await writeOver({ workingHours }, t('sectionWhat'));
    if (failed) return s.setOutcome('hours', { tone: 'error', title: t('sectionNotSaved'), intro: failed, problems: [] });
    s.setOutcome('hours', { tone: 'ok', title: t('termDatesSavedTitle', [String(choice.termDates.length), String(choice.closures.length)]), problems: [] });
  };

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

  return (
    <>
      <p>{t('optionsIntro')}</p>
      {resolved.locked.length > 0 && <p class="hint">{t('optionsLockedIntro')}</p>}
      <nav aria-label={t('optionsContentsLabel')} class="contents">
        <ul>
          {(
            [
              ['school-heading', 'optionsSchool'],
              ['dsl-heading', 'optionsDsl'],
              ['roster-heading', 'rosterHeading'],
              ['hours-heading', 'optionsHours'],
              ['privacy-heading', 'optionsPrivacy'],
              ['files-heading', 'optionsFilesHeading'],
            ] as const
          ).map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <SchoolSection {...section('school')} packs={packs} />
      <DslSection {...section('dsl')} />
      <RosterPanel
        status={rosterStatus}
        rosterUrl={resolved.settings.roster.url}
        busy={rosterBusy}
        outcome={rosterOutcome}
        onImport={(file) => void importRoster(file)}
        onSync={() => void syncRoster()}
        onRemove={() => void removeRoster()}
        onCheck={(query) => sendMessage('checkName', query)}
      >
        <RosterSettings {...section('roster')} />
      </RosterPanel>
      <HoursSection
        {...section('hours')}
        hoursNow={hoursNow}
        termDatesImport={
          <TermDatesImport
            locked={resolved.locked.includes('workingHours')}
            timeZone={resolved.settings.workingHours.timeZone}
            bankHolidaysUntil={resolved.settings.workingHours.bankHolidays === 'none' ? null : BANK_HOLIDAY_DATA_RANGE.last}
            onUse={(choice) => void applyTermDates(choice)}
          />
        }
      />
      <PrivacySection {...section('privacy')} />
      <SettingsFiles
        onSettingsFile={(input) => void importSettings(input)}
        onPackFile={(input) => void importPack(input)}
        onExport={() => download('chalkline-settings.json', exportSettingsFile(resolved.settings), 'application/json')}
        editorUrl={browser.runtime.getURL('/pack-editor.html')}
        outcome={
          <div id="settings-outcome" aria-live="polite">
            {fileOutcome && <ProblemList {...fileOutcome} />}
          </div>
        }
      />
    </>
  );
}
