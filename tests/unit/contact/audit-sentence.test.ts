import { describe, expect, it, vi } from 'vitest';
import { auditSentence } from '@/utils/contact/audit-sentence';
import type { AuditEntry } from '@/utils/contact/types';

vi.mock('@/utils/i18n', async () => ({ t: (await import('../support/messages')).britishEnglish }));

const entry = (extra: Partial<AuditEntry>): AuditEntry => ({ time: 0, network: 'x', action: 'follow', role: 'pupil', ruleId: 'r', packId: 'model', decision: 'cancelled', ...extra });

describe('"Your log" reads as sentences', () => {
  it.each<[Partial<AuditEntry>, string]>([
    [{}, 'You cancelled a follow of a pupil on X (Twitter).'],
    [{ network: 'facebook', action: 'friend', role: 'parent', decision: 'proceeded' }, 'You went ahead with a friend request to a parent or carer on Facebook.'],
    [{ network: 'linkedin', action: 'connect', role: 'former_pupil', decision: 'exception', exception: 'relative', reason: 'my nephew' }, 'You went ahead with a connection request to a former pupil on LinkedIn, giving this reason: “my nephew”.'],
    [{ action: 'accept', decision: 'reported' }, 'You cancelled accepting a request from a pupil on X (Twitter), and made a report for the DSL.'],
    [{ network: 'instagram', action: 'post', role: 'none', decision: 'proceeded', reason: 'parents agreed' }, 'You went ahead with a post on Instagram, giving this reason: “parents agreed”.'],
    [{ network: 'whatsapp', action: 'message', role: 'none', decision: 'unchecked' }, "You went ahead with a message on WhatsApp Web without Chalkline's check: it did not answer in time."],
  ])('%o', (extra, sentence) => {
    expect(auditSentence(entry(extra))).toBe(sentence);
  });
});
