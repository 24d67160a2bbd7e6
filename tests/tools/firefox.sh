#!/usr/bin/env bash
# The Firefox end-to-end tests (tests/firefox) in Debian's Firefox ESR, against the Firefox build already in
# .output/firefox-mv2. Writes $CHALKLINE_REPORT_DIR/firefox.json (default tests/.reports) for summary.mjs.
# Where Firefox ESR is missing, or policies.json cannot be written (not root), every test is recorded as
# skipped with the reason (tests/firefox/support.ts says which), rather than not run at all, so the
# summary says why.
set -uo pipefail
cd "$(dirname "$0")/../.."
REPORTS="${CHALKLINE_REPORT_DIR:-tests/.reports}"
mkdir -p "$REPORTS"
exec node --import tsx --test \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=./tests/firefox/json-reporter.mjs --test-reporter-destination="$REPORTS/firefox.json" \
  tests/firefox/firefox.test.ts
