import { BUILT_IN_PACKS, choosePack } from '@/rules';
import type { ContactAction, ExceptionKind, MatchRole } from '@/rules/schema';
import { contactRule, shownCitations } from '@/rules/select';
import { appendAudit } from '@/utils/contact/audit';
import type { AuditEntry, ContactMeta, ContactVerdict, HoldChoice, HoldView } from '@/utils/contact/types';
import { todayIn } from '@/utils/roster/active';
import { matchPerson, MATCH_THRESHOLD } from '@/utils/roster/match-person';
import type { RosterEntry } from '@/utils/roster/types';
import { isWorkingTime, scheduleInput } from '@/utils/schedule';
import type { PersonInfo } from '@/utils/sites/adapter';
import { NETWORKS, type Network } from '@/utils/sites/networks';
import { currentCustomPacks, currentSettings } from './config-cache';
import { createHold, newestHold, takeHold, type StoredHold } from './holds';
import { getRosterIndex } from './roster-service';

export { HoldGoneError } from './holds';

/**
 * The contact guard's decisions, in the background: who a profile is, which rule of the school's pack
 * applies, and — when one does — a hold (./holds) that the interstitial resolves.
 */

const ACTION_TEXT: Record<ContactAction, string> = {
  follow: 'follow',
  friend: 'send a friend request to',
  connect: 'connect with',
  accept: 'accept a request from',
  message: 'message',
  recommend: 'write a recommendation for',
};

const ROLE_TEXT: Record<MatchRole, string> = {
  pupil: 'pupil',
  former_pupil: 'former pupil',
  parent: 'parent or carer',
  staff: 'member of staff',
  likely_pupil: 'pupil',
};

function describe(entry: RosterEntry): { who: string; roleText: string } {
  const shown = entry.preferredName && entry.preferredName !== entry.firstName ? `${entry.firstName} (${entry.preferredName})` : entry.firstName;
  const year = entry.yearGroup ? ` in ${entry.yearGroup}` : '';
  const kind = entry.role === 'parent' && entry.yearGroup ? `parent or carer of a pupil${year}` : `${ROLE_TEXT[entry.role]}${entry.role === 'pupil' ? year : ''}`;
  return { who: `${shown} ${entry.lastName}`, roleText: `a ${kind} on your school's roster` };
}

/**
 * Decides a contact click. Nobody recognised, or no rule for who they are: allow, at once. Otherwise
 * the action is held and the interstitial explains the rule.
 */
export async function checkContact(tabId: number, network: Network['id'], action: ContactAction, person: PersonInfo, now = new Date()): Promise<ContactVerdict> {
  const [{ settings }, index, custom] = await Promise.all([currentSettings(), getRosterIndex(), currentCustomPacks()]);
  const today = todayIn(settings.workingHours.timeZone, now);
  let role: MatchRole | null = null;
  let who = person.name ?? person.handle ?? 'This person';
  let roleText = '';
  if (index) {
    const verdict = matchPerson(index, person, today);
    const best = verdict.matches[0];
    if (best && best.confidence >= MATCH_THRESHOLD) {
      role = best.role;
      ({ who, roleText } = describe(index.entry(best.entryId)));
    } else if (verdict.likelyPupil) {
      role = 'likely_pupil';
      roleText = `not on your school's roster, but the profile says “${verdict.likelyPupil}”, so this may be a pupil`;
    }
  }
  const { pack } = choosePack(settings.policyPack, custom);
  const rule = contactRule(pack, { role, action, workingTime: isWorkingTime(scheduleInput(settings), now.getTime()) });
  if (!rule || rule.severity === 'inform') return { verdict: 'allow' };

  const networkName = NETWORKS.find((n) => n.id === network)?.name ?? network;
  const view = (holdId: string): HoldView => ({
    holdId,
    network: networkName,
    who,
    roleText: roleText || 'someone who is not on your school’s roster',
    actionText: ACTION_TEXT[action],
    title: rule.title,
    summary: rule.summary,
    severity: rule.severity,
    citations: shownCitations(pack, rule, BUILT_IN_PACKS),
    exceptions: rule.exceptions,
    canProceed: rule.severity === 'warn',
    reportable: rule.reportable || role === 'pupil' || role === 'likely_pupil',
    dslName: settings.dsl.name,
  });
  const meta: ContactMeta = { network, action, role: role ?? 'none', packId: pack.id, ruleId: rule.id };
  const holdId = await createHold(tabId, 'contact', (id) => ({ view: view(id), meta }));
  return { verdict: 'hold', holdId };
}

/** The newest contact hold waiting in a tab, for its interstitial. */
export async function holdForTab(tabId: number): Promise<HoldView | null> {
  const hold = await newestHold(tabId);
  return hold?.kind === 'contact' ? (hold.view as HoldView) : null;
}

/**
 * Applies the staff member's choice. Only what the rule allows is accepted: a block is passed only by
 * one of the rule's own exceptions with a reason; a warn may be passed with "Continue". Every choice
 * is written to the local audit log. Returns whether the site action should now go ahead.
 */
export async function resolveHold(
  tabId: number,
  holdId: string,
  choice: HoldChoice,
  exception?: ExceptionKind,
  reason?: string,
): Promise<{ proceed: boolean }> {
  const trimmed = reason?.trim() ?? '';
  const hold = (await takeHold(tabId, holdId, 'contact', ({ view }) => {
    const v = view as HoldView;
    const allowed = v.exceptions.find((e) => e.kind === exception);
    if (choice === 'exception' && (!allowed || (allowed.requiresReason && trimmed.length < 3))) {
      throw new Error('Please give a reason for this exception.');
    }
    if (choice === 'proceed' && !v.canProceed) throw new Error('This rule cannot be passed without one of its exceptions.');
  })) as StoredHold<'contact', HoldView, ContactMeta>;
  const decision: AuditEntry['decision'] = choice === 'cancel' ? 'cancelled' : choice === 'report' ? 'reported' : choice === 'proceed' ? 'proceeded' : 'exception';
  await appendAudit({
    time: Date.now(),
    network: hold.meta.network,
    action: hold.meta.action,
    role: hold.meta.role,
    ruleId: hold.meta.ruleId,
    packId: hold.meta.packId,
    decision,
    ...(choice === 'exception' ? { exception, reason: trimmed } : trimmed ? { reason: trimmed } : {}),
  });
  return { proceed: choice === 'proceed' || choice === 'exception' };
}
