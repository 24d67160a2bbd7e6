import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '@/utils/base64';
import { EVIDENCE_LABELS_EN_GB, escapeHtml, evidenceHtml, INDECENT_IMAGE_GUIDANCE } from '@/utils/report/evidence-html';
import { sha256Hex } from '@/utils/report/hash';
import { makeRecord, PNG, SUMMER } from './make-record';

const BASE64 = bytesToBase64(PNG);
const unescape = (html: string) => html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('escapeHtml', () => {
  it('escapes every character that could open a tag or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });
});

describe('evidence page', () => {
  it('escapes page and user text, and has no script at all', async () => {
    const record = await makeRecord({ title: '<script>alert(1)</script>', staffName: '<img src=x onerror=alert(1)>', url: 'https://e.com/"><script>' });
    const html = evidenceHtml(record, [{ at: SUMMER + 60_000, text: '</li><SCRIPT>steal()</SCRIPT>' }], [], BASE64);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('&#60;SCRIPT&#62;steal()');
    expect(html).toContain("default-src 'none'");
  });

  it('shows the screenshot as a data: image only when one is given', async () => {
    const record = await makeRecord();
    const withImage = evidenceHtml(record, [], [], BASE64);
    expect(withImage).toContain(`<img src="data:image/png;base64,${BASE64}"`);
    expect(withImage).toContain('sha256sum screenshot.png');
    expect(withImage).toContain('certutil -hashfile screenshot.png SHA256');
    expect(withImage).toContain('shasum -a 256 screenshot.png');
    const without = evidenceHtml(record, [], [], null);
    expect(without).not.toContain('data:image');
    expect(without).toContain(EVIDENCE_LABELS_EN_GB.screenshotNotIncluded);
    expect(evidenceHtml(await makeRecord({ screenshotPng: null }), [], [], BASE64)).not.toContain('data:image');
  });

  it('refuses screenshot text that is not plain base64', async () => {
    const html = evidenceHtml(await makeRecord(), [], [], 'AAAA" onerror="alert(1)');
    expect(html).not.toContain('data:image');
    expect(html).not.toContain('onerror');
  });

  it('shows the guidance instead of a picture for a nude or sexual image of a child', async () => {
    const html = evidenceHtml(await makeRecord({ category: 'indecent-image' }), [], [], BASE64);
    expect(html).toContain(escapeHtml(INDECENT_IMAGE_GUIDANCE));
    expect(html).not.toContain('data:image');
    const later = evidenceHtml(await makeRecord(), [], [{ at: SUMMER + 1, category: 'indecent-image' }], BASE64);
    expect(later).not.toContain('data:image');
    expect(later).toContain(escapeHtml(INDECENT_IMAGE_GUIDANCE));
  });

  it('lists every field, notes and changes with their times, and both hashes', async () => {
    const record = await makeRecord();
    const html = evidenceHtml(record, [{ at: SUMMER + 60_000, text: 'Told the head.' }], [{ at: SUMMER + 120_000, category: 'staff-abuse' }], BASE64);
    for (const part of [record.reference, record.id, record.url, record.localTime, '2026-07-01T09:42:07.000Z', 'Hillside Academy', 'hello sir', 'The Chalkline button', record.recordSha256, record.screenshot!.sha256]) {
      expect(html).toContain(escapeHtml(part));
    }
    expect(html).toContain('2026-07-01T10:43:07+01:00</strong>: Told the head.');
    expect(html).toContain('2026-07-01T10:44:07+01:00</strong>: Abuse or bullying of staff');
    expect(html).toContain('<html lang="en-GB">');
  });

  it('shows the canonical JSON whose SHA-256 is the record hash', async () => {
    const record = await makeRecord({ title: 'Quotes " and <tags> & more' });
    const html = evidenceHtml(record, [], [], null);
    const json = unescape(/<pre>([^<]*)<\/pre>/.exec(html)![1]!);
    expect(await sha256Hex(json)).toBe(record.recordSha256);
  });
});
