import type { Pack, Rule } from '@/rules/schema';
import type { PopupRule } from '@/utils/report/popup-state';
import type { ProfileFinding } from './audit';

/** What the own-profile warning's frame shows: what was found where, and the school's clauses. */
export interface ProfileWarningView {
  findings: ProfileFinding[];
  rules: PopupRule[];
}

/**
 * The pack's profile rules that the findings engage: each rule lists the kinds it is about
 * (`conditions.findings`); a profile rule that names none covers the school's identity. No rule, no
 * warning: Chalkline only speaks for what the school's own policy says.
 */
export function engagedProfileRules(pack: Pack, findings: readonly ProfileFinding[]): Rule[] {
  const kinds = new Set(findings.map((f) => f.kind));
  return pack.rules.filter((r) => r.contexts.includes('profile') && (r.conditions.findings ?? ['school-identity']).some((k) => kinds.has(k as ProfileFinding['kind'])));
}
