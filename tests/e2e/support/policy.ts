import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { EXTENSION_ID } from './constants';

/** Where Debian's Chromium reads mandatory enterprise policy at start-up. */
export const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/chalkline-e2e.json`;

/** Writing real policy needs root; tests skip with this reason otherwise. */
const policyUnavailableReason =
  typeof process.getuid === 'function' && process.getuid() === 0
    ? undefined
    : `Enterprise policy tests need root to write ${POLICY_DIR} (run as root, as CI does).`;

/**
 * Applies a real enterprise policy for Chalkline, exactly as Google Admin or a GPO would deliver it,
 * runs `body`, and always removes the file afterwards so no other browser on the machine keeps it.
 * Chromium reads policy at start-up: launch the browser inside `body`.
 */
export async function withEnterprisePolicy<T>(values: Record<string, unknown>, body: () => Promise<T>): Promise<T> {
  writeEnterprisePolicy(values);
  try {
    return await body();
  } finally {
    rmSync(POLICY_FILE, { force: true });
  }
}

/** Writes (or rewrites, inside {@link withEnterprisePolicy}) Chalkline's policy file. */
export function writeEnterprisePolicy(values: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }, null, 2));
}

/**
 * Sets up a policy spec's describe block: skipped with the reason where policy cannot be written, and a
 * fresh browser profile for each test (a policy test restarts the browser on it), removed afterwards.
 * Returns the current test's profile folder.
 */
export function policyTestProfile(): () => string {
  test.skip(policyUnavailableReason !== undefined, policyUnavailableReason);
  let profile = '';
  test.beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'chalkline-policy-'));
  });
  test.afterEach(() => rmSync(profile, { recursive: true, force: true }));
  return () => profile;
}
