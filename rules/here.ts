import type { ContactAction, Pack, Rule } from './schema';
import { hoursRule, type HoursReason } from './select';

/** What the popup knows about where the person is and what time it is for the school. */
export interface HereAndNow {
  /** What a person can do with others on this network (none when the page is not a guarded network). */
  actions: readonly ContactAction[];
  /** Why personal use is paused or warned about now, or null when it is not. */
  hoursReason: HoursReason | null;
  /** Whether it is working time now (rules that apply only in or out of working hours). */
  workingTime: boolean;
}

/** Contexts that follow the person onto any guarded network: whom they contact, what they post or send, their profile. */
const ON_A_NETWORK = new Set(['contact', 'compose', 'message', 'profile']);

/**
 * The pack's rules that apply on this network now, strictest first: the working-hours rule while it is
 * in force, then each contact, posting, messaging and profile rule whose actions this network has and
 * whose time ("in working hours", "out of hours") is now. Off a guarded network, nothing.
 */
export function rulesHereNow(pack: Pack, here: HereAndNow): Rule[] {
  if (here.actions.length === 0) return [];
  const out: Rule[] = [];
  if (here.hoursReason) {
    const hours = hoursRule(pack, here.hoursReason);
    if (hours) out.push(hours);
  }
  for (const rule of pack.rules) {
    if (!rule.contexts.some((c) => ON_A_NETWORK.has(c))) continue;
    const { actions, when } = rule.conditions;
    if (actions && !actions.some((a) => here.actions.includes(a))) continue;
    if ((when === 'working-hours' && !here.workingTime) || (when === 'out-of-hours' && here.workingTime)) continue;
    if (!out.includes(rule)) out.push(rule);
  }
  const order = { block: 0, warn: 1, inform: 2 } as const;
  return out.sort((a, b) => order[a.severity] - order[b.severity]);
}
