import { describe, expect, it, vi } from 'vitest';
import { stripTitle } from '@/utils/hours/strip';
import type { HoursView } from '@/utils/schedule/view';

vi.mock('@/utils/i18n', async () => ({ t: (await import('../support/messages')).britishEnglish }));

// 09:00 in London (BST); working time until 12:00 there.
const NOW = Date.parse('2026-06-15T08:00:00Z');
const view = (extra: Partial<HoursView> = {}, until: number | null = Date.parse('2026-06-15T11:00:00Z'), reason = 'working-hours'): HoursView =>
  ({ status: { at: NOW, restricted: true, reason, until }, timeZone: 'Europe/London', schoolName: 'Oak Hill School', rule: null, ...extra }) as unknown as HoursView;

describe("the strip's one line", () => {
  it('names the school and the end of working time on the school clock, leaving out what it does not know', () => {
    expect(stripTitle(view(), NOW)).toBe('Working time at Oak Hill School until 12:00');
    expect(stripTitle(view({}, null), NOW)).toBe('Working time at Oak Hill School');
    expect(stripTitle(view({ schoolName: '' }), NOW)).toBe('Working time until 12:00');
    expect(stripTitle(view({ schoolName: '' }, null), NOW)).toBe('Working time');
    expect(stripTitle(null, NOW)).toBe('Working time');
  });

  it('says the day when working time ends on another one', () => {
    expect(stripTitle(view({}, Date.parse('2026-06-16T07:30:00Z')), NOW)).toBe('Working time at Oak Hill School until Tue 16 Jun, 08:30');
  });

  it('has its own line on a school computer', () => {
    expect(stripTitle(view({}, null, 'school-device'), NOW)).toBe('Personal social media is not for school computers');
  });
});
