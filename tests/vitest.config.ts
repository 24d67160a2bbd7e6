import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure logic and background code against WXT's in-memory fake browser.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    reporters: process.env.CHALKLINE_REPORT_DIR ? ['default', 'json'] : ['default'],
    outputFile: process.env.CHALKLINE_REPORT_DIR ? { json: `${process.env.CHALKLINE_REPORT_DIR}/vitest.json` } : undefined,
  },
});
