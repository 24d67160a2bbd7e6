#!/usr/bin/env bash
# Makes sure Debian's Firefox ESR is there for the Firefox end-to-end tests (tests/firefox). As root it
# installs the package; otherwise it says exactly what to run and fails. CI (.ci/run) calls it, so CI
# always runs them; npm test does not, and skips them, with the reason, where Firefox ESR is missing.
set -uo pipefail
FIREFOX="${CHALKLINE_FIREFOX:-/usr/bin/firefox-esr}"
if [ -x "$FIREFOX" ]; then
  exit 0
fi
if [ -n "${CHALKLINE_FIREFOX:-}" ]; then
  echo "CHALKLINE_FIREFOX is set to $FIREFOX, but nothing can be run there. Point it at a Firefox ESR binary." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Firefox ESR is not installed: installing Debian's firefox-esr package (about a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  if { apt-get install -y -qq firefox-esr </dev/null || { apt-get update -qq </dev/null && apt-get install -y -qq firefox-esr </dev/null; }; } >/tmp/chalkline-apt-firefox.log 2>&1; then
    echo "Installed $("$FIREFOX" --version 2>/dev/null || echo firefox-esr)."
    exit 0
  fi
  echo "Installing firefox-esr with apt-get failed; the last lines of /tmp/chalkline-apt-firefox.log say:" >&2
  tail -n 5 /tmp/chalkline-apt-firefox.log >&2 || true
  exit 1
fi
cat >&2 <<MSG
The Firefox end-to-end tests need Debian's Firefox ESR, and none was found at $FIREFOX (npm test skips them).
To run them, install it and run npm test again as root (they write Firefox's enterprise policy file):
    sudo apt-get update && sudo apt-get install -y firefox-esr
Or, to use another Firefox:
    CHALKLINE_FIREFOX=/path/to/firefox npm test
MSG
exit 1
