import { currentCategory, imageAllowed } from './categories';
import type { StoredReport } from './store';
import type { DeliveryState, ReportCategory } from './types';

/** A report as lists show it: enough to recognise it and see where it is, nothing more. */
export interface ReportSummary {
  id: string;
  reference: string;
  createdAt: number;
  /** The zone times are shown in: the school's, when the report was made. */
  timeZone: string;
  category: ReportCategory;
  network: string | null;
  title: string;
  screenshot: boolean;
  notes: number;
  delivery: DeliveryState;
}

/** The summary of a stored report; the category is the newest one chosen. */
export function summarise(report: StoredReport): ReportSummary {
  const { record } = report;
  return {
    id: record.id,
    reference: record.reference,
    createdAt: record.createdAt,
    timeZone: record.timeZone,
    category: currentCategory(record, report.categoryChanges),
    network: record.network,
    title: record.title,
    screenshot: imageAllowed(record, report.categoryChanges),
    notes: report.notes.length,
    delivery: report.delivery,
  };
}
