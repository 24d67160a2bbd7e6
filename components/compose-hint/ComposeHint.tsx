import type { FindingKind } from '@/rules/schema';
import type { ComposeHint as Hint } from '@/utils/compose/types';
import { t, type MessageKey } from '@/utils/i18n';
import { browser } from 'wxt/browser';

const KIND_LABEL: Record<FindingKind, MessageKey> = {
  'roster-name': 'findingKind_rosterName',
  'contact-details': 'findingKind_contactDetails',
  'school-identity': 'findingKind_schoolIdentity',
  'school-matters': 'findingKind_schoolMatters',
  offensive: 'findingKind_offensive',
  complaint: 'findingKind_complaint',
  photo: 'findingKind_photo',
};

/** The kinds of finding in plain words, for the hint and the compose hold. */
export const kindLabel = (kind: FindingKind): string => t(KIND_LABEL[kind]);

/**
 * What was noticed, short enough for the hint's small frame: one or two kinds by name, or the first and
 * how many more (the hold at send lists them all).
 */
export function noticed(kinds: readonly FindingKind[]): string {
  const [first, second] = kinds.map(kindLabel);
  if (kinds.length === 1) return first!;
  if (kinds.length === 2) return t('composeHintTwo', [first!, second!]);
  return t('composeHintMore', [first!, String(kinds.length - 1)]);
}

/**
 * The quiet hint beside an editor while typing: what Chalkline noticed, and that it will ask before the
 * text goes out. It takes no focus and asks nothing; the hold at send is where the person decides.
 */
export function ComposeHint({ hint }: { hint: Hint | null | undefined }) {
  if (!hint) return <div class="hint-box" role="status" aria-busy={hint === undefined} />;
  return (
    <div class="hint-box" role="status">
      <strong class="hint-brand">
        <img src={browser.runtime.getURL('/icon/16.png')} alt="" width={16} height={16} /> {t('composeHintLead')}
      </strong> {t('composeHintFound', noticed(hint.kinds))} {t(hint.surface === 'message' ? 'composeHintAskMessage' : 'composeHintAsk')}
    </div>
  );
}
