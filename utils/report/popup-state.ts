import type { ShownCitation } from '@/rules/select';
import type { Severity } from '@/rules/schema';
import type { HoursView } from '@/utils/schedule/view';

/** One rule as the popup lists it. */
export interface PopupRule {
  id: string;
  title: string;
  summary: string;
  severity: Severity;
  citations: ShownCitation[];
}

/** Everything the popup shows about the tab it was opened over. No roster data. */
export interface PopupState {
  /** The guarded network this tab is on, or null. */
  network: { id: string; name: string } | null;
  hours: HoursView;
  rules: PopupRule[];
  /** Reports not yet delivered (waiting to send, or saved for the person to pass on). */
  waiting: number;
  dslName: string;
  /** The privacy review: overdue until one is finished. */
  review: { overdue: boolean; dueAt: number; timeZone: string };
}
