import { t, type MessageKey } from '@/utils/i18n';

/**
 * Gives the page the title its HTML names by key (`<title data-i18n="key">`), from `_locales/en_GB`.
 * HTML pages cannot use `__MSG_…__` as the manifest can, so the literal in the file is only the fallback
 * before the script runs; a convention test keeps it equal to the message.
 */
export function localiseTitle(doc: Document = document): void {
  const key = doc.querySelector<HTMLTitleElement>('title[data-i18n]')?.dataset.i18n;
  if (key) doc.title = t(key as MessageKey);
}
