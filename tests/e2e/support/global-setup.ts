import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM, PROJECT_ROOT } from './constants';

/**
 * Builds the extension once before the run (npm test has already built it and sets
 * CHALKLINE_SKIP_BUILD), and fails early with plain instructions when Chromium is missing.
 */
export default function globalSetup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Run npm test (it installs Debian's chromium when run as root) or: sudo apt-get install -y chromium`);
  }
  if (process.env.CHALKLINE_SKIP_BUILD !== '1') {
    execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  }
}
