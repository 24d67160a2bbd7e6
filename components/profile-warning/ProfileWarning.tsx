import { policySummary, Quote } from '@/components/Quote';
import { t, type MessageKey } from '@/utils/i18n';
import type { ProfileFieldName, ProfileFinding } from '@/utils/profile/audit';
import type { ProfileWarningView } from '@/utils/profile/warning';
import { Brand, WhyLink } from '@/components/Brand';

const FIELD_KEY: Record<ProfileFieldName, MessageKey> = {
  name: 'profileField_name',
  handle: 'profileField_handle',
  headline: 'profileField_headline',
  bio: 'profileField_bio',
  work: 'profileField_work',
  education: 'profileField_education',
  website: 'profileField_website',
  location: 'profileField_location',
};

/** "In your bio: “Oakfield Primary”": the person's own words, where they are. */
const where = (f: ProfileFinding) => t('profileFoundIn', [t(FIELD_KEY[f.field]), f.text]);

/**
 * The quiet note on the staff member's own profile: what in it names the school or the job (or a home
 * phone number), and the school's clause, to read when they wish. It decides nothing and holds nothing.
 */
export function ProfileWarning({ view, onHide }: { view: ProfileWarningView | null | undefined; onHide: () => void }) {
  if (!view) return <div class="profile-card" role="status" aria-busy={view === undefined} />;
  const [rule] = view.rules;
  return (
    <section class="profile-card" role="status" aria-labelledby="profile-title">
      <Brand />
      <h1 id="profile-title">{t('profileWarningTitle')}</h1>
      <ul>
        {view.findings.slice(0, 4).map((f) => (
          <li key={f.field + f.what + f.text}>{where(f)}</li>
        ))}
      </ul>
      {view.findings.length > 4 && <p>{t('profileWarningMore', String(view.findings.length - 4))}</p>}
      {rule && <p>{rule.summary}</p>}
      {view.rules.some((r) => r.citations.length) && (
        <details>
          <summary>{policySummary(view.rules.flatMap((r) => r.citations), (clause) => t('profileWarningPolicy', clause))}</summary>
          {view.rules.flatMap((r) => r.citations).map((c) => (
            <Quote key={c.clause + c.quote} citation={c} />
          ))}
        </details>
      )}
      {/* Kept in view when a small window makes the card scroll: hiding it is always one press away. */}
      <div class="card-end">
        <button type="button" class="secondary" onClick={onHide}>
          {t('profileWarningHide')}
        </button>
        <WhyLink />
      </div>
    </section>
  );
}
