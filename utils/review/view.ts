import type { PopupRule } from '@/utils/report/popup-state';
import type { ReviewItemId } from './items';
import type { FinishedReview, ReviewProgress } from './state';

/** Everything the review page shows: where the review stands, the work in progress, past reviews, and why. */
export interface ReviewView {
  dueAt: number;
  overdue: boolean;
  lastCompletedAt: number | null;
  intervalDays: number;
  /** The school's zone, for showing dates as the school's calendar has them. */
  timeZone: string;
  progress: ReviewProgress | null;
  /** Newest first. */
  history: FinishedReview[];
  /** The pack's clauses asking for the review. */
  why: PopupRule[];
  /** The pack's clauses behind particular items. */
  byItem: Partial<Record<ReviewItemId, PopupRule[]>>;
  /** The school's name as its settings give it, for "your school" wording; '' when not set. */
  schoolName: string;
}
