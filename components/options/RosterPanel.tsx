import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PersonQuery } from '@/utils/roster/match-person';
import type { RosterCheckResult, RosterStatus } from '@/utils/roster/service-types';
import type { RosterRole, RowProblem } from '@/utils/roster/types';
import { t } from '@/utils/i18n';

export type RosterOutcome = { tone: 'ok' | 'error'; title: string; reason?: string; problems: RowProblem[] } | null;

interface RosterPanelProps {
  status: RosterStatus | null;
  rosterUrl: string;
  busy: boolean;
  outcome: RosterOutcome;
  onImport: (file: File) => void;
  onSync: () => void;
  onRemove: () => void;
  onCheck: (query: PersonQuery) => Promise<RosterCheckResult>;
  /** The roster's address and how often it is fetched (its own small form, saved on its own). */
  children?: ComponentChildren;
}

const ROLE_KEY = { pupil: 'rolePupil', former_pupil: 'roleFormerPupil', parent: 'roleParent', staff: 'roleStaff' } as const;
export const roleName = (role: RosterRole) => t(ROLE_KEY[role]);
const when = (ms: number) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

function Problems({ problems, total }: { problems: readonly RowProblem[]; total: number }) {
  if (problems.length === 0) return null;
  return (
    <details>
      <summary>{t('rosterProblemsSummary', String(total))}</summary>
      <ul>
        {problems.map((p) => (
          <li key={`${p.row}:${p.column}:${p.reason}`}>{t('rosterProblemLine', [String(p.row), p.column, p.reason])}</li>
        ))}
      </ul>
      {total > problems.length && <p class="hint">{t('rosterProblemsMore', String(total - problems.length))}</p>}
    </details>
  );
}

/** The roster section of the options page: what is loaded, importing, syncing, removing, and "Check a name". */
export function RosterPanel({ status, rosterUrl, busy, outcome, onImport, onSync, onRemove, onCheck, children }: RosterPanelProps) {
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [query, setQuery] = useState<Required<PersonQuery>>({ name: '', handle: '', bio: '' });
  const [check, setCheck] = useState<RosterCheckResult | null>(null);
  const meta = status?.meta ?? null;
  const sync = status?.sync ?? null;

  return (
    <section aria-labelledby="roster-heading" class="panel">
      <h2 id="roster-heading">{t('rosterHeading')}</h2>
      <p class="hint">{t('rosterIntro')}</p>
      <div role="status" aria-live="polite" aria-busy={busy}>
        {meta ? (
          <p>
            {t('rosterLoaded', [meta.source.kind === 'file' ? meta.source.name : meta.source.url, when(meta.importedAt)])}{' '}
            {t('rosterCounts', [String(meta.counts.pupil), String(meta.counts.former_pupil), String(meta.counts.parent), String(meta.counts.staff)])}
          </p>
        ) : (
          <p>{t('rosterNone')}</p>
        )}
        {sync?.lastSuccessAt && <p>{t(sync.lastOutcome === 'unchanged' ? 'rosterSyncUnchanged' : 'rosterSyncUpdated', when(sync.lastSuccessAt))}</p>}
        {sync?.lastOutcome === 'failed' && sync.lastError && (
          <p class="error-message">{t('rosterSyncFailed', [sync.lastError, sync.nextAttemptAt ? when(sync.nextAttemptAt) : '—'])}</p>
        )}
      </div>
      {meta && <Problems problems={meta.problems} total={meta.problemCount} />}
      {meta && meta.notes.length > 0 && (
        <ul class="hint">
          {meta.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {outcome && (
        <div class={`summary ${outcome.tone === 'ok' ? 'ok' : ''}`} role={outcome.tone === 'ok' ? 'status' : 'alert'}>
          <h3>{outcome.title}</h3>
          {outcome.reason && <p>{outcome.reason}</p>}
          <Problems problems={outcome.problems.slice(0, 50)} total={outcome.problems.length} />
        </div>
      )}

      <label for="import-roster">{t('importRosterLabel')}</label>
      <p class="hint" id="import-roster-hint">
        {t('importRosterHint')}
      </p>
      <input
        class="file-input"
        id="import-roster"
        type="file"
        accept=".csv,.tsv,.txt,.json,text/csv,application/json"
        aria-describedby="import-roster-hint"
        disabled={busy}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onImport(file);
        }}
      />
      <div>
        {rosterUrl && (
          <button type="button" class="secondary" disabled={busy} onClick={onSync}>
            {t('rosterSyncNow')}
          </button>
        )}
        {meta && !confirmRemove && (
          <button type="button" class="secondary" disabled={busy} onClick={() => setConfirmRemove(true)}>
            {t('rosterRemove')}
          </button>
        )}
      </div>
      {confirmRemove && (
        <div class="summary note" role="group" aria-labelledby="remove-question">
          <p id="remove-question">{t('rosterRemoveQuestion')}</p>
          <button
            type="button"
            onClick={() => {
              setConfirmRemove(false);
              onRemove();
            }}
          >
            {t('rosterRemoveConfirm')}
          </button>
          <button type="button" class="secondary" onClick={() => setConfirmRemove(false)}>
            {t('rosterRemoveKeep')}
          </button>
        </div>
      )}
      {children}

      <h3 id="check-heading">{t('checkHeading')}</h3>
      <p class="hint">{t('checkHint')}</p>
      <form
        aria-labelledby="check-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void onCheck(query).then(setCheck);
        }}
      >
        <label for="check-name">{t('checkName')}</label>
        <input id="check-name" type="text" value={query.name} onInput={(e) => setQuery({ ...query, name: e.currentTarget.value })} />
        <label for="check-handle">{t('checkHandle')}</label>
        <input id="check-handle" type="text" value={query.handle} onInput={(e) => setQuery({ ...query, handle: e.currentTarget.value })} />
        <label for="check-bio">{t('checkBio')}</label>
        <input id="check-bio" type="text" value={query.bio} onInput={(e) => setQuery({ ...query, bio: e.currentTarget.value })} />
        <button type="submit">{t('checkButton')}</button>
      </form>
      <div role="status" aria-live="polite" id="check-result">
        {check && !check.rosterLoaded && <p>{t('checkNoRoster')}</p>}
        {check?.rosterLoaded && !check.matches.some((m) => m.counted) && (
          <p>{check.likelyPupil ? t('checkLikelyPupil', check.likelyPupil) : t('checkNoMatch')}</p>
        )}
        {check && check.matches.length > 0 && (
          <ul>
            {check.matches.map((m) => (
              <li key={`${m.name}:${m.role}`}>
                {t('checkMatchLine', [m.name, roleName(m.role) + (m.yearGroup ? `, ${m.yearGroup}` : ''), m.reason, String(Math.round(m.confidence * 100))])}
                {!m.counted && ` ${t('checkBelowThreshold')}`}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
