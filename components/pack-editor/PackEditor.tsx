import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BUILT_IN_PACKS, choosePack } from '@/rules';
import { buildPack, draftPack, policySnippet, startFrom, type EditorState } from '@/rules/editor';
import { t } from '@/utils/i18n';
import { Brand } from '../Brand';
import { ProblemList } from '../options/ProblemList';
import { RuleEditor } from './RuleEditor';
import { StaffPreview } from './StaffPreview';

interface PackEditorProps {
  /** The state kept from the last visit, if any (already checked by readState). */
  saved: EditorState | null;
  /** Keeps the state on this computer; throws when it cannot (storage full). */
  keep: (state: EditorState) => void;
  download: (name: string, text: string, type: string) => void;
}

/**
 * The pack editor: a DSL writes their school's own policy pack without writing JSON. Everything
 * typed is kept on this computer as it is typed; nothing leaves it until they save a file.
 */
export function PackEditor({ saved, keep, download }: PackEditorProps) {
  const [state, setState] = useState<EditorState>(saved ?? startFrom(choosePack('model').pack));
  const [baseChoice, setBaseChoice] = useState(state.baseId);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [keptError, setKeptError] = useState('');
  const [tried, setTried] = useState(false);
  const previewRef = useRef<HTMLElement>(null);
  const base = choosePack(state.baseId).pack;

  useEffect(() => {
    try {
      keep(state);
      setKeptError('');
    } catch (e) {
      setKeptError(t('editorNotKept', e instanceof Error ? e.message : String(e)));
    }
  }, [state]);

  const built = useMemo(() => buildPack(base, state), [base, state]);
  const preview = useMemo(() => draftPack(base, state), [base, state]);
  const labels = (path: string) => {
    const row = /^rules\[(\d+)\]/.exec(path);
    if (row) return t('editorRuleLabel', base.rules.find((r) => r.id === state.rules[Number(row[1])]?.id)?.title ?? path);
    return path === 'schoolName' ? t('editorSchoolName') : t('editorRulesLabel');
  };

  const save = (what: 'pack' | 'file' | 'google-admin') => {
    setTried(true);
    if (!built.ok) return;
    if (what === 'pack') download(`${built.pack.id}.json`, built.text, 'application/json');
    else download(`${built.pack.id}-${what === 'file' ? 'policy' : 'google-admin'}.json`, policySnippet(built.pack, built.text, what), 'application/json');
  };

  return (
    <main class="pack-editor">
      <Brand why />
      <h1>{t('editorTitle')}</h1>
      <p>{t('editorIntro')}</p>
      <p class="hint" role="status">
        {keptError || t('editorKept')}
      </p>

      <section aria-labelledby="start-heading" class="panel">
        <h2 id="start-heading">{t('editorStartHeading')}</h2>
        <label for="editor-base">{t('editorBase')}</label>
        <p class="hint" id="editor-base-hint">{t('editorBaseHint')}</p>
        <select id="editor-base" aria-describedby="editor-base-hint" value={baseChoice} onChange={(e) => setBaseChoice(e.currentTarget.value)}>
          {BUILT_IN_PACKS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {baseChoice !== state.baseId && (
          <div class="summary note" role="group" aria-labelledby="restart-question">
            <p id="restart-question">{t('editorRestartQuestion', choosePack(baseChoice).pack.name)}</p>
            <button type="button" onClick={() => setState({ ...startFrom(choosePack(baseChoice).pack, state.schoolName), policyText: state.policyText })}>
              {t('editorRestart')}
            </button>
            <button type="button" class="secondary" onClick={() => setBaseChoice(state.baseId)}>
              {t('editorKeepGoing')}
            </button>
          </div>
        )}
        <label for="editor-school">{t('editorSchoolName')}</label>
        <input type="text" id="editor-school" autocomplete="organization" value={state.schoolName} onInput={(e) => setState({ ...state, schoolName: e.currentTarget.value })} />
        <label for="editor-version">{t('editorVersion')}</label>
        <p class="hint" id="editor-version-hint">{t('editorVersionHint')}</p>
        <input type="text" id="editor-version" aria-describedby="editor-version-hint" value={state.version} onInput={(e) => setState({ ...state, version: e.currentTarget.value })} />
      </section>

      <section aria-labelledby="policy-heading" class="panel">
        <h2 id="policy-heading">{t('editorPolicyHeading')}</h2>
        <label for="editor-policy">{t('editorPolicyLabel')}</label>
        <p class="hint" id="editor-policy-hint">{t('editorPolicyHint')}</p>
        <textarea id="editor-policy" class="policy-text" aria-describedby="editor-policy-hint" value={state.policyText} onInput={(e) => setState({ ...state, policyText: e.currentTarget.value })} />
      </section>

      <section aria-labelledby="rules-heading" class="panel">
        <h2 id="rules-heading">{t('editorRulesHeading')}</h2>
        <p class="hint">{t('editorRulesHint')}</p>
        {state.rules.map((mine, i) => {
          const rule = base.rules.find((r) => r.id === mine.id);
          return rule ? (
            <RuleEditor
              key={mine.id}
              index={i}
              rule={rule}
              mine={mine}
              policyText={state.policyText}
              onChange={(next) => setState({ ...state, rules: state.rules.map((r, j) => (j === i ? next : r)) })}
              onPreview={() => {
                setPreviewId(mine.id);
                previewRef.current?.focus();
              }}
            />
          ) : null;
        })}
      </section>

      <section aria-labelledby="preview-heading" class="panel" tabIndex={-1} ref={previewRef}>
        <h2 id="preview-heading">{t('editorPreviewHeading')}</h2>
        <StaffPreview pack={preview} ruleId={previewId} />
      </section>

      <section aria-labelledby="export-heading" class="panel">
        <h2 id="export-heading">{t('editorExportHeading')}</h2>
        <p>{t('editorExportIntro')}</p>
        <div aria-live="polite">
          {!built.ok && tried && <ProblemList tone="error" title={t('editorNotReady')} problems={built.problems} labelFor={labels} />}
          {built.ok && <p class="quote-ok">{t('editorReady', [built.pack.id, String(built.pack.rules.length)])}</p>}
        </div>
        <button type="button" onClick={() => save('pack')}>
          {t('editorSavePack')}
        </button>
        <button type="button" class="secondary" onClick={() => save('file')}>
          {t('editorSavePolicyFile')}
        </button>
        <button type="button" class="secondary" onClick={() => save('google-admin')}>
          {t('editorSaveGoogleAdmin')}
        </button>
        <p class="hint">{t('editorDeployHint')}</p>
      </section>
    </main>
  );
}
