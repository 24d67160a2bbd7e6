import type { RosterIndex } from '@/utils/roster/roster-index';
import { scanText } from '@/utils/roster/scan-text';
import { MATCH_THRESHOLD } from '@/utils/roster/match-person';
import type { Finding } from './types';

/**
 * People on the school's roster named in a post: pupils, former pupils under 19, parents and staff,
 * each with their role and place in the text. A first name alone never counts (scanText needs a
 * surname or a roster handle). What naming someone means is the pack's to say, not this detector's.
 */
export function detectRosterNames(index: RosterIndex | null, text: string, today: string): Finding[] {
  if (!index) return [];
  return scanText(index, text, today)
    .filter((m) => m.confidence >= MATCH_THRESHOLD)
    .map((m) => ({
      kind: 'roster-name',
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      confidence: m.confidence,
      what: m.via,
      role: m.role,
    }));
}
