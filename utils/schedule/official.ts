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
 * Whether `text` is the pieces with anything between them, anchored at both ends. With `*` as the only
 * wildcard the leftmost place for each middle piece is always a right one, so one pass over the text
 * decides: no backtracking, whatever the pattern (a backtracking RegExp took minutes on a long address).
 */
function globMatches(text: string, pieces: readonly string[]): boolean {
  const first = pieces[0]!;
  if (pieces.length === 1) return text === first;
  const last = pieces[pieces.length - 1]!;
  if (!text.startsWith(first) || text.length < first.length + last.length || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const found = text.indexOf(pieces[i]!, at);
    if (found === -1 || found + pieces[i]!.length > end) return false;
    at = found + pieces[i]!.length;
  }
  return true;
}

/** One address against one parsed pattern: same host (www. and m. optional), then the path. */
function matchesPattern(url: string, pattern: ParsedPattern): boolean {
  const m = /^https:\/\/(?:(?:www|m)\.)?([^/?#]+)/.exec(url);
  if (!m || m[1] !== pattern.host) return false;
  const tail = url.slice(m[0].length) || '/';
  if (pattern.open) return globMatches(tail, pattern.pieces);
  // Without a trailing `*` the path must match to its end; a query or fragment may follow.
  const cut = tail.search(/[?#]/);
  return globMatches(tail, pattern.pieces) || (cut !== -1 && globMatches(cut === 0 ? '/' : tail.slice(0, cut), pattern.pieces));
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
