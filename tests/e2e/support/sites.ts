import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { FIXTURES } from './constants';

/**
 * Serves a fixture page at a real network URL, offline: the browser believes it is on that site, so the
 * extension's content scripts and host permissions behave exactly as they would there.
 * Returns the number of requests the route answered, so tests can prove a page was (or was never) fetched.
 */
export async function serveFixture(context: BrowserContext, urlPattern: string, fixture: string): Promise<{ hits: () => number }> {
  const body = readFileSync(`${FIXTURES}/${fixture}`, 'utf8');
  let hits = 0;
  await context.route(urlPattern, async (route) => {
    if (route.request().resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
    hits += 1;
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  return { hits: () => hits };
}

/** Serves a network's fixture page (`tests/fixtures/sites/<network>-<page>.html`) at its real address. */
export function serveSite(context: BrowserContext, network: string, page: string, urlPattern: string) {
  return serveFixture(context, urlPattern, `sites/${network}-${page}.html`);
}
