import { t, type MessageKey } from '@/utils/i18n';
import { NETWORKS } from '@/utils/sites/networks';
import type { AuditEntry } from './types';

/**
 * One line of the staff member's log as a sentence they can read at a glance: "You cancelled a follow
 * of a pupil on X (Twitter)." Never a code ("x: follow"). The reason they typed is quoted as they
 * typed it. (Working-hours entries have their own sentence: see hoursUseText.)
 */
export function auditSentence(e: AuditEntry): string {
  const network = NETWORKS.find((n) => n.id === e.network)?.name ?? e.network;
  // Posts and comments are about no one in particular; an unchecked action was never matched to anyone.
  const what =
    e.role === 'none' || e.decision === 'unchecked'
      ? t(`auditActAlone_${e.action}` as MessageKey)
      : `${t(`auditAct_${e.action}` as MessageKey)} ${t(`auditRole_${e.role}` as MessageKey)}`;
  switch (e.decision) {
    case 'cancelled':
      return t('auditSaid_cancelled', [what, network]);
    case 'reported':
      return t('auditSaid_reported', [what, network]);
    case 'unchecked':
      return t('auditSaid_unchecked', [what, network]);
    case 'exception':
    case 'proceeded':
      return e.reason ? t('auditSaid_withReason', [what, network, e.reason]) : t('auditSaid_proceeded', [what, network]);
  }
}
