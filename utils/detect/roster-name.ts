import type { RosterIndex } from '@/utils/roster/roster-index';
import { scanText, type TextMatch } from '@/utils/roster/scan-text';
import { MATCH_THRESHOLD } from '@/utils/roster/match-person';
import type { RosterRole } from '@/utils/roster/types';
import type { Finding } from './types';

/** Naming a colleague is ordinary; naming a pupil, a young former pupil or a parent is what the policies forbid. */
const FLAGGED: ReadonlySet<RosterRole> = new Set(['pupil', 'former_pupil', 'parent']);
const ROLE_WORDS: Record<RosterRole, string> = {
  pupil: 'a pupil',
  former_pupil: 'a former pupil',
  parent: 'a parent or carer',
  staff: 'a member of staff',
};

/** Roster names in a post: pupils, former pupils under 19 and parents, each with its place in the text. */
export function detectRosterNames(index: RosterIndex | null, text: string, today: string): (Finding & { match: TextMatch })[] {
  if (!index) return [];
  return scanText(index, text, today)
    .filter((m) => FLAGGED.has(m.role) && m.confidence >= MATCH_THRESHOLD)
    .map((m) => ({ kind: 'roster-name', start: m.start, end: m.end, detail: `names ${ROLE_WORDS[m.role]} on your school's roster`, match: m }));
}
