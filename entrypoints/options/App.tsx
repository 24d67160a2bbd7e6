import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { download } from '@/components/download';
import { AuditLog } from '@/components/options/AuditLog';
import { HoursNow } from '@/components/options/HoursNow';
import { ProblemList } from '@/components/options/ProblemList';
import { ReportsList } from '@/components/options/ReportsList';
import { SectionForm } from '@/components/options/SectionForm';
import { StaffHome } from '@/components/options/StaffHome';
import { TextField } from '@/components/options/settings/TextField';
import { BUILT_IN_PACKS } from '@/rules';
import { auditToCsv } from '@/utils/contact/audit';
import { SECTIONS } from '@/utils/config/sections';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { SchoolView } from './SchoolView';
import { useSettings } from './use-settings';
import { anchorIn, viewFor, type View } from './view';
import { useAudit, useHours, useReports, useReview, useRosterStatus } from './use-staff-data';

/**
 * The options page, in two views: "For you" (what Chalkline does here, the privacy review, reports,
 * the staff member's log) and the school's settings (mostly set by the IT team), each section of
 * which saves on its own.
 */
export function OptionsApp() {
  const s = useSettings();
  const hours = useHours();
  const review = useReview(s.resolved?.settings);
  const [audit, setAudit] = useAudit();
  const [rosterStatus, setRosterStatus] = useRosterStatus();
  const reports = useReports(s.resolved?.settings.reportWebhookUrl);
  const [hash, setHash] = useState(location.hash);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    const onHash = () => {
      moved.current = true;
      setHash(location.hash);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // Work typed but not saved is never lost to a closed tab without the browser asking first.
  const unsaved = s.draft && s.resolved ? (Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]).some((id) => s.dirty(id)) : false;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [unsaved]);

  // The view shown only changes when an address asks for the other one, never by itself.
  const shown = useRef<View | null>(null);
  const view = s.resolved ? viewFor(hash, shown.current, s.resolved.configured.length === 0 && !rosterStatus?.meta) : null;
  shown.current = view;
  useEffect(() => {
    if (!view) return;
    document.title = t(view === 'you' ? 'optionsYouTitle' : 'optionsSchoolTitle');
    const anchor = anchorIn(location.hash);
    // A link to a part of a view (the popup's "Your log"): the page was drawn after the browser
    // looked for it, so go there now. After a link to the other view, start reading at its heading.
    if (anchor) document.getElementById(anchor)?.scrollIntoView();
    else if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [view]);

  if (!s.resolved || !s.draft || !view) return <main aria-busy="true">{t('loading')}</main>;
  const { resolved, draft } = s;
  const packs = [...BUILT_IN_PACKS, ...s.customPacks].map((p) => ({ id: p.id, name: p.name }));
  const packName = packs.find((p) => p.id === resolved.settings.policyPack)?.name ?? resolved.settings.policyPack;
  const hoursNow = <HoursNow view={hours} now={Date.now()} />;
  const section = (id: keyof typeof SECTIONS) => ({
    draft,
    locked: resolved.locked,
    problems: s.problems[id] ?? [],
    onChange: s.setDraft,
    outcome: s.outcomes[id] ?? null,
    dirty: s.dirty(id),
    onSave: () => void s.saveSection(id),
  });

  return (
    <main>
      <Brand why />
      <nav aria-label={t('optionsNavLabel')} class="views">
        <a href="#you" aria-current={view === 'you' ? 'page' : undefined}>
          {t('optionsNavYou')}
        </a>
        <a href="#school" aria-current={view === 'school' ? 'page' : undefined}>
          {t('optionsNavSchool')}
        </a>
      </nav>
      <h1 ref={heading} tabIndex={-1}>
        {t(view === 'you' ? 'optionsYouTitle' : 'optionsSchoolTitle')}
      </h1>
      {s.policyPending && (
        <p class="hint" role="status">
          {t('policyPending')}
        </p>
      )}
      {resolved.problems.some((p) => p.source === 'managed') && (
        <ProblemList tone="error" title={t('policyProblemsTitle')} intro={t('policyProblemsIntro')} problems={resolved.problems.filter((p) => p.source === 'managed')} />
      )}
      {view === 'you' ? (
        <StaffHome settings={resolved.settings} packName={packName} roster={rosterStatus} review={review} reviewUrl={browser.runtime.getURL('/review.html')} hoursNow={hoursNow}>
          <ReportsList
            reports={reports.reports}
            askAccess={
              reports.missingAccess.length
                ? {
                    host: new URL(reports.missingAccess[0]!.slice(0, -2)).host,
                    onAllow: () =>
                      void browser.permissions.request({ origins: reports.missingAccess }).then((granted) => granted && reports.setMissingAccess([]), () => undefined),
                  }
                : null
            }
            onEvidence={(id) => void sendMessage('reportEvidence', { id }).then((ev) => download(ev.filename, ev.html, 'text/html'))}
            onPassedOn={async (id) => {
              await sendMessage('reportPassedOn', { id });
              reports.setReports(await sendMessage('listReports', {}));
            }}
            onRemove={async (id) => {
              await sendMessage('removeReport', { id });
              reports.setReports(await sendMessage('listReports', {}));
            }}
          />
          <AuditLog
            entries={audit}
            onExport={() => download('chalkline-log.csv', auditToCsv(audit), 'text/csv')}
            onClear={async () => setAudit(await sendMessage('clearAuditLog', {}))}
          />
          <SectionForm id="you" title={t('optionsYouDetails')} saveLabel={t('saveYou')} {...section('you')}>
            <TextField draft={draft} locked={resolved.locked} problems={s.problems.you ?? []} onChange={s.setDraft} setting="staffName" path="staffName" field="staffName" hint={t('hintStaffName')} autocomplete="name" />
          </SectionForm>
        </StaffHome>
      ) : (
        <SchoolView settings={s} packs={packs} section={section} hoursNow={hoursNow} rosterStatus={rosterStatus} setRosterStatus={setRosterStatus} />
      )}
    </main>
  );
}
