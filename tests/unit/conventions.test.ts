import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NETWORKS } from '@/utils/sites/networks';
import { adapterConventionGaps } from './support/conventions';
import { hardCodedText } from './support/visible-text';

const root = fileURLToPath(new URL('../../', import.meta.url));
const list = (dir: string) => (existsSync(`${root}${dir}`) ? readdirSync(`${root}${dir}`) : []);

describe('network module convention', () => {
  const modules = list('utils/sites').filter((d) => existsSync(`${root}utils/sites/${d}/network.ts`));

  it('every network module is in the network list, with its id as its folder name', () => {
    expect([...NETWORKS.map((n) => n.id)].sort()).toEqual([...modules].sort());
  });

  it('every module with readers has a fixture page with its evidence and an end-to-end test', () => {
    const adapters = modules.filter((d) => existsSync(`${root}utils/sites/${d}/contact.ts`));
    const composers = modules.filter((d) => existsSync(`${root}utils/sites/${d}/compose.ts`));
    const profiles = modules.filter((d) => existsSync(`${root}utils/sites/${d}/profile.ts`));
    const fixtures = Object.fromEntries(
      list('tests/fixtures/sites').map((f) => [f, readFileSync(`${root}tests/fixtures/sites/${f}`, 'utf8')]),
    );
    expect(adapterConventionGaps({ adapters, composers, profiles, fixtures, e2eTests: list('tests/e2e/sites') })).toEqual([]);
  });

  it('the check reports each kind of gap', () => {
    const gaps = adapterConventionGaps({
      adapters: ['x', 'facebook', 'tiktok'],
      composers: ['x', 'whatsapp'],
      profiles: ['x'],
      fixtures: {
        'x-profile.html': '<!-- Evidence: data-testid="placementTracking" wraps Follow -->',
        'facebook-feed.html': '<html>no comment</html>',
        'orphan-page.html': '<!-- Evidence: none -->',
      },
      e2eTests: ['x.spec.ts'],
    });
    expect(gaps).toEqual([
      'profile reader "x" has no fixture page tests/fixtures/sites/x-own-profile.html',
      'profile reader "x" has no end-to-end test tests/e2e/sites/x-profile.spec.ts',
      'compose reader "x" has no end-to-end test tests/e2e/sites/x-compose.spec.ts',
      'adapter "facebook" has no end-to-end test tests/e2e/sites/facebook.spec.ts',
      'adapter "tiktok" has no fixture page tests/fixtures/sites/tiktok-<page>.html',
      'adapter "tiktok" has no end-to-end test tests/e2e/sites/tiktok.spec.ts',
      'adapter "whatsapp" has no fixture page tests/fixtures/sites/whatsapp-<page>.html',
      'compose reader "whatsapp" has no end-to-end test tests/e2e/sites/whatsapp-compose.spec.ts',
      'fixture page facebook-feed.html has no <!-- Evidence: … --> comment naming the public facts it rests on',
      'fixture page orphan-page.html belongs to no adapter (name it <network>-<page>.html)',
    ]);
  });
});

describe('British English text', () => {
  const messages = JSON.parse(readFileSync(`${root}public/_locales/en_GB/messages.json`, 'utf8')) as Record<string, { message: string; placeholders?: Record<string, unknown> }>;

  it('every message key used in the code exists, and every message is used', () => {
    const sources = ['entrypoints', 'components', 'utils', 'rules']
      .flatMap((dir) => walk(`${root}${dir}`))
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const manifest = readFileSync(`${root}wxt.config.ts`, 'utf8');
    const titles = pageTitles().map((p) => p.key);
    const unused = Object.keys(messages).filter((key) => {
      if (sources.includes(`'${key}'`) || manifest.includes(`__MSG_${key}__`) || titles.includes(key)) return false;
      // Keys built from a prefix, e.g. t(`day_${day}`) or t(`setting_${key}`).
      const prefix = /^([a-zA-Z]+_)/.exec(key)?.[1];
      return !(prefix && sources.includes(`\`${prefix}\${`));
    });
    expect(unused).toEqual([]);
  });

  it('every placeholder a message uses is declared', () => {
    for (const [key, { message, placeholders }] of Object.entries(messages)) {
      for (const [, name] of message.matchAll(/\$([a-zA-Z0-9_]+)\$/g)) expect(placeholders?.[name!], `${key} uses $${name}$`).toBeDefined();
    }
  });

  it('uses one apostrophe style: the typewriter one, never the curly ’ beside it', () => {
    const curly = Object.entries(messages).filter(([, m]) => m.message.includes('’')).map(([key]) => key);
    expect(curly).toEqual([]);
  });

  it('never says a report reached the DSL, except the words shown only once delivery is recorded', () => {
    // reportDelivered and reportPassedOn are chosen in components/popup/ReportPanel only for a
    // report whose delivery state is 'delivered'; everything else says "saved" or "sending".
    const AFTER_DELIVERY = ['reportDelivered', 'reportPassedOn'];
    const claims = Object.entries(messages)
      .filter(([key, m]) => !AFTER_DELIVERY.includes(key) && /\b(reported|(was|were|has been|have been) (sent|delivered|received)|(?<!being )sent to the DSL|the DSL (has|got) it)\b/i.test(m.message))
      .map(([key]) => key);
    expect(claims).toEqual([]);
  });

  it('every word a component shows or speaks comes from _locales/en_GB, not from the code', () => {
    const files = [...walk(`${root}components`), ...walk(`${root}entrypoints`)].filter((f) => f.endsWith('.tsx'));
    const found = files.flatMap((f) => hardCodedText(f, readFileSync(f, 'utf8'), ['Chalkline']).map((text) => `${f.slice(root.length)}: ${text}`));
    expect(found).toEqual([]);
  });

  it('the check finds words between tags and in spoken attributes', () => {
    expect(hardCodedText('a.tsx', 'const a = <p title="Hello">Save <b>{t("x")}</b> now</p>;')).toEqual(['title="Hello"', 'Save', 'now']);
    expect(hardCodedText('a.tsx', 'const a = <p class="warn" aria-label={t("x")}>{t("y")} · 3</p>;')).toEqual([]);
  });

  it('every page title comes from _locales/en_GB, and the fallback in the HTML file says the same', () => {
    const pages = pageTitles();
    expect(pages.map((p) => p.page).sort()).toEqual(list('entrypoints').filter((d) => existsSync(`${root}entrypoints/${d}/index.html`)).sort());
    for (const { page, key, text } of pages) {
      expect(key, `${page}/index.html: <title data-i18n="…">`).toBeTruthy();
      expect(messages[key!]?.message, `${page}/index.html: ${key}`).toBe(text);
      // options sets its title from its view as well; every page sets it from the key first.
      expect(readFileSync(`${root}entrypoints/${page}/main.tsx`, 'utf8'), `${page}/main.tsx`).toMatch(/^localiseTitle\(\);$/m);
    }
  });

  it('every extension page and in-page frame is pictured, and checked with axe, by the screens spec', () => {
    const screens = readFileSync(`${root}tests/e2e/screens.spec.ts`, 'utf8');
    // A screen opens the page by its file, or (the popup, the blocked page) is named after it.
    const missing = pageTitles().map((p) => p.page).filter((page) => !screens.includes(`${page}.html`) && !screens.includes(`name: '${page}'`));
    expect(missing).toEqual([]);
  });

  it('uses British spellings', () => {
    const text = Object.values(messages).map((m) => m.message).join('\n');
    expect(text).not.toMatch(/\b(color|organization|organize|behavior|favorite|center|license|analyze|recognize|apologize|program(?!me))\b/i);
  });
});

/** Each extension page's `<title>`: the message key it names and the fallback text in the file. */
function pageTitles(): { page: string; key: string | undefined; text: string | undefined }[] {
  return list('entrypoints')
    .filter((d) => existsSync(`${root}entrypoints/${d}/index.html`))
    .map((page) => {
      const html = readFileSync(`${root}entrypoints/${page}/index.html`, 'utf8');
      const title = /<title(?: data-i18n="([^"]*)")?>([^<]*)<\/title>/.exec(html);
      return { page, key: title?.[1], text: title?.[2] };
    });
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
}
