import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hostAccessFor } from '@/utils/config/host-access';
import type { AuditEntry } from '@/utils/contact/types';
import { watchSession } from '@/utils/hours/watch';
import { onMessage, sendMessage } from '@/utils/messaging';
import type { ReportSummary } from '@/utils/report/summary';
import type { ReviewView } from '@/utils/review/view';
import type { RosterStatus } from '@/utils/roster/service-types';
import type { HoursView } from '@/utils/schedule/view';

/** What the working hours mean now; rewritten by the worker at every boundary and settings change. */
export function useHours(): HoursView | null {
  const [hours, setHours] = useState<HoursView | null>(null);
  useEffect(() => {
    const refresh = () => void sendMessage('hoursStatus', {}).then(setHours, () => setHours(null));
    refresh();
    return watchSession(['scheduleStatus'], refresh);
  }, []);
  return hours;
}

/** The staff member's log, newest first. */
export function useAudit() {
  const [audit, setAudit] = useState<AuditEntry[]>([]);
  useEffect(() => {
    void sendMessage('auditLog', {}).then(setAudit);
  }, []);
  return [audit, setAudit] as const;
}

/**
 * Where the privacy review stands, read again whenever the settings in force change (their interval
 * or time zone may have). The page has one `settingsChanged` listener (use-settings): messaging allows
 * one per message, so this follows the settings object instead.
 */
export function useReview(settings: unknown): Pick<ReviewView, 'dueAt' | 'overdue' | 'lastCompletedAt'> | null {
  const [review, setReview] = useState<ReviewView | null>(null);
  useEffect(() => {
    if (settings) void sendMessage('reviewState', {}).then(setReview, () => setReview(null));
  }, [settings]);
  return review;
}

/** The roster's summary, kept current by the background's announcements (imports, syncs, removals). */
export function useRosterStatus() {
  const [status, setStatus] = useState<RosterStatus | null>(null);
  useEffect(() => {
    void sendMessage('rosterStatus', {}).then(setStatus);
    return onMessage('rosterChanged', ({ data }) => setStatus(data));
  }, []);
  return [status, setStatus] as const;
}

/**
 * The reports on this computer. A report on its way changes state without this page doing anything,
 * so look again every few seconds. Once a send has failed to reach a receiver set by policy (which
 * came with no click to ask for access), offer the one click the browser needs.
 */
export function useReports(reportUrl: string | undefined) {
  const [reports, setReports] = useState<ReportSummary[]>([]);
  const [missingAccess, setMissingAccess] = useState<string[]>([]);
  useEffect(() => {
    const refresh = () => void sendMessage('listReports', {}).then(setReports, () => undefined);
    refresh();
    const timer = setInterval(refresh, 3000);
    const unwatch = onMessage('reportChanged', refresh);
    return () => {
      clearInterval(timer);
      unwatch();
    };
  }, []);
  const unreachable = reports.some((r) => r.delivery.status === 'waiting' && r.delivery.attempts > 0);
  useEffect(() => {
    const origins = unreachable ? hostAccessFor([reportUrl]) : [];
    if (!origins.length) return setMissingAccess([]);
    void browser.permissions.contains({ origins }).then((has) => setMissingAccess(has ? [] : origins), () => setMissingAccess([]));
  }, [reportUrl, unreachable]);
  return { reports, setReports, missingAccess, setMissingAccess };
}
