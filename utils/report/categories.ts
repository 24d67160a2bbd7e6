import { withoutImage } from './hash';
import { CATEGORY_ORDER, type CategoryChange, type ReportCategory, type ReportRecord } from './types';

/** The categories in display order; defined beside the schema in ./types and offered here with the labels. */
export { CATEGORY_ORDER };

/** Visible names of the categories, one per category, so a missing translation is a type error. */
export type CategoryLabels = Record<ReportCategory, string>;

/**
 * The categories in plain words a member of staff would use, not safeguarding jargon, so choosing
 * one is quick. Kept together for moving into _locales/en_GB.
 */
export const CATEGORY_LABELS_EN_GB: CategoryLabels = {
  'pupil-contact': 'Contact from a pupil',
  'staff-abuse': 'Abuse or bullying of staff',
  'complaint-allegation': 'A complaint or allegation naming staff or pupils',
  'colleague-concern': 'A concern about a colleague',
  'pupil-content': 'Inappropriate content involving pupils',
  'indecent-image': 'A nude or sexual image of a child',
  other: 'Something else',
};

/**
 * The category the report is filed under now: the newest change, or the original when there is
 * none. Changes at the same moment are taken in the order they were appended.
 */
export function currentCategory(record: Pick<ReportRecord, 'category'>, changes: readonly CategoryChange[]): ReportCategory {
  let current = record.category;
  let latest = -Infinity;
  for (const change of changes) {
    if (change.at >= latest) {
      latest = change.at;
      current = change.category;
    }
  }
  return current;
}

/**
 * True when the screenshot may be sent or shown. Once a report has been filed as a nude or sexual
 * image of a child, even by a later change, its picture is never shown or sent again: being wrong
 * in the safe direction costs the DSL one picture, being wrong the other way shares the image.
 */
export function imageAllowed(record: Pick<ReportRecord, 'category' | 'screenshot'>, changes: readonly CategoryChange[]): boolean {
  return record.screenshot !== null && !withoutImage(record.category) && !changes.some((c) => withoutImage(c.category));
}
