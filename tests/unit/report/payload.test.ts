import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '@/utils/base64';
import { MAILTO_MAX_LENGTH, mailtoUrl, teamsPayload, webhookPayload } from '@/utils/report/payload';
import type { CategoryChange, ReportNote } from '@/utils/report/types';
import { makeRecord, PNG, SUMMER } from './make-record';

const BASE64 = bytesToBase64(PNG);
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
/** The longest, most escape-heavy page text a record can hold. */
const hostile = { url: `https://e.com/${'"\\\u0001'.repeat(700)}`, title: '😀"'.repeat(200), selectedText: '\u0002"'.repeat(1500), staffName: '"'.repeat(300), schoolName: '\\'.repeat(300), network: '"'.repeat(100) };

describe('webhook payload', () => {
  it('carries the record, the additions and the screenshot with its hash', async () => {
    const record = await makeRecord();
    const notes: ReportNote[] = [{ at: SUMMER + 1000, text: 'Spoke to the pupil.' }];
    const payload = webhookPayload(record, notes, [], BASE64);
    expect(payload).toEqual({
      type: 'chalkline.report',
      version: 1,
      revision: 1,
      record,
      notes,
      categoryChanges: [],
      screenshot: { mime: 'image/png', base64: BASE64, sha256: record.screenshot!.sha256 },
    });
  });

  it('never carries a picture for a nude or sexual image of a child, even after a later change', async () => {
    expect(webhookPayload(await makeRecord({ category: 'indecent-image' }), [], [], BASE64).screenshot).toBeNull();
    const changes: CategoryChange[] = [{ at: SUMMER + 5, category: 'indecent-image' }, { at: SUMMER + 9, category: 'other' }];
    const payload = webhookPayload(await makeRecord(), [], changes, BASE64);
    expect(payload.screenshot).toBeNull();
    expect(JSON.stringify(payload)).not.toContain(BASE64);
  });

  it('has no screenshot when none was taken or none is given', async () => {
    expect(webhookPayload(await makeRecord({ screenshotPng: null }), [], [], BASE64).screenshot).toBeNull();
    expect(webhookPayload(await makeRecord(), [], [], null).screenshot).toBeNull();
  });
});

describe('Teams message', () => {
  it('is an Adaptive Card with the reference, category, time and hashes', async () => {
    const record = await makeRecord();
    const message = teamsPayload(record, [], []);
    expect(message.type).toBe('message');
    expect(message.attachments).toHaveLength(1);
    const card = message.attachments[0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content).toMatchObject({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4' });
    const text = JSON.stringify(card);
    for (const part of [record.reference, 'Contact from a pupil', record.localTime, record.url, 'Sam Teacher', record.recordSha256, record.screenshot!.sha256]) {
      expect(text).toContain(part);
    }
  });

  it('stays under 28 KB with 50,000-character notes and the most hostile page text, saying it was cut', async () => {
    const record = await makeRecord(hostile);
    const notes: ReportNote[] = [{ at: SUMMER, text: 'é"'.repeat(25_000) }, ...Array.from({ length: 500 }, (_, i) => ({ at: SUMMER + i, text: `note ${i}` }))];
    const changes: CategoryChange[] = Array.from({ length: 300 }, (_, i) => ({ at: SUMMER + i, category: 'staff-abuse' as const }));
    const message = teamsPayload(record, notes, changes);
    expect(bytes(message)).toBeLessThan(28_000);
    expect(JSON.stringify(message)).toContain('(cut short)');
    // Only as much is cut as needs to be: the card is still mostly full.
    expect(bytes(message)).toBeGreaterThan(20_000);
  });

  it('never holds an image', async () => {
    const text = JSON.stringify(teamsPayload(await makeRecord(), [{ at: SUMMER, text: 'x'.repeat(50_000) }], []));
    expect(text).not.toContain('data:image');
    expect(text).not.toContain('"Image"');
    expect(text).not.toContain(BASE64);
  });

  it('puts page text only in TextRuns, which Teams never reads as Markdown', async () => {
    const record = await makeRecord({ title: '[Click me](https://evil.example)' });
    const body = teamsPayload(record, [], []).attachments[0]!.content.body;
    const holders = body.filter((block) => JSON.stringify(block).includes('evil.example'));
    expect(holders.map((b) => b.type)).toEqual(['RichTextBlock']);
  });

  it('shows the guidance for a nude or sexual image of a child', async () => {
    expect(JSON.stringify(teamsPayload(await makeRecord({ category: 'indecent-image' }), [], []))).toContain('Never view, copy, print');
  });
});

describe('mailto link', () => {
  it('addresses the DSL with a subject naming the reference and a short body', async () => {
    const record = await makeRecord();
    const url = mailtoUrl('dsl@school.sch.uk', record);
    expect(url.startsWith(`mailto:dsl@school.sch.uk?subject=${encodeURIComponent(`Chalkline report ${record.reference}`)}&body=`)).toBe(true);
    const body = decodeURIComponent(url.split('&body=')[1]!);
    for (const part of ['Sam Teacher reported: Contact from a pupil', record.reference, record.recordSha256, record.screenshot!.sha256, 'The evidence file is attached.']) {
      expect(body).toContain(part);
    }
    expect(body).toContain('\r\n');
    expect(url.length).toBeLessThan(MAILTO_MAX_LENGTH);
  });

  it('stays under 1,800 characters with the longest page text, saying it was cut', async () => {
    const url = mailtoUrl('dsl@school.sch.uk', await makeRecord({ ...hostile, title: '學校'.repeat(150) }));
    expect(url.length).toBeLessThan(1800);
    expect(decodeURIComponent(url.split('&body=')[1]!)).toContain('(cut short)');
  });

  it('uses the category now, and the guidance once the report is filed as an indecent image', async () => {
    const record = await makeRecord();
    const body = decodeURIComponent(mailtoUrl('dsl@school.sch.uk', record, [{ at: SUMMER + 1, category: 'indecent-image' }]).split('&body=')[1]!);
    expect(body).toContain('A nude or sexual image of a child');
    expect(body).toContain('Tell the DSL straight away');
  });

  it('cannot be led off the address by odd characters', async () => {
    const url = mailtoUrl('a?b=c&d@school.sch.uk', await makeRecord());
    expect(url.startsWith('mailto:a%3Fb%3Dc%26d@school.sch.uk?subject=')).toBe(true);
  });
});
