import { browser } from 'wxt/browser';

/** Every message name in `_locales/en_GB/messages.json` (WXT generates the list, so typos fail the type-check). */
export type MessageKey = Exclude<Parameters<typeof browser.i18n.getMessage>[0], `@@${string}`>;

/**
 * Looks up a British-English string from `_locales/en_GB/messages.json`. A missing key returns the
 * key itself (visible, never blank); a unit test checks that every key used in the code exists.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
