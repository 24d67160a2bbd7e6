import { NETWORKS } from '@/utils/sites/networks';
import { officialRegexSource } from './official';

/**
 * The declarativeNetRequest rules that pause personal social media, as data. The browser applies
 * them before a request leaves, so a blocked page sends and receives nothing; the worker only
 * switches them at the schedule's boundaries. A subset of chrome.declarativeNetRequest.Rule.
 */
export interface BlockingRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } } | { type: 'allow' };
  condition: { regexFilter: string; requestDomains?: string[]; resourceTypes: ['main_frame']; isUrlFilterCaseSensitive?: boolean };
}

/** Our rule ids: one redirect, then one allow rule per official account. Other features use other ranges. */
export const BLOCK_RULE_ID = 1000;
const LAST_RULE_ID = 1999;

/** Whether a dynamic rule id belongs to the working-hours block (so it is ours to replace). */
export const isBlockingRuleId = (id: number): boolean => id >= BLOCK_RULE_ID && id <= LAST_RULE_ID;

/** The blocked page's address for a paused page: the original address rides in the fragment. */
export function blockedPageUrl(blockedPage: string, original: string): string {
  return `${blockedPage}#${original}`;
}

/**
 * The rules for the current moment: none when nothing is blocked; otherwise top-level navigations
 * to every guarded network go to the blocked page (keeping the address, `\0`, so it can be reopened
 * at the break), and official accounts are allowed by higher-priority rules. Patterns that are not
 * web addresses are skipped; the options page reports them.
 */
export function blockingRules(blocking: boolean, officialAccounts: readonly string[], blockedPage: string): BlockingRule[] {
  if (!blocking) return [];
  const rules: BlockingRule[] = [
    {
      id: BLOCK_RULE_ID,
      priority: 1,
      action: { type: 'redirect', redirect: { regexSubstitution: blockedPageUrl(blockedPage, '\\0') } },
      condition: { regexFilter: '^https://.*', requestDomains: NETWORKS.flatMap((n) => [...n.domains]), resourceTypes: ['main_frame'] },
    },
  ];
  for (const pattern of officialAccounts) {
    const regexFilter = officialRegexSource(pattern);
    if (regexFilter === null || BLOCK_RULE_ID + rules.length > LAST_RULE_ID) continue;
    rules.push({ id: BLOCK_RULE_ID + rules.length, priority: 2, action: { type: 'allow' }, condition: { regexFilter, resourceTypes: ['main_frame'], isUrlFilterCaseSensitive: false } });
  }
  return rules;
}
