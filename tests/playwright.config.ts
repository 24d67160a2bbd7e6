import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// Relative to where npm test runs (the project root), not to this file.
const reportDir = process.env.CHALKLINE_REPORT_DIR && resolve(process.env.CHALKLINE_REPORT_DIR);

/**
 * End-to-end tests: the built extension in Debian's Chromium, headless, against fixture pages served
 * at the networks' real addresses. Enterprise-policy tests run last and alone, because a policy file
 * under /etc/chromium applies to every Chromium that starts while it exists.
 */
export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  // On CI one retry, so a test that fails only under load shows as "flaky" in the report, not as a pass.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // The fault suite's summary line (faults: N cases, N held, 0 lost) comes from its own reporter.
  reporter: [['list'], ['./e2e/faults/summary-reporter.ts'], ...(reportDir ? [['json', { outputFile: `${reportDir}/playwright.json` }] as const] : [])],
  use: { trace: 'retain-on-failure' },
  outputDir: '../test-results',
  projects: [
    { name: 'extension', testIgnore: /policy\.spec\.ts$/ },
    { name: 'enterprise-policy', testMatch: /policy\.spec\.ts$/, dependencies: ['extension'], fullyParallel: false, workers: 1 },
  ],
});
