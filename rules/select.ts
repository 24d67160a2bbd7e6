import type { ContactAction, MatchRole, Pack, Rule, Severity } from './schema';

const STRENGTH: Record<Severity, number> = { block: 3, warn: 2, inform: 1 };

export interface ContactSituation {
  /** Who the person is: a roster role, or likely_pupil, or null for nobody recognised. */
  role: MatchRole | null;
  action: ContactAction;
  /** Whether it is the school's working time now (for rules in force in or out of hours). */
  workingTime: boolean;
}

function whenApplies(rule: Rule, workingTime: boolean): boolean {
  const when = rule.conditions.when;
  return when === 'always' || (when === 'working-hours' ? workingTime : !workingTime);
}

/**
 * The rule of a pack that governs a contact action, or null when none does. A rule applies when its
 * contexts cover the action (contact, or message for messages), its roles include the person's (or it
 * names no roles, e.g. "never give references"), its actions include this one (or it names none) and
 * it is in force now. When several apply, the strictest wins.
 */
export function contactRule(pack: Pack, situation: ContactSituation): Rule | null {
  const contexts = situation.action === 'message' ? ['contact', 'message'] : ['contact'];
  let best: Rule | null = null;
  for (const rule of pack.rules) {
    if (!rule.contexts.some((c) => contexts.includes(c))) continue;
    const { roles, actions } = rule.conditions;
    if (roles ? situation.role === null || !roles.includes(situation.role) : situation.action !== 'recommend') continue;
    if (actions && !actions.includes(situation.action)) continue;
    if (!whenApplies(rule, situation.workingTime)) continue;
    if (!best || STRENGTH[rule.severity] > STRENGTH[best.severity]) best = rule;
  }
  return best;
}
