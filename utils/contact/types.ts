import type { Citation, ContactAction, ExceptionKind, FindingKind, MatchRole, RuleException, Severity } from '@/rules/schema';
import type { Network } from '@/utils/sites/networks';

/** The background's answer to a contact click: let it through, or hold it behind the interstitial. */
export type ContactVerdict = { verdict: 'allow' } | { verdict: 'hold'; holdId: string };

/** What the log needs of a held contact action when it is answered. */
export interface ContactMeta {
  network: Network['id'];
  action: ContactAction;
  /** Who the person was; 'none' when nobody on the roster (a rule for anyone, such as recommendations). */
  role: MatchRole | 'none';
  packId: string;
  ruleId: string;
}

/** Everything the interstitial shows. Roster-derived text lives here, and only ever in the extension's frame. */
export interface HoldView {
  holdId: string;
  network: string;
  /** "Eleanor (Ellie) Smith" from the roster, or the profile's own name for a likely pupil. */
  who: string;
  /** "a Year 9 pupil on your school's roster". */
  roleText: string;
  actionText: string;
  title: string;
  summary: string;
  severity: Severity;
  /** The rule's quotes; `from` names the school whose policy it is when the pack combines several (the model pack). */
  citations: (Pick<Citation, 'clause' | 'quote'> & { from?: string })[];
  exceptions: RuleException[];
  /** Warn rules may be passed with "Continue anyway"; block rules only through an exception. */
  canProceed: boolean;
  reportable: boolean;
  dslName: string;
}

/** What the staff member chose at the interstitial. */
export type HoldChoice = 'cancel' | 'proceed' | 'exception' | 'report';

/** What a log line is about: a contact action, a post, comment or message sent, or using a network during working hours (warn mode). */
export type AuditAction = ContactAction | 'post' | 'comment' | 'use-in-working-hours';

/** One line of the local audit log. Never sent anywhere. */
export interface AuditEntry {
  id?: number;
  time: number;
  network: string;
  action: AuditAction;
  role: MatchRole | 'none';
  ruleId: string;
  packId: string;
  /** 'unchecked': the person went ahead when Chalkline could not check in time. */
  decision: 'cancelled' | 'proceeded' | 'exception' | 'reported' | 'unchecked';
  exception?: ExceptionKind;
  reason?: string;
  /** For posts and messages: the kinds of finding behind the hold (never the text itself). */
  kinds?: FindingKind[];
}
