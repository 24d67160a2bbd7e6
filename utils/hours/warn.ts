import type { ExceptionKind } from '@/rules/schema';
import type { AuditEntry } from '@/utils/contact/types';
import { isOfficialUrl } from '@/utils/schedule/official';
import type { HoursView } from '@/utils/schedule/view';
import { networkForUrl, type Network } from '@/utils/sites/networks';

/**
 * Warn mode's decisions, pure: whether a page shows the working-hours banner, and what the log keeps
 * when the staff member goes on with a reason. The background wires these to storage and messages.
 */

/** The reasons the banner offers for using a network in working time. */
export const CONTINUE_REASONS = ['school-business', 'official-account', 'other'] as const;
export type ContinueReason = (typeof CONTINUE_REASONS)[number];

/** The staff member's answer at the banner. */
export interface ContinueChoice {
  reason: ContinueReason;
  note?: string;
}

/** The rule id logged when the school's pack has no rule about working hours. */
export const FALLBACK_HOURS_RULE = 'working-hours';

/** The policy exceptions the reasons stand for; "something else" is none of them, so only its note is kept. */
const EXCEPTION_FOR: Record<ContinueReason, ExceptionKind | undefined> = {
  'school-business': 'school-business',
  'official-account': 'official-account',
  other: undefined,
};

/**
 * Whether a page shows the banner: personal use is restricted now and the school chose warn mode, the
 * page is on a guarded network and not one of the school's official accounts, and this tab has not
 * already given a reason for this stretch of working time (`dismissedPeriod`).
 */
export function showsHoursBanner(view: HoursView, url: string | undefined, officialAccounts: readonly string[], dismissedPeriod: string | undefined): boolean {
  const { status } = view;
  if (!status.restricted || status.enforcement !== 'warn') return false;
  if (!url || !networkForUrl(url) || isOfficialUrl(url, officialAccounts)) return false;
  return dismissedPeriod === undefined || dismissedPeriod !== status.periodId;
}

/**
 * The log line for going on in working time. The rule is the pack's own hours rule when it has one,
 * so the log names the clause the staff member read; `packId` stands in when it has none.
 */
export function hoursAuditEntry(view: HoursView, network: Network['id'], choice: ContinueChoice, packId: string, now: number): Omit<AuditEntry, 'id'> {
  const note = choice.note?.trim() ?? '';
  if (choice.reason === 'other' && !note) throw new Error('Please say what the reason is.');
  const exception = EXCEPTION_FOR[choice.reason];
  return {
    time: now,
    network,
    action: 'use-in-working-hours',
    role: 'none',
    ruleId: view.rule?.id ?? FALLBACK_HOURS_RULE,
    packId: view.rule?.packId ?? packId,
    decision: 'proceeded',
    ...(exception ? { exception } : {}),
    ...(note ? { reason: note } : {}),
  };
}
