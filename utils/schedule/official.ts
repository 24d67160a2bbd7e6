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

/** Longer addresses are not official accounts: a page cannot make Chalkline read megabytes to decide. */
export const MAX_OFFICIAL_URL = 4096;

/** An official-account pattern taken apart: its host and the literal pieces between its `*`s (lower-case). */
interface ParsedPattern {
  host: string;
  pieces: string[];
  open: boolean;
}

function parsePattern(pattern: string): ParsedPattern | null {
  let p = pattern.trim();
  if (!p || p.length > 500) return null;
  if (!/^https?:\/\//i.test(p)) p = `https://${p}`;
  const m = /^https?:\/\/(?:(?:www|m)\.)?([^/*?#]+)(.*)$/i.exec(p);
  if (!m || !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(m[1]!)) return null;
  const rest = m[2]!;
  return { host: m[1]!.toLowerCase(), pieces: (rest || '/').toLowerCase().split('*'), open: rest.endsWith('*') };
}

/**
 * Where the pieces before the last end when each is placed leftmost after the one before (the first at
 * the start), or -1 when they do not all fit. With `*` as the only wildcard the leftmost place is always
 * a right one, so one pass decides: no backtracking, whatever the pattern.
 */
function leftmostEnd(text: string, pieces: readonly string[]): number {
  if (!text.startsWith(pieces[0]!)) return -1;
  let at = pieces[0]!.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const found = text.indexOf(pieces[i]!, at);
    if (found === -1) return -1;
    at = found + pieces[i]!.length;
  }
  return at;
}

/** One address against one parsed pattern: same host (www. and m. optional), then the path. */
function matchesPattern(url: string, pattern: ParsedPattern): boolean {
  const m = /^https:\/\/(?:(?:www|m)\.)?([^/?#]+)/.exec(url);
  if (!m || m[1] !== pattern.host) return false;
  const tail = url.slice(m[0].length) || '/';
  const { pieces } = pattern;
  const last = pieces[pieces.length - 1]!;
  // The pattern may end at the address's end or, without a trailing `*`, where a query or fragment starts.
  const ends = [tail.length];
  if (!pattern.open) for (let i = 0; i < tail.length; i++) if (tail[i] === '?' || tail[i] === '#') ends.push(i);
  if (pieces.length === 1) return ends.some((k) => k === pieces[0]!.length && tail.startsWith(pieces[0]!));
  const at = leftmostEnd(tail, pieces);
  if (at === -1) return false;
  return ends.some((k) => k - last.length >= at && tail.startsWith(last, k - last.length));
}

/**
 * Whether a page address is one of the school's official accounts. Case does not matter, as on the
 * networks. Linear in the address for any pattern; addresses over {@link MAX_OFFICIAL_URL} never are.
 */
export function isOfficialUrl(url: string, patterns: readonly string[]): boolean {
  if (url.length > MAX_OFFICIAL_URL) return false;
  const lower = url.toLowerCase();
  return patterns.some((p) => {
    const parsed = parsePattern(p);
    return parsed !== null && matchesPattern(lower, parsed);
  });
}
