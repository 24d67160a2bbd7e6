import { buildRecord, type ReportInput } from '@/utils/report/hash';
import type { ReportRecord } from '@/utils/report/types';

/** A few bytes that start like a PNG; the report code only hashes and counts them. */
export const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3, 4]);

/** 1 July 2026, 09:42:07 UTC: British Summer Time in Europe/London. */
export const SUMMER = Date.UTC(2026, 6, 1, 9, 42, 7);

/** An ordinary report: a pupil's post on X, with a screenshot. */
export const INPUT: ReportInput = {
  url: 'https://x.com/someone/status/1',
  title: 'Someone on X',
  network: 'x',
  staffName: 'Sam Teacher',
  schoolName: 'Hillside Academy',
  category: 'pupil-contact',
  selectedText: 'hello sir',
  source: 'popup',
  timeZone: 'Europe/London',
  screenshotPng: PNG,
};

/** Counting bytes, so references are fixed and different calls still differ when asked. */
export const fixedBytes = (start = 0) => (length: number) => Uint8Array.from({ length }, (_, i) => (start + i * 7) % 248);

/** A record with a pinned clock, id and reference. */
export function makeRecord(overrides: Partial<ReportInput> = {}, now = SUMMER): Promise<ReportRecord> {
  return buildRecord({ ...INPUT, ...overrides }, { now, randomBytes: fixedBytes(), uuid: () => '3b241101-e2bb-4255-8caf-4136c566a962' });
}
