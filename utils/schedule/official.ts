/**
 * Official school accounts stay open in working time. Schools write them as addresses with `*` for
 * "anything here", e.g. `https://x.com/OakHillSchool*`. One translation serves both places that
 * decide: the declarativeNetRequest allow rule (RE2 `regexFilter`) and the sweep of open tabs.
 */

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The regular expression for an official-account pattern, or null when it is not a web address.
 * `https://` may be left off; `www.` and `m.` are optional, since the networks serve both; without a
 * trailing `*` the address must match to its end, a query or fragment aside.
 */
export function officialRegexSource(pattern: string): string | null {
  let p = pattern.trim();
  if (!p) return null;
  if (!/^https?:\/\//i.test(p)) p = `https://${p}`;
  const m = /^https?:\/\/(?:(?:www|m)\.)?([^/*?#]+)(.*)$/i.exec(p);
  if (!m || !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(m[1]!)) return null;
  const host = escape(m[1]!.toLowerCase());
  const rest = m[2]!;
  const open = rest.endsWith('*');
  const path = (rest || '/').split('*').map(escape).join('.*');
  return `^https://(?:(?:www|m)\\.)?${host}${path}${open ? '' : '(?:[?#].*)?$'}`;
}

/** Whether a page address is one of the school's official accounts. Case does not matter, as on the networks. */
export function isOfficialUrl(url: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => {
    const source = officialRegexSource(p);
    return source !== null && new RegExp(source, 'i').test(url);
  });
}
