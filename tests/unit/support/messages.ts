import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// A path, not a URL object: under happy-dom, `URL` is the DOM's and Node's fs does not take it.
const FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/_locales/en_GB/messages.json');
const MESSAGES = JSON.parse(readFileSync(FILE, 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/**
 * `t()` as the browser answers it, from `_locales/en_GB/messages.json` (WXT's fake browser has no
 * i18n): for tests that check the words staff actually read. Use with
 * `vi.mock('@/utils/i18n', async () => ({ t: (await import('../support/messages')).britishEnglish }))`.
 */
export function britishEnglish(key: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[key];
  if (!entry) return key;
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message.replace(/\$([a-zA-Z0-9_]+)\$/g, (_m, name: string) => {
    const content = entry.placeholders?.[name]?.content ?? '';
    return content.replace(/\$(\d)/g, (_n, i: string) => subs[Number(i) - 1] ?? '');
  });
}
