import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

/**
 * Who is speaking: Chalkline's mark and name on every frame and page, so a grey box on facebook.com
 * is never mistaken for the site (or for a scam). Pages carry the "Why am I seeing this?" link beside
 * it; dialogs put that link last ({@link WhyLink}), after their choices, so it never comes between the
 * person and Cancel.
 */
export function Brand({ why = false }: { why?: boolean }) {
  return (
    <div class="brand">
      <img src={browser.runtime.getURL('/icon/32.png')} alt="" width={20} height={20} />
      <span class="brand-name">Chalkline</span>
      {why && <WhyLink />}
    </div>
  );
}

/** The link to what Chalkline is; it opens in a new tab, so the page the person was on stays as it was. */
export function WhyLink() {
  return (
    <a class="why-link" href={browser.runtime.getURL('/why.html')} target="_blank" rel="noopener">
      {t('whyLink')}
    </a>
  );
}
