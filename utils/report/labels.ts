import { CATEGORY_LABELS_EN_GB, type CategoryLabels } from './categories';
import type { ReportSource } from './types';

/**
 * What staff are told instead of seeing a picture, for a nude or sexual image of a child. It follows
 * UKCIS "Sharing nudes and semi-nudes" (2024): staff must never view, copy, store or share such
 * imagery, and pass the matter straight to the DSL.
 */
export const INDECENT_IMAGE_GUIDANCE =
  'No screenshot was taken. Never view, copy, print, share, save or store a nude or sexual image of a child, even to report it. Tell the DSL straight away; they will take it from here.';

/**
 * Every visible string of the evidence page, the Teams card and the e-mail, in one plain object so
 * it can move into _locales/en_GB as it stands. `{name}` marks a value filled in by {@link fill}.
 */
export interface EvidenceLabels {
  heading: string;
  updated: string;
  intro: string;
  recordHeading: string;
  reference: string;
  id: string;
  category: string;
  currentCategory: string;
  localTime: string;
  utcTime: string;
  title: string;
  url: string;
  network: string;
  unknownNetwork: string;
  staffName: string;
  schoolName: string;
  selectedText: string;
  source: string;
  sources: Record<ReportSource, string>;
  screenshot: string;
  screenshotSize: string;
  screenshotSha256: string;
  recordSha256: string;
  none: string;
  screenshotAlt: string;
  noScreenshot: string;
  screenshotNotIncluded: string;
  changesHeading: string;
  notesHeading: string;
  noNotes: string;
  checkHeading: string;
  checkScreenshot: string;
  checkRecord: string;
  checkAdded: string;
  summary: string;
  cutShort: string;
  emailSubject: string;
  emailAttached: string;
  guidance: string;
  categories: CategoryLabels;
}

/** The British English strings. */
export const EVIDENCE_LABELS_EN_GB: EvidenceLabels = {
  heading: 'Chalkline report {reference}',
  updated: 'Update: this replaces the earlier message about {reference}. It adds what was noted or changed after that was sent.',
  intro:
    'Keep this file. It is the record of a report made to the Designated Safeguarding Lead with Chalkline. The record was fixed when it was made; notes and category changes added later are listed with their own times.',
  recordHeading: 'The record',
  reference: 'Reference',
  id: 'Record ID',
  category: 'Category when reported',
  currentCategory: 'Category now',
  localTime: 'Time reported',
  utcTime: 'Time reported (UTC)',
  title: 'Page title',
  url: 'Page address',
  network: 'Network',
  unknownNetwork: 'Not a network Chalkline knows',
  staffName: 'Reported by',
  schoolName: 'School',
  selectedText: 'Selected text',
  source: 'Reported from',
  sources: {
    popup: 'The Chalkline button',
    'context-menu': 'The right-click menu',
    shortcut: 'The keyboard shortcut',
    interstitial: 'A Chalkline warning',
  },
  screenshot: 'Screenshot',
  screenshotSize: '{bytes} bytes, PNG',
  screenshotSha256: 'Screenshot SHA-256',
  recordSha256: 'Record SHA-256',
  none: 'None',
  screenshotAlt: 'The page as it looked when the report was made',
  noScreenshot: 'No screenshot was taken.',
  screenshotNotIncluded: 'A screenshot was taken but is not in this file.',
  changesHeading: 'Category changes',
  notesHeading: 'Notes added later',
  noNotes: 'None.',
  checkHeading: 'How to check these hashes',
  checkScreenshot:
    'To check the screenshot, save the picture on this page (right-click it and choose “Save image as”), then run one of these commands on the saved file. The answer should match the screenshot SHA-256 above.',
  checkRecord:
    'The record SHA-256 is the SHA-256 of the text below: the record as canonical JSON (keys in alphabetical order, no spaces, UTF-8). Copy it into a plain text file with no line break at the end and run the same commands on that file.',
  checkAdded: 'Notes and category changes are not covered by the record hash; each was added later with its own time.',
  summary: '{staff} reported: {category}',
  cutShort: '(cut short)',
  emailSubject: 'Chalkline report {reference}',
  emailAttached: 'The evidence file is attached.',
  guidance: INDECENT_IMAGE_GUIDANCE,
  categories: CATEGORY_LABELS_EN_GB,
};

/** Puts values into a label's `{name}` slots; a slot with no value is left as written so the gap shows. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : slot));
}
