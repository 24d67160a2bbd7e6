import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

interface SettingsFilesProps {
  onSettingsFile: (input: HTMLInputElement) => void;
  onPackFile: (input: HTMLInputElement) => void;
  onExport: () => void;
  /** The pack editor's address, for a school writing its own pack without JSON. */
  editorUrl: string;
  /** What the last import came to. */
  outcome: ComponentChildren;
}

/**
 * Files an IT team hands out: a settings file (any subset of the settings) and a school's own policy
 * pack. Each is checked before anything is used; the outcome says what was applied.
 */
export function SettingsFiles({ onSettingsFile, onPackFile, onExport, editorUrl, outcome }: SettingsFilesProps) {
  return (
    <section aria-labelledby="files-heading" class="panel">
      <h2 id="files-heading">{t('optionsFilesHeading')}</h2>
      <p class="hint">{t('optionsFilesHint')}</p>
      <label for="import-settings">{t('importSettingsLabel')}</label>
      <input class="file-input" id="import-settings" type="file" accept=".json,application/json" onChange={(e) => onSettingsFile(e.currentTarget)} />
      <label for="import-pack">{t('importPackLabel')}</label>
      <input class="file-input" id="import-pack" type="file" accept=".json,application/json" onChange={(e) => onPackFile(e.currentTarget)} />
      <p>
        <a href={editorUrl} target="_blank" rel="noreferrer">
          {t('optionsWritePack')}
        </a>
      </p>
      <div>
        <button type="button" class="secondary" onClick={onExport}>
          {t('exportSettings')}
        </button>
      </div>
      {outcome}
    </section>
  );
}
