import { canonicalJson } from './canonical';
import { currentCategory, imageAllowed } from './categories';
import { localIsoTime, recordFields, withoutImage } from './hash';
import { EVIDENCE_LABELS_EN_GB, fill, type EvidenceLabels } from './labels';
import type { CategoryChange, ReportNote, ReportRecord } from './types';

/** The page's strings and the indecent-image guidance, offered here so callers of the page need one import. */
export { EVIDENCE_LABELS_EN_GB, INDECENT_IMAGE_GUIDANCE, type EvidenceLabels } from './labels';

/** Text made safe to place in HTML, in element content and in quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Plain base64 only, so the screenshot attribute can never carry anything but a picture. */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * A second wall behind the escaping: even if page text slipped through, the file may run no script,
 * load nothing from the network and show only inline pictures.
 */
const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#111;margin:2rem auto;max-width:52rem;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{width:14rem;background:#eee}td{white-space:pre-wrap;overflow-wrap:anywhere}
.hash,code,pre{font-family:ui-monospace,Consolas,monospace;font-size:13px}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f4f4;padding:.5rem;border:1px solid #ccc}
img{max-width:100%;border:1px solid #999}
.guidance{border:3px solid #a00;padding:.75rem 1rem;font-weight:bold}
ol li{white-space:pre-wrap;overflow-wrap:anywhere}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}img{max-height:24cm}}
`;

const row = (label: string, value: string, mono = false) =>
  `<tr><th scope="row">${escapeHtml(label)}</th><td${mono ? ' class="hash"' : ''}>${escapeHtml(value)}</td></tr>`;

function screenshotSection(record: ReportRecord, changes: readonly CategoryChange[], base64: string | null, labels: EvidenceLabels): string {
  const everIndecent = [record.category, ...changes.map((c) => c.category)].some(withoutImage);
  if (everIndecent) return `<p class="guidance">${escapeHtml(labels.guidance)}</p>`;
  if (!record.screenshot) return `<p>${escapeHtml(labels.noScreenshot)}</p>`;
  if (!base64 || !BASE64.test(base64) || !imageAllowed(record, changes)) return `<p>${escapeHtml(labels.screenshotNotIncluded)}</p>`;
  return `<img src="data:image/png;base64,${base64}" alt="${escapeHtml(labels.screenshotAlt)}">`;
}

function checkSection(record: ReportRecord, showsImage: boolean, labels: EvidenceLabels): string {
  const commands = (file: string) =>
    `<ul><li>Windows: <code>certutil -hashfile ${file} SHA256</code></li><li>macOS: <code>shasum -a 256 ${file}</code></li><li>Linux: <code>sha256sum ${file}</code></li></ul>`;
  return [
    `<h2>${escapeHtml(labels.checkHeading)}</h2>`,
    showsImage ? `<p>${escapeHtml(labels.checkScreenshot)}</p>${commands('screenshot.png')}` : '',
    `<p>${escapeHtml(labels.checkRecord)}</p>`,
    commands('record.json'),
    // The exact text that was hashed; the browser gives back the unescaped characters when it is copied.
    `<pre>${escapeHtml(canonicalJson(recordFields(record)))}</pre>`,
    `<p>${escapeHtml(labels.checkAdded)}</p>`,
  ].join('\n');
}

/**
 * One self-contained, printable page with everything about a report: a table of every field, the
 * screenshot (or, for a nude or sexual image of a child, the guidance instead), category changes,
 * notes with their times, both hashes and how to check them. All page and user text is escaped and
 * the page has no script, so opening the file is safe whatever the reported page contained.
 */
export function evidenceHtml(
  record: ReportRecord,
  notes: readonly ReportNote[],
  categoryChanges: readonly CategoryChange[],
  screenshotBase64: string | null,
  labels: EvidenceLabels = EVIDENCE_LABELS_EN_GB,
): string {
  const time = (at: number) => localIsoTime(at, record.timeZone);
  const heading = fill(labels.heading, { reference: record.reference });
  const screenshot = screenshotSection(record, categoryChanges, screenshotBase64, labels);
  const rows = [
    row(labels.reference, record.reference),
    row(labels.id, record.id, true),
    row(labels.category, labels.categories[record.category]),
    row(labels.currentCategory, labels.categories[currentCategory(record, categoryChanges)]),
    row(labels.localTime, `${record.localTime} (${record.timeZone})`),
    row(labels.utcTime, new Date(record.createdAt).toISOString()),
    row(labels.title, record.title),
    row(labels.url, record.url),
    row(labels.network, record.network ?? labels.unknownNetwork),
    row(labels.staffName, record.staffName),
    row(labels.schoolName, record.schoolName),
    row(labels.source, labels.sources[record.source]),
    row(labels.selectedText, record.selectedText ?? labels.none),
    row(labels.screenshot, record.screenshot ? fill(labels.screenshotSize, { bytes: record.screenshot.bytes }) : labels.none),
    row(labels.screenshotSha256, record.screenshot?.sha256 ?? labels.none, true),
    row(labels.recordSha256, record.recordSha256, true),
  ];
  const list = (items: string[]) => (items.length ? `<ol>${items.join('')}</ol>` : `<p>${escapeHtml(labels.noNotes)}</p>`);
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(heading)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(heading)}</h1>`,
    `<p>${escapeHtml(labels.intro)}</p>`,
    `<h2>${escapeHtml(labels.recordHeading)}</h2>`,
    `<table>${rows.join('\n')}</table>`,
    `<h2>${escapeHtml(labels.screenshot)}</h2>`,
    screenshot,
    `<h2>${escapeHtml(labels.changesHeading)}</h2>`,
    list(categoryChanges.map((c) => `<li><strong>${escapeHtml(time(c.at))}</strong>: ${escapeHtml(labels.categories[c.category])}</li>`)),
    `<h2>${escapeHtml(labels.notesHeading)}</h2>`,
    list(notes.map((n) => `<li><strong>${escapeHtml(time(n.at))}</strong>: ${escapeHtml(n.text)}</li>`)),
    checkSection(record, screenshot.startsWith('<img'), labels),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
