// Cold start: how soon the options page shows the settings after the browser starts. Chromium answers
// an extension's first storage.managed read only seconds after start-up; the background now serves the
// policy as last read (IndexedDB) at once, and applies the new one when it comes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionWorker, launchWithExtension } from '../e2e/support/browser';
import { EXTENSION_ID } from '../e2e/support/constants';
import { ms, pct, report } from './stats';

const ROUNDS = Number(process.env.CHALKLINE_COLD_ROUNDS ?? 5);

/** One browser start on `profile`: time to the options form, and how long the browser then took to answer policy. */
async function start(profile: string): Promise<{ form: number; policy: number }> {
  const context = await launchWithExtension({ userDataDir: profile });
  try {
    await extensionWorker(context);
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await page.locator('main[aria-busy="true"]').waitFor({ state: 'detached', timeout: 30_000 });
    const form = performance.now() - t0;
    // The page's own first policy read, started once the form shows: roughly what the form waited for before.
    const policy = await page.evaluate(async () => {
      const t = performance.now();
      await chrome.storage.managed.get();
      return performance.now() - t;
    });
    return { form, policy: form + policy };
  } finally {
    await context.close();
  }
}

export async function coldStartBenchmarks(): Promise<void> {
  console.log('Cold start (Chromium, new browser process each round)');
  const profile = mkdtempSync(join(tmpdir(), 'chalkline-cold-'));
  try {
    const first = await start(profile);
    report('options form, new profile', ms(first.form), 'first start: nothing kept yet', `policy answered after ${ms(first.policy)}`);
    const forms: number[] = [];
    const policies: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const { form, policy } = await start(profile);
      forms.push(form);
      policies.push(policy);
    }
    forms.sort((a, b) => a - b);
    policies.sort((a, b) => a - b);
    report('options form after a restart', `p50 ${ms(pct(forms, 50))}, max ${ms(forms.at(-1)!)}`, `${ROUNDS} restarts of one profile`, 'before: waited for policy');
    report('policy answered by the browser', `p50 ${ms(pct(policies, 50))}, max ${ms(policies.at(-1)!)}`, 'same restarts (what the form used to wait for)');
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
