import type { ContactAction, FindingKind, MatchRole, Pack, Rule, Severity } from './schema';

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

/** Why personal use is paused: the working day, or a school-owned computer. */
export type HoursReason = 'working-hours' | 'school-device';

/**
 * The pack's rule for pausing personal social media: the "at all times" rule on a school computer,
 * the working-hours rule otherwise (falling back to the other when a pack has only one), or null.
 */
export function hoursRule(pack: Pack, reason: HoursReason): Rule | null {
  const hours = pack.rules.filter((r) => r.contexts.includes('hours'));
  const wanted = reason === 'school-device' ? 'always' : 'working-hours';
  return hours.find((r) => r.conditions.when === wanted) ?? hours.find((r) => r.conditions.when !== 'out-of-hours') ?? null;
}

/**
 * A rule's quotes as staff see them. `school` names the pack's own school (its own clause); `from`
 * names another school whose policy the clause was drawn from (the model pack's provenance), so no
 * screen ever quotes another school as if it were this one.
 */
export interface ShownCitation {
  clause: string;
  quote: string;
  school?: string;
  from?: string;
}

/** The quotes of a rule, each saying whose policy it is. */
export function shownCitations(pack: Pack, rule: Rule, packs: readonly Pack[]): ShownCitation[] {
  return rule.citations.map(({ clause, quote, source }) =>
    source && source !== pack.source ? { clause, quote, from: packs.find((p) => p.source === source)?.name ?? source } : { clause, quote, school: pack.name },
  );
}

/**
 * How a rule's quotes are laid out: the pack's own first clause up front (`lead`), and the rest behind
 * a disclosure. A pack whose clauses are all drawn from other schools (the model pack) has no lead:
 * its own plain words are the rule's summary, and the clauses are provenance (`model`).
 */
export function policyWords(citations: readonly ShownCitation[]): { lead: ShownCitation | null; more: ShownCitation[]; model: boolean } {
  const own = citations.filter((c) => !c.from);
  const drawn = citations.filter((c) => c.from);
  return { lead: own[0] ?? null, more: [...own.slice(1), ...drawn], model: own.length === 0 && drawn.length > 0 };
}

/** Where a text is going: a public post, a comment or reply on a post, or a private message. */
export type ComposeSurface = 'post' | 'comment' | 'message';

/** One finding of the text analysis, as rule selection sees it. */
export interface ComposeSituation {
  kind: FindingKind;
  /** For roster names: the role of the person named. */
  namedRole: MatchRole | null;
  /** Every kind found in the text, for rules that need one alongside another. */
  present: ReadonlySet<FindingKind>;
  surface: ComposeSurface;
  /** The other person in a message, when known. */
  partnerRole: MatchRole | null;
  workingTime: boolean;
}

const NAMED_BY_DEFAULT: readonly MatchRole[] = ['pupil', 'former_pupil', 'parent'];

/**
 * The rule of a pack that a compose finding engages, or null. A rule applies when its contexts cover
 * the surface (compose for posts and comments, message for messages), its findings include the kind,
 * the person named is one it covers (pupils, former pupils and parents unless it says `named`), the
 * message goes to someone it covers (`roles`), a kind it needs `alongside` is present too, and it is
 * in force now. When several apply, the strictest wins.
 */
export function composeRule(pack: Pack, s: ComposeSituation): Rule | null {
  const context = s.surface === 'message' ? 'message' : 'compose';
  let best: Rule | null = null;
  for (const rule of pack.rules) {
    if (!rule.contexts.includes(context)) continue;
    const { findings, roles, named, alongside } = rule.conditions;
    if (!findings?.includes(s.kind)) continue;
    if (s.kind === 'roster-name' && (s.namedRole === null || !(named ?? NAMED_BY_DEFAULT).includes(s.namedRole as never))) continue;
    if (roles && (s.partnerRole === null || !roles.includes(s.partnerRole))) continue;
    if (alongside && !alongside.some((k) => k !== s.kind && s.present.has(k))) continue;
    if (!whenApplies(rule, s.workingTime)) continue;
    if (!best || STRENGTH[rule.severity] > STRENGTH[best.severity]) best = rule;
  }
  return best;
}
