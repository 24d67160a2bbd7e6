import { currentCategory, imageAllowed } from './categories';
import { localIsoTime, sliceWhole, withoutImage } from './hash';
import { EVIDENCE_LABELS_EN_GB, fill, type EvidenceLabels } from './labels';
import type { CategoryChange, ReportNote, ReportRecord } from './types';
import { revisionOf } from './types';

/** The JSON body sent to a school's own webhook: everything, including the screenshot when one may be sent. */
export interface WebhookPayload {
  type: 'chalkline.report';
  version: 1;
  /** 0 as first made; one more for each note or category change. A receiver keeps the highest. */
  revision: number;
  record: ReportRecord;
  notes: readonly ReportNote[];
  categoryChanges: readonly CategoryChange[];
  screenshot: { mime: 'image/png'; base64: string; sha256: string } | null;
}

/** The body for the school's webhook. The screenshot is left out whenever {@link imageAllowed} says so. */
export function webhookPayload(
  record: ReportRecord,
  notes: readonly ReportNote[],
  categoryChanges: readonly CategoryChange[],
  screenshotBase64: string | null,
): WebhookPayload {
  const shot = screenshotBase64 && imageAllowed(record, categoryChanges) ? record.screenshot : null;
  return {
    type: 'chalkline.report',
    version: 1,
    revision: revisionOf({ notes, categoryChanges }),
    record,
    notes,
    categoryChanges,
    screenshot: shot && screenshotBase64 ? { mime: shot.mime, base64: screenshotBase64, sha256: shot.sha256 } : null,
  };
}

/** A Microsoft Teams Workflows message holding one Adaptive Card. */
export interface TeamsMessage {
  type: 'message';
  attachments: { contentType: 'application/vnd.microsoft.card.adaptive'; content: AdaptiveCard }[];
}

/** The parts of an Adaptive Card Chalkline writes. */
export interface AdaptiveCard {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  type: 'AdaptiveCard';
  version: '1.4';
  body: Record<string, unknown>[];
}

/** Teams refuses messages over about 28 KB; this leaves room for what Workflows wraps around the card. */
export const TEAMS_MAX_BYTES = 27 * 1024;

/** Some mail programs and browsers drop longer mailto: links, so the whole link stays under this. */
export const MAILTO_MAX_LENGTH = 1800;

/** Text cut to `limit` characters with the "(cut short)" label, so nobody mistakes a part for the whole. */
function cut(text: string, limit: number, labels: EvidenceLabels): string {
  return text.length <= limit ? text : `${sliceWhole(text, limit)}… ${labels.cutShort}`;
}

/**
 * The largest `limit` whose rendering fits, by halving: cutting every free-text field to the same
 * length trims the longest first, so a long note is cut before a URL is touched.
 */
function fitting<T>(render: (limit: number) => T, size: (value: T) => number, max: number, longest: number): T {
  const whole = render(Number.POSITIVE_INFINITY);
  if (size(whole) <= max) return whole;
  let low = 0;
  let high = longest;
  if (size(render(0)) > max) throw new Error('The report is too large to send even with every text cut short.');
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (size(render(middle)) <= max) low = middle;
    else high = middle - 1;
  }
  return render(low);
}

/** Page and user text go in TextRuns, which Adaptive Cards never read as Markdown, so a page title cannot forge a link. */
const field = (label: string, value: string) => ({
  type: 'RichTextBlock',
  inlines: [
    { type: 'TextRun', text: `${label}: `, weight: 'Bolder' },
    { type: 'TextRun', text: value },
  ],
});

/** The additions as text, made once: each note and change on its own line with its local time. */
function additions(record: ReportRecord, notes: readonly ReportNote[], changes: readonly CategoryChange[], labels: EvidenceLabels) {
  return {
    notesText: notes.map((n) => `${localIsoTime(n.at, record.timeZone)}: ${n.text}`).join('\n\n'),
    changesText: changes.map((ch) => `${localIsoTime(ch.at, record.timeZone)}: ${labels.categories[ch.category]}`).join('\n'),
  };
}

function teamsCard(
  record: ReportRecord,
  changes: readonly CategoryChange[],
  { notesText, changesText }: ReturnType<typeof additions>,
  labels: EvidenceLabels,
  limit: number,
  revision: number,
): TeamsMessage {
  const c = (text: string) => cut(text, limit, labels);
  const category = labels.categories[currentCategory(record, changes)];
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: fill(labels.heading, { reference: record.reference }), size: 'Large', weight: 'Bolder', wrap: true },
    ...(revision ? [{ type: 'TextBlock', text: fill(labels.updated, { reference: record.reference }), wrap: true }] : []),
    { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: fill(labels.summary, { staff: c(record.staffName), category }) }] },
    {
      type: 'FactSet',
      facts: [
        { title: labels.reference, value: record.reference },
        { title: labels.currentCategory, value: category },
        { title: labels.recordSha256, value: record.recordSha256 },
        { title: labels.screenshotSha256, value: record.screenshot?.sha256 ?? labels.none },
      ],
    },
    field(labels.localTime, `${record.localTime} (${record.timeZone})`),
    field(labels.network, c(record.network ?? labels.unknownNetwork)),
    field(labels.title, c(record.title)),
    field(labels.url, c(record.url)),
    field(labels.staffName, c(record.staffName)),
    field(labels.schoolName, c(record.schoolName)),
    field(labels.source, labels.sources[record.source]),
  ];
  if (record.selectedText) body.push(field(labels.selectedText, c(record.selectedText)));
  if (changes.length) body.push(field(labels.changesHeading, c(changesText)));
  body.push(field(labels.notesHeading, notesText ? c(notesText) : labels.noNotes));
  if ([record.category, ...changes.map((ch) => ch.category)].some(withoutImage)) {
    body.push({ type: 'TextBlock', text: labels.guidance, color: 'Attention', weight: 'Bolder', wrap: true });
  }
  const content: AdaptiveCard = { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', body };
  return { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }] };
}

/**
 * A Teams Workflows message for the report. It never carries the screenshot (a Teams channel is no
 * place for evidence about a child), and is cut to fit {@link TEAMS_MAX_BYTES} when notes are long.
 */
export function teamsPayload(
  record: ReportRecord,
  notes: readonly ReportNote[],
  categoryChanges: readonly CategoryChange[],
  labels: EvidenceLabels = EVIDENCE_LABELS_EN_GB,
): TeamsMessage {
  const texts = additions(record, notes, categoryChanges, labels);
  const free = [record.url, record.title, record.staffName, record.schoolName, record.network ?? '', record.selectedText ?? ''];
  const longest = Math.max(texts.notesText.length, texts.changesText.length, ...free.map((t) => t.length));
  const encoder = new TextEncoder();
  return fitting(
    (limit) => teamsCard(record, categoryChanges, texts, labels, limit, revisionOf({ notes, categoryChanges })),
    (message) => encoder.encode(JSON.stringify(message)).length,
    TEAMS_MAX_BYTES,
    longest,
  );
}

/** Keeps "@" readable in the address; everything else that could end the address early is encoded. */
const encodeAddress = (email: string) => encodeURIComponent(email.trim()).replace(/%40/g, '@');

/**
 * A mailto: link that opens an e-mail to the DSL with the summary, reference and hashes; the staff
 * member attaches the evidence file. Notes are left out: they live in the evidence file, and a link
 * has room for little. The link is cut to stay under {@link MAILTO_MAX_LENGTH} characters.
 */
export function mailtoUrl(
  dslEmail: string,
  record: ReportRecord,
  categoryChanges: readonly CategoryChange[] = [],
  labels: EvidenceLabels = EVIDENCE_LABELS_EN_GB,
): string {
  const category = labels.categories[currentCategory(record, categoryChanges)];
  const subject = encodeURIComponent(fill(labels.emailSubject, { reference: record.reference }));
  const render = (limit: number) => {
    const c = (text: string) => cut(text, limit, labels);
    const lines = [
      fill(labels.summary, { staff: c(record.staffName), category }),
      '',
      `${labels.reference}: ${record.reference}`,
      `${labels.localTime}: ${record.localTime} (${record.timeZone})`,
      `${labels.network}: ${c(record.network ?? labels.unknownNetwork)}`,
      `${labels.title}: ${c(record.title)}`,
      `${labels.url}: ${c(record.url)}`,
      `${labels.recordSha256}: ${record.recordSha256}`,
      `${labels.screenshotSha256}: ${record.screenshot?.sha256 ?? labels.none}`,
      ...([record.category, ...categoryChanges.map((ch) => ch.category)].some(withoutImage) ? ['', labels.guidance] : []),
      '',
      labels.emailAttached,
    ];
    // RFC 6068 asks for CRLF line breaks in a mailto: body.
    return `mailto:${encodeAddress(dslEmail)}?subject=${subject}&body=${encodeURIComponent(lines.join('\r\n'))}`;
  };
  const longest = Math.max(record.staffName.length, record.title.length, record.url.length, (record.network ?? '').length);
  return fitting(render, (url) => url.length, MAILTO_MAX_LENGTH - 1, longest);
}
