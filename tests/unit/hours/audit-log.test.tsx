// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditLog, hoursUseText } from '@/components/options/AuditLog';
import { auditToCsv } from '@/utils/contact/audit';
import type { AuditEntry } from '@/utils/contact/types';

vi.mock('@/utils/i18n', async () => ({ t: (await import('../support/messages')).britishEnglish }));

afterEach(() => render(null, document.body));

const TIME = Date.parse('2026-11-23T09:15:00Z');
const hours = (extra: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  time: TIME,
  network: 'x',
  action: 'use-in-working-hours',
  role: 'none',
  ruleId: 'no-personal-use-in-working-hours',
  packId: 'secondary-school',
  decision: 'proceeded',
  ...extra,
});

describe('working-hours lines in "Your log"', () => {
  it('say what happened in plain words', () => {
    expect(hoursUseText(hours({ exception: 'school-business' }))).toBe('Used X (Twitter) in working hours — reason: school business');
    expect(hoursUseText(hours({ network: 'whatsapp', exception: 'official-account' }))).toBe('Used WhatsApp Web in working hours — reason: our official school account');
    expect(hoursUseText(hours({ network: 'facebook', reason: 'checking a safeguarding report' }))).toBe('Used Facebook in working hours — reason: “checking a safeguarding report”');
    expect(hoursUseText(hours({ exception: 'school-business', reason: 'PTA post' }))).toBe('Used X (Twitter) in working hours — reason: school business (“PTA post”)');
  });

  it('sit in the table beside contact decisions', () => {
    const contact: AuditEntry = { id: 2, time: TIME, network: 'x', action: 'follow', role: 'pupil', ruleId: 'r', packId: 'model', decision: 'cancelled' };
    act(() => render(<AuditLog entries={[hours({ exception: 'school-business' }), contact]} onExport={() => {}} onClear={async () => {}} />, document.body));
    const rows = [...document.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(rows[0]!.slice(1)).toEqual(['Used X (Twitter) in working hours — reason: school business. Your choice: Went ahead.']);
    expect(rows[1]!.slice(1)).toEqual(['You cancelled a follow of a pupil on X (Twitter).']);
  });

  it('export to CSV with their action, exception and note', () => {
    const csv = auditToCsv([hours({ exception: 'official-account', reason: 'fair, "photos"' })]);
    expect(csv.split('\r\n')[1]).toBe('2026-11-23T09:15:00.000Z,x,use-in-working-hours,none,no-personal-use-in-working-hours,secondary-school,proceeded,official-account,"fair, ""photos"""');
  });
});
