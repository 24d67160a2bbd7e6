import { describe, expect, it } from 'vitest';
import { hoursAuditEntry, showsHoursBanner } from '@/utils/hours/warn';
import type { ScheduleStatus } from '@/utils/schedule/status';
import type { HoursView } from '@/utils/schedule/view';

const AT = Date.parse('2026-11-23T10:00:00Z');

function view(status: Partial<ScheduleStatus> = {}, rule: HoursView['rule'] = { id: 'no-personal-use-in-working-hours', packId: 'secondary-school', title: 'T', summary: 'S', citations: [] }): HoursView {
  return {
    status: {
      at: AT,
      restricted: true,
      reason: 'working-hours',
      phase: 'working',
      enforcement: 'warn',
      until: AT + 3_600_000,
      next: 'end-of-day',
      nextBreak: null,
      periodId: 'hours:1',
      dayOff: null,
      ...status,
    },
    timeZone: 'Europe/London',
    schoolName: 'Oak Hill School',
    rule,
  };
}

describe('whether a page shows the working-hours banner', () => {
  const OFFICIAL = ['https://x.com/OakHillSchool*'];

  it('shows on a guarded page in working time, in warn mode', () => {
    for (const url of ['https://x.com/home', 'https://www.facebook.com/', 'https://web.whatsapp.com/', 'https://www.messenger.com/t/1']) {
      expect(showsHoursBanner(view(), url, OFFICIAL, undefined), url).toBe(true);
    }
  });

  it('does not show outside working time, in a break, or in block mode (the blocked page does that)', () => {
    expect(showsHoursBanner(view({ restricted: false, enforcement: null, phase: 'break', periodId: null }), 'https://x.com/home', [], undefined)).toBe(false);
    expect(showsHoursBanner(view({ restricted: false, enforcement: null, phase: 'outside', periodId: null }), 'https://x.com/home', [], undefined)).toBe(false);
    expect(showsHoursBanner(view({ enforcement: 'block' }), 'https://x.com/home', [], undefined)).toBe(false);
  });

  it('shows on a school computer in warn mode', () => {
    expect(showsHoursBanner(view({ reason: 'school-device', phase: 'school-device', periodId: 'device', until: null }), 'https://x.com/home', [], undefined)).toBe(true);
  });

  it('never shows on an official school account', () => {
    expect(showsHoursBanner(view(), 'https://x.com/OakHillSchool', OFFICIAL, undefined)).toBe(false);
    expect(showsHoursBanner(view(), 'https://x.com/oakhillschool/status/1', OFFICIAL, undefined)).toBe(false);
    expect(showsHoursBanner(view(), 'https://x.com/OakHill', OFFICIAL, undefined)).toBe(true);
  });

  it('never shows on a page Chalkline does not guard, or with no address', () => {
    expect(showsHoursBanner(view(), 'https://example.com/', [], undefined)).toBe(false);
    expect(showsHoursBanner(view(), 'http://x.com/', [], undefined)).toBe(false);
    expect(showsHoursBanner(view(), undefined, [], undefined)).toBe(false);
  });

  it('is not shown again to a tab that gave a reason in this period, but is in the next', () => {
    expect(showsHoursBanner(view(), 'https://x.com/home', [], 'hours:1')).toBe(false);
    expect(showsHoursBanner(view({ periodId: 'hours:2' }), 'https://x.com/home', [], 'hours:1')).toBe(true);
  });
});

describe('the log line for going on in working hours', () => {
  it('records the pack’s hours rule and the policy exception the reason stands for', () => {
    expect(hoursAuditEntry(view(), 'x', { reason: 'school-business' }, 'model', AT)).toEqual({
      time: AT,
      network: 'x',
      action: 'use-in-working-hours',
      role: 'none',
      ruleId: 'no-personal-use-in-working-hours',
      packId: 'secondary-school',
      decision: 'proceeded',
      exception: 'school-business',
    });
    expect(hoursAuditEntry(view(), 'facebook', { reason: 'official-account', note: '  posting the fair photos  ' }, 'model', AT)).toMatchObject({
      exception: 'official-account',
      reason: 'posting the fair photos',
    });
  });

  it('keeps only the note for "something else", and refuses it without one', () => {
    const entry = hoursAuditEntry(view(), 'tiktok', { reason: 'other', note: 'checking a report about a pupil' }, 'model', AT);
    expect(entry).toMatchObject({ reason: 'checking a report about a pupil' });
    expect(entry).not.toHaveProperty('exception');
    expect(() => hoursAuditEntry(view(), 'tiktok', { reason: 'other' }, 'model', AT)).toThrow('Please say what the reason is.');
    expect(() => hoursAuditEntry(view(), 'tiktok', { reason: 'other', note: '   ' }, 'model', AT)).toThrow(/reason/);
  });

  it('names the settings’ pack and a generic rule when the pack has no hours rule', () => {
    expect(hoursAuditEntry(view({}, null), 'x', { reason: 'school-business' }, 'valence-primary-2016', AT)).toMatchObject({ ruleId: 'working-hours', packId: 'valence-primary-2016' });
  });
});
