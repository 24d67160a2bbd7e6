import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { t } from '@/utils/i18n';

/**
 * "Why am I seeing this?": what Chalkline is, who put it there, what it sees and what it never does,
 * in a few short paragraphs for staff who met it on a social network and want to know if it is real.
 */
export function Why() {
  return (
    <main>
      <Brand why={false} />
      <h1>{t('whyTitle')}</h1>
      <p>{t('whyWhat')}</p>
      <h2>{t('whyWhenHeading')}</h2>
      <ul>
        <li>{t('whyWhenContact')}</li>
        <li>{t('whyWhenPost')}</li>
        <li>{t('whyWhenHours')}</li>
        <li>{t('whyWhenProfile')}</li>
      </ul>
      <h2>{t('whyPrivateHeading')}</h2>
      <p>{t('whyPrivate')}</p>
      <p>{t('whyChoices')}</p>
      <h2>{t('whyHelpHeading')}</h2>
      <p>{t('whyHelp')}</p>
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('whyOptionsLink')}
        </a>
      </p>
    </main>
  );
}
