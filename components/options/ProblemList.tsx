import type { SettingProblem } from '@/utils/config/merge';
import { fieldId } from './Field';
import { focusCandidates } from './field-label';

interface ProblemListProps {
  title: string;
  intro?: string;
  problems: readonly SettingProblem[];
  tone: 'error' | 'ok' | 'note';
  /** Link each problem to its form field (for the form's own errors, not for a file's). */
  linkToFields?: boolean;
  id?: string;
  /** Names a problem's setting in the form's own words; without it the setting's path is shown. */
  labelFor?: (path: string) => string;
}

/** Moves keyboard focus to the field a problem names, not just the scroll position (GOV.UK pattern). */
function focusTarget(event: MouseEvent, path: string) {
  const target = focusCandidates(path)
    .map((p) => document.getElementById(fieldId(p)))
    .find((el) => el !== null);
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/** A summary box listing problems by setting, in the GOV.UK error-summary pattern. */
export function ProblemList({ title, intro, problems, tone, linkToFields, id, labelFor }: ProblemListProps) {
  return (
    <div class={`summary ${tone === 'error' ? '' : tone}`} role={tone === 'error' ? 'alert' : 'status'} id={id} tabIndex={-1}>
      <h2>{title}</h2>
      {intro && <p>{intro}</p>}
      {problems.length > 0 && (
        <ul>
          {problems.map((p) => (
            <li key={p.path + p.message}>
              {linkToFields ? (
                <a href={`#${fieldId(p.path.replace(/\[\d+\].*$/, ''))}`} onClick={(e) => focusTarget(e, p.path)}>
                  {labelFor ? `${labelFor(p.path)}: ` : <code>{p.path}</code>} {p.message}
                </a>
              ) : labelFor ? (
                `${labelFor(p.path)}: ${p.message}`
              ) : (
                <>
                  <code>{p.path}</code> {p.message}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
