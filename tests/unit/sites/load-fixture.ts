import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A fixture page's markup, as served to the browser in the end-to-end tests. */
export function fixtureHtml(name: string): string {
  // Tests run from the project root (npm scripts and the vitest config both set it).
  return readFileSync(join(process.cwd(), 'tests', 'fixtures', 'sites', name), 'utf8');
}

/**
 * Loads a fixture page into happy-dom at a given address and runs its inline scripts, so the DOM is
 * what the page renders in the browser. Only the fixture's own inline scripts run (no files, no network).
 */
export async function loadFixture(name: string, url: string): Promise<Document> {
  const html = fixtureHtml(name);
  const { Window } = await import('happy-dom');
  const window = new Window({ url, settings: { enableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  return window.document as unknown as Document;
}
