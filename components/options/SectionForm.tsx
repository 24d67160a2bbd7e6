import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { SettingsDraft } from '@/utils/config/form';
import type { SettingProblem } from '@/utils/config/merge';
import type { SettingsKey } from '@/utils/config/schema';
import { SECTIONS, type SectionId } from '@/utils/config/sections';
import { t } from '@/utils/i18n';
import { ProblemList } from './ProblemList';
import { fieldLabel } from './field-label';

/** What one section's save came to, shown beside its own Save button. */
export type SectionOutcome = { tone: 'ok' | 'error'; title: string; intro?: string; problems: SettingProblem[] } | null;

/** What every settings section receives from the page. */
export interface SectionProps {
  draft: SettingsDraft;
  locked: readonly SettingsKey[];
  /** This section's problems from its last save. */
  problems: readonly SettingProblem[];
  onChange: (draft: SettingsDraft) => void;
  outcome: SectionOutcome;
  dirty: boolean;
  onSave: () => void;
}

interface SectionFormProps extends Pick<SectionProps, 'locked' | 'outcome' | 'dirty' | 'onSave'> {
  id: SectionId;
  title: string;
  saveLabel: string;
  intro?: ComponentChildren;
  /** 3 for a section inside another (the roster's address inside the roster). */
  level?: 2 | 3;
  children: ComponentChildren;
}

/**
 * One section of the school's settings with its own Save: what it says when saved or refused sits
 * right under the button that was pressed, and takes the focus so a screen reader hears it. A section
 * whose every setting is locked by the school's IT policy has nothing to save, and says so.
 */
export function SectionForm({ id, title, saveLabel, intro, level = 2, locked, outcome, dirty, onSave, children }: SectionFormProps) {
  const outcomeRef = useRef<HTMLDivElement>(null);
  const allLocked = SECTIONS[id].keys.every((k) => locked.includes(k));
  // A section inside another (level 3) must not take the id of the heading it sits under.
  const headingId = level === 2 ? `${id}-heading` : `${id}-subheading`;
  useEffect(() => {
    if (outcome) outcomeRef.current?.querySelector<HTMLElement>('.summary')?.focus();
  }, [outcome]);
  return (
    <section aria-labelledby={headingId} class={level === 2 ? 'panel' : 'subpanel'}>
      {level === 2 ? <h2 id={headingId}>{title}</h2> : <h3 id={headingId}>{title}</h3>}
      {intro}
      <form
        noValidate
        aria-labelledby={headingId}
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        {children}
        {allLocked ? (
          <p class="hint">{t('sectionAllLocked')}</p>
        ) : (
          <div class="save-row">
            <button type="submit">{saveLabel}</button>
            {dirty && <span class="unsaved">{t('sectionUnsaved')}</span>}
          </div>
        )}
        <div ref={outcomeRef} id={`${id}-outcome`} aria-live="polite">
          {outcome && <ProblemList {...outcome} linkToFields labelFor={fieldLabel} />}
        </div>
      </form>
    </section>
  );
}
