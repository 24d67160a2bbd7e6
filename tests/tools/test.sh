#!/usr/bin/env bash
# npm test: type-check, build for Chrome and Firefox, lint the Firefox build, make and check the store
# packages, unit tests, then the end-to-end tests in Debian's Chromium, then in Debian's Firefox ESR
# where it is installed (skipped, with the reason, where not). Ends with "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
REPORTS=tests/.reports
rm -rf "$REPORTS"
mkdir -p "$REPORTS"
started=$(date +%s)

step() {
  local name=$1
  shift
  echo
  echo "== $name"
  if ! "$@"; then
    echo "npm test stopped: \"$name\" failed (command: $*)." >&2
    node tests/tools/summary.mjs "$REPORTS" || true
    exit 1
  fi
}

step "Checking Chromium" bash tests/tools/ensure-chromium.sh
step "Generating WXT types (messages, entrypoints)" npx wxt prepare
step "Type-check" npx tsc --noEmit
step "Build for Chrome and Edge" npx wxt build
step "Build for Firefox" npx wxt build -b firefox
step "Build the npm start demo" npx wxt build --mode demo
step "Lint the Firefox build (web-ext)" npx web-ext lint -s .output/firefox-mv2 --no-input
step "Checking unzip" bash tests/tools/ensure-unzip.sh
step "Store packages, checked (npm run release)" npm run --silent release

echo
echo "== Unit tests"
CHALKLINE_REPORT_DIR="$REPORTS" npx vitest run -c tests/vitest.config.ts
echo
echo "== End-to-end tests (Chromium, headless)"
CHALKLINE_SKIP_BUILD=1 CHALKLINE_REPORT_DIR="$REPORTS" npx playwright test -c tests/playwright.config.ts
echo
echo "== End-to-end tests (Firefox ESR)"
CHALKLINE_REPORT_DIR="$REPORTS" bash tests/tools/firefox.sh

echo
echo "npm test took $(( $(date +%s) - started )) s"
node tests/tools/summary.mjs "$REPORTS"
