import type { FindingKind } from '@/rules/schema';

/** Something a compose detector found in a post, with where it is (offsets into the text). */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  /** A short, plain explanation shown to the staff member (never roster data in a page's DOM). */
  detail: string;
}
