import type { EditorRule } from '@/rules/editor';
import { checkQuote } from '@/rules/editor';
import type { Rule, Severity } from '@/rules/schema';
import { t } from '@/utils/i18n';

interface RuleEditorProps {
  index: number;
  rule: Rule;
  mine: EditorRule;
  policyText: string;
  /** The problem with this rule's quote from the last check, if any. */
  onChange: (mine: EditorRule) => void;
  onPreview: () => void;
}

const SEVERITIES: readonly { value: Severity; label: 'editorSeverityBlock' | 'editorSeverityWarn' | 'editorSeverityInform' }[] = [
  { value: 'block', label: 'editorSeverityBlock' },
  { value: 'warn', label: 'editorSeverityWarn' },
  { value: 'inform', label: 'editorSeverityInform' },
];

/** Whether the quote is the policy's own words: said in words, not only by colour. */
function QuoteStatus({ id, quote, policyText }: { id: string; quote: string; policyText: string }) {
  const check = checkQuote(quote, policyText);
  if (check === 'empty') return <p class="hint" id={id}>{t('editorQuoteEmpty')}</p>;
  if (check === 'no-policy') return <p class="hint" id={id}>{t('editorQuoteNoPolicy')}</p>;
  return check === 'found' ? (
    <p class="quote-ok" id={id}>{t('editorQuoteFound')}</p>
  ) : (
    <p class="error-message" id={id}>{t('editorQuoteNotFound')}</p>
  );
}

/** One rule of the pack: whether the school keeps it, how firmly it holds, and the school's own words for it. */
export function RuleEditor({ index, rule, mine, policyText, onChange, onPreview }: RuleEditorProps) {
  const id = `rule-${index}`;
  const set = (patch: Partial<EditorRule>) => onChange({ ...mine, ...patch });
  return (
    <fieldset class={`rule-editor${mine.on ? '' : ' off'}`}>
      <legend>{rule.title}</legend>
      <p>{rule.summary}</p>
      <div class="check">
        <input type="checkbox" id={`${id}-on`} checked={mine.on} onChange={(e) => set({ on: e.currentTarget.checked })} />
        <label for={`${id}-on`}>{t('editorRuleOn', rule.title)}</label>
      </div>
      {mine.on && (
        <>
          <label for={`${id}-severity`}>{t('editorSeverity', rule.title)}</label>
          <select id={`${id}-severity`} value={mine.severity} onChange={(e) => set({ severity: e.currentTarget.value as Severity })}>
            {SEVERITIES.map((s) => (
              <option key={s.value} value={s.value}>
                {t(s.label)}
              </option>
            ))}
          </select>
          <label for={`${id}-clause`}>{t('editorClause', rule.title)}</label>
          <input type="text" id={`${id}-clause`} value={mine.clause} autocomplete="off" onInput={(e) => set({ clause: e.currentTarget.value })} />
          <label for={`${id}-quote`}>{t('editorQuote', rule.title)}</label>
          <textarea id={`${id}-quote`} value={mine.quote} aria-describedby={`${id}-quote-status`} onInput={(e) => set({ quote: e.currentTarget.value })} />
          <QuoteStatus id={`${id}-quote-status`} quote={mine.quote} policyText={policyText} />
          <details>
            <summary>{t('editorDrawnFrom', String(rule.citations.length))}</summary>
            {rule.citations.map((c) => (
              <blockquote key={c.clause + c.quote}>
                <cite>{c.clause}</cite>“{c.quote}”
              </blockquote>
            ))}
          </details>
          <button type="button" class="secondary small" onClick={onPreview}>
            {t('editorPreviewRule', rule.title)}
          </button>
        </>
      )}
    </fieldset>
  );
}
