import { z } from 'zod';

/**
 * The policy as data. A pack is one school's social-media policy turned into rules that the
 * guards (contact, compose, hours, profile, privacy review, report) look up by context. Every
 * rule quotes the clause it comes from, so a warning can always show the staff member the exact
 * words their school wrote.
 */

/** How a guard reacts: block holds the action, warn asks first, inform only explains. */
export const Severity = z.enum(['block', 'warn', 'inform']);
export type Severity = z.infer<typeof Severity>;

/** The moments a rule speaks to. */
export const RuleContext = z.enum([
  'contact',
  'compose',
  'message',
  'hours',
  'profile',
  'privacy-review',
  'report',
]);
export type RuleContext = z.infer<typeof RuleContext>;

/** Who a person turned out to be. `likely_pupil` is someone not on the roster whose profile looks like a pupil's. */
export const MatchRole = z.enum(['pupil', 'former_pupil', 'parent', 'staff', 'likely_pupil']);
export type MatchRole = z.infer<typeof MatchRole>;

/** What a contact action was. */
export const ContactAction = z.enum(['follow', 'friend', 'connect', 'accept', 'message', 'recommend']);
export type ContactAction = z.infer<typeof ContactAction>;

/** What the compose detectors can find in a post, comment or message. */
export const FindingKind = z.enum([
  'roster-name',
  'contact-details',
  'school-identity',
  'school-matters',
  'offensive',
  'complaint',
  'photo',
]);
export type FindingKind = z.infer<typeof FindingKind>;

/** When in the school's week a rule is in force. */
export const RuleWhen = z.enum(['always', 'working-hours', 'out-of-hours']);

/** The ways a policy lets staff go ahead; each is logged locally with the reason given. */
export const ExceptionKind = z.enum([
  'relative',
  'own-social-circle',
  'asked-head',
  'school-business',
  'official-account',
]);
export type ExceptionKind = z.infer<typeof ExceptionKind>;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A pointer into the policy text. `quote` must appear word for word in the source policy. */
export const Citation = z.strictObject({
  /** Which policy the quote comes from; defaults to the pack's own `source`. Used by the model pack. */
  source: nonEmpty.optional(),
  clause: nonEmpty,
  quote: nonEmpty,
});
export type Citation = z.infer<typeof Citation>;

/** Roles a person on the roster can have (a roster name in a post is one of these). */
export const NamedRole = z.enum(['pupil', 'former_pupil', 'parent', 'staff']);

export const RuleConditions = z.strictObject({
  /** Contact rules: who the person is. Compose and message rules: who the message goes to. */
  roles: z.array(MatchRole).min(1).optional(),
  /**
   * For roster-name findings: whom the text names. Without it a rule covers pupils, former pupils and
   * parents, not colleagues (naming a colleague is ordinary unless a rule says otherwise).
   */
  named: z.array(NamedRole).min(1).optional(),
  /** The rule applies only when the text also holds one of these kinds (a colleague named beside a complaint). */
  alongside: z.array(FindingKind).min(1).optional(),
  actions: z.array(ContactAction).min(1).optional(),
  findings: z.array(FindingKind).min(1).optional(),
  when: RuleWhen.default('always'),
  /** For former pupils: the rule applies while they are younger than this. */
  formerPupilUnderAge: z.number().int().min(16).max(25).optional(),
});
export type RuleConditions = z.infer<typeof RuleConditions>;

export const RuleException = z.strictObject({
  kind: ExceptionKind,
  /** The words on the button, e.g. "They are my relative". */
  label: nonEmpty,
  /** Whether the staff member must type a reason before going ahead. */
  requiresReason: z.boolean().default(true),
});
export type RuleException = z.infer<typeof RuleException>;

export const Rule = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  title: nonEmpty,
  summary: nonEmpty,
  severity: Severity,
  contexts: z.array(RuleContext).min(1),
  conditions: RuleConditions.default({ when: 'always' }),
  exceptions: z.array(RuleException).default([]),
  /** Whether the staff member may report the situation to the DSL from the warning. */
  reportable: z.boolean().default(false),
  citations: z.array(Citation).min(1, 'must cite its policy: add at least one citation'),
});
export type Rule = z.infer<typeof Rule>;

export const Pack = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
    name: nonEmpty,
    /** The policy file this pack was written from, without extension, e.g. "secondary-school". */
    source: nonEmpty,
    version: nonEmpty,
    description: nonEmpty,
    rules: z.array(Rule).min(1),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${rule.id}"` });
      }
      seen.add(rule.id);
    });
  });
export type Pack = z.infer<typeof Pack>;
export type PackInput = z.input<typeof Pack>;
