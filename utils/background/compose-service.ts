import { BUILT_IN_PACKS, choosePack } from '@/rules';
import type { FindingKind, MatchRole, Rule } from '@/rules/schema';
import { composeRule, contactRule, shownCitations } from '@/rules/select';
import { browser } from 'wxt/browser';
import type { ComposeChoice, ComposeHint, ComposeHoldFinding, ComposeHoldView, ComposeMeta } from '@/utils/compose/types';
import { appendAudit } from '@/utils/contact/audit';
import type { AuditEntry } from '@/utils/contact/types';
import type { Verdict } from '@/utils/content/hold-engine';
import { analyseText, conversationRule, MAX_ANALYSED_LENGTH } from '@/utils/detect/analyse';
import { compileSchoolIdentity, type SchoolIdentityMatcher } from '@/utils/detect/school-identity';
import { todayIn } from '@/utils/roster/active';
import { matchPerson, MATCH_THRESHOLD } from '@/utils/roster/match-person';
import type { RosterEntry } from '@/utils/roster/types';
import type { ResolvedSettings } from '@/utils/config/merge';
import { isWorkingTime, scheduleInput } from '@/utils/schedule';
import type { PersonInfo } from '@/utils/sites/adapter';
import type { ComposeSurface } from '@/utils/sites/compose';
import { NETWORKS } from '@/utils/sites/networks';
import { currentCustomPacks, currentSettings } from './config-cache';
import { createHold, takeHold, type StoredHold } from './holds';
import { getRosterIndex } from './roster-service';

/**
 * The compose guard's decisions, in the background: the text analysis with the school's roster and
 * names, the rules of the school's pack it engages, the person a message goes to, photos attached.
 * A post that engages a warn or block rule is held (./holds) behind the compose frame; anything else
 * (nothing found, or only rules that inform) goes out at once.
 */

export interface ComposeRequest {
  network: string;
  surface: ComposeSurface;
  action: string;
  text: string;
  partner?: PersonInfo | null;
  photos: number;
}

/** The school's names compiled once per settings object (settings are cached and replaced as a whole). */
let school: { settings: ResolvedSettings['settings']; matcher: SchoolIdentityMatcher } | null = null;
function schoolMatcher(settings: ResolvedSettings['settings']): SchoolIdentityMatcher {
  if (school?.settings !== settings) school = { settings, matcher: compileSchoolIdentity(settings) };
  return school.matcher;
}

const STRENGTH = { block: 3, warn: 2, inform: 1 } as const;

function describe(entry: RosterEntry, role: MatchRole): string {
  const shown = entry.preferredName && entry.preferredName !== entry.firstName ? `${entry.firstName} (${entry.preferredName})` : entry.firstName;
  const roleText = { pupil: 'a pupil', former_pupil: 'a former pupil', parent: 'a parent or carer', staff: 'a member of staff', likely_pupil: 'possibly a pupil' }[role];
  return `${shown} ${entry.lastName}, ${roleText}${role === 'pupil' && entry.yearGroup ? ` in ${entry.yearGroup}` : ''}`;
}

/** Decides a post, comment or message at the moment it is sent: allow, or a hold the frame shows. */
export async function checkCompose(tabId: number, request: ComposeRequest, now = new Date()): Promise<Verdict> {
  const judged = await judge(request, now);
  if (!judged) return { verdict: 'allow' };
  const holdId = await createHold(tabId, 'compose', (id) => ({ view: { ...judged.view, holdId: id }, meta: judged.meta }));
  return { verdict: 'hold', holdId };
}

/**
 * Whether a text would go out unheld, asked while the person types: the answer is only yes or no, and
 * nothing is held or logged. A text found clean here goes out later without being stopped at all.
 */
export async function previewCompose(tabId: number, request: ComposeRequest, now = new Date()): Promise<{ clean: boolean }> {
  const judged = await judge(request, now);
  const hints = ((await browser.storage.session.get(HINTS_KEY))[HINTS_KEY] as Record<string, ComposeHint> | undefined) ?? {};
  if (judged) hints[tabId] = { kinds: [...new Set(judged.view.findings.flatMap((f) => f.what))], titles: judged.view.findings.map((f) => f.title), surface: request.surface };
  else delete hints[tabId];
  await browser.storage.session.set({ [HINTS_KEY]: hints });
  return { clean: judged === null };
}

const HINTS_KEY = 'composeHints';

/** What the hint beside a tab's editor shows: the last text read there while typing. Frame only. */
export async function composeHint(tabId: number): Promise<ComposeHint | null> {
  return ((await browser.storage.session.get(HINTS_KEY))[HINTS_KEY] as Record<string, ComposeHint> | undefined)?.[tabId] ?? null;
}

/** The hold a text would need, or null when it may go out (nothing found, or only rules that inform). */
async function judge(request: ComposeRequest, now: Date): Promise<{ view: Omit<ComposeHoldView, 'holdId'>; meta: ComposeMeta } | null> {
  const [{ settings }, index, custom] = await Promise.all([currentSettings(), getRosterIndex(), currentCustomPacks()]);
  const { pack } = choosePack(settings.policyPack, custom);
  const today = todayIn(settings.workingHours.timeZone, now);
  const workingTime = isWorkingTime(scheduleInput(settings), now.getTime());

  let partnerRole: MatchRole | null = null;
  let to: string | null = null;
  // Whom a message goes to, or whom a recommendation is for, as the roster knows them.
  if ((request.surface === 'message' || request.action === 'recommendation') && request.partner && index) {
    const verdict = matchPerson(index, request.partner, today);
    const best = verdict.matches[0];
    if (best && best.confidence >= MATCH_THRESHOLD) {
      partnerRole = best.role;
      to = describe(index.entry(best.entryId), best.role);
    } else if (verdict.likelyPupil) {
      partnerRole = 'likely_pupil';
      to = `${request.partner.name ?? request.partner.handle ?? 'This person'}, possibly a pupil (“${verdict.likelyPupil}”)`;
    }
  }

  const context = { roster: index, school: schoolMatcher(settings), today, pack, surface: request.surface, network: request.network, partnerRole, workingTime };
  const found = request.text.trim() ? analyseText(request.text, context) : [];
  const engaged = new Map<string, { rule: Rule; kinds: Set<FindingKind>; words: Set<string> }>();
  const engage = (rule: Rule | null, kind: FindingKind | null, words?: string) => {
    if (!rule || rule.severity === 'inform') return;
    const entry = engaged.get(rule.id) ?? { rule, kinds: new Set<FindingKind>(), words: new Set<string>() };
    if (kind) entry.kinds.add(kind);
    if (words) entry.words.add(words.length > 80 ? `${words.slice(0, 79)}…` : words);
    engaged.set(rule.id, entry);
  };
  for (const f of found) {
    const rule = f.rule ? pack.rules.find((r) => r.id === f.rule!.id) ?? null : null;
    engage(rule, f.kind, f.what === 'model' ? undefined : f.text);
  }
  if (request.photos > 0) {
    const present = new Set<FindingKind>([...found.map((f) => f.kind), 'photo']);
    engage(composeRule(pack, { kind: 'photo', namedRole: null, present, surface: request.surface, partnerRole, workingTime }), 'photo');
  }
  const conversation = conversationRule({ pack, surface: request.surface, partnerRole, workingTime });
  if (conversation) engage(pack.rules.find((r) => r.id === conversation.id) ?? null, null);
  // A recommendation is a reference: some schools forbid them whoever they are for (Alderley).
  if (request.action === 'recommendation') engage(contactRule(pack, { role: partnerRole, action: 'recommend', workingTime }), null);
  const partlyChecked = request.text.length > MAX_ANALYSED_LENGTH;
  if (engaged.size === 0 && !partlyChecked) return null;

  const rules = [...engaged.values()].sort((a, b) => STRENGTH[b.rule.severity] - STRENGTH[a.rule.severity]);
  const findings: ComposeHoldFinding[] = rules.map(({ rule, kinds, words }) => ({
    ruleId: rule.id,
    title: rule.title,
    summary: rule.summary,
    severity: rule.severity,
    citations: shownCitations(pack, rule, BUILT_IN_PACKS),
    what: [...kinds],
    words: [...words],
  }));
  const networkName = NETWORKS.find((n) => n.id === request.network)?.name ?? request.network;
  const meta: ComposeMeta = { network: request.network, surface: request.surface, packId: pack.id, ruleId: rules[0]?.rule.id ?? 'partly-checked', kinds: [...new Set(found.map((f) => f.kind).concat(request.photos > 0 ? ['photo'] : []))] };
  return {
    view: {
      kind: 'compose',
      network: networkName,
      surface: request.surface,
      action: request.action,
      to,
      findings,
      reasonRequired: rules.some((r) => r.rule.severity === 'block'),
      partlyChecked,
      dslName: settings.dsl.name,
    },
    meta,
  };
}

/**
 * Applies the staff member's choice: "Edit" keeps the post in its box, unsent; "Post anyway" sends it,
 * with a reason where a rule blocks. Either way the choice is written to the local log (never the text).
 */
export async function resolveComposeHold(tabId: number, holdId: string, choice: ComposeChoice, reason?: string): Promise<{ proceed: boolean }> {
  const trimmed = reason?.trim() ?? '';
  const hold = (await takeHold(tabId, holdId, 'compose', ({ view }) => {
    if (choice === 'post' && (view as ComposeHoldView).reasonRequired && trimmed.length < 3) throw new Error('Please say why this should go out anyway.');
  })) as StoredHold<'compose', ComposeHoldView, ComposeMeta>;
  await appendAudit({
    time: Date.now(),
    network: hold.meta.network,
    action: hold.meta.surface,
    role: 'none',
    ruleId: hold.meta.ruleId,
    packId: hold.meta.packId,
    decision: choice === 'post' ? 'proceeded' : 'cancelled',
    kinds: hold.meta.kinds,
    ...(trimmed ? { reason: trimmed } : {}),
  });
  return { proceed: choice === 'post' };
}

/**
 * Writes to the log that the person went ahead when Chalkline could not check in time (only the network
 * and the kind of action: nothing was checked, so there is no rule or finding to name).
 */
export async function logUnchecked(network: string, action: AuditEntry['action'], now = Date.now()): Promise<{ logged: boolean }> {
  const { settings } = await currentSettings();
  await appendAudit({ time: now, network, action, role: 'none', ruleId: 'unchecked', packId: settings.policyPack, decision: 'unchecked' });
  return { logged: true };
}
