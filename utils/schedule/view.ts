import { BUILT_IN_PACKS, choosePack } from '@/rules';
import type { Pack } from '@/rules/schema';
import { hoursRule, shownCitations, type ShownCitation } from '@/rules/select';
import type { Settings } from '@/utils/config/schema';
import type { ScheduleStatus } from './status';

/**
 * Everything a page shows about working hours: the blocked page, the warn banner and the popup all
 * read this one shape from the background (message `hoursStatus`), so they never disagree.
 */
export interface HoursView {
  status: ScheduleStatus;
  /** For showing times as the school's clocks read them. */
  timeZone: string;
  schoolName: string;
  /** The pack's rule for pausing personal use, with its quotes; null when the pack has none. */
  rule: { id: string; packId: string; title: string; summary: string; citations: ShownCitation[] } | null;
}

/** Builds the view from the settings in force and the status just worked out. Pure. */
export function buildHoursView(
  settings: Pick<Settings, 'policyPack' | 'schoolName' | 'workingHours'>,
  customPacks: readonly Pack[],
  status: ScheduleStatus,
): HoursView {
  const { pack } = choosePack(settings.policyPack, customPacks);
  const rule = hoursRule(pack, status.reason ?? 'working-hours');
  return {
    status,
    timeZone: settings.workingHours.timeZone,
    schoolName: settings.schoolName,
    rule: rule && { id: rule.id, packId: pack.id, title: rule.title, summary: rule.summary, citations: shownCitations(pack, rule, BUILT_IN_PACKS) },
  };
}
