#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the end-to-end tests. As root it installs the package;
# otherwise it says exactly what to run. Playwright never downloads a browser of its own here.
set -euo pipefail
CHROMIUM="${CHALKLINE_CHROMIUM:-/usr/bin/chromium}"
# The keyboard-shortcut test needs a virtual display and a key presser; without them it is skipped
# with its reason, so they are installed when we can and never required.
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1 && { [ ! -x /usr/bin/Xvfb ] || [ ! -x /usr/bin/xdotool ]; }; then
  export DEBIAN_FRONTEND=noninteractive
  { apt-get install -y -qq xvfb xdotool </dev/null || { apt-get update -qq </dev/null && apt-get install -y -qq xvfb xdotool </dev/null; }; } >/tmp/chalkline-apt-xvfb.log 2>&1 \
    || echo "Could not install xvfb and xdotool (see /tmp/chalkline-apt-xvfb.log): the shortcut test will be skipped."
fi
# British staff see British forms: with Debian's locale files for Chromium, the tests run it in en-GB
# (24-hour time pickers, day-month dates). Without them it falls back to en-US, and nothing fails.
install_l10n() {
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1 && [ -x /usr/bin/chromium ] && [ ! -e /usr/lib/chromium/locales/en-GB.pak ]; then
    export DEBIAN_FRONTEND=noninteractive
    { apt-get install -y -qq chromium-l10n </dev/null || { apt-get update -qq </dev/null && apt-get install -y -qq chromium-l10n </dev/null; }; } >/tmp/chalkline-apt-l10n.log 2>&1 \
      || echo "Could not install chromium-l10n (see /tmp/chalkline-apt-l10n.log): Chromium will run in US English."
  fi
}
if [ -x "$CHROMIUM" ]; then
  install_l10n
  exit 0
fi
if [ -n "${CHALKLINE_CHROMIUM:-}" ]; then
  echo "CHALKLINE_CHROMIUM is set to $CHROMIUM, but nothing can be run there. Point it at a Chromium or Chrome binary." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is not installed: installing Debian's chromium package (about 30 seconds)..."
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq </dev/null && apt-get install -y -qq chromium </dev/null >/tmp/chalkline-apt.log 2>&1; then
    echo "Installed $("$CHROMIUM" --version 2>/dev/null | grep -i chromium || echo chromium)."
    install_l10n
    exit 0
  fi
  echo "Installing chromium with apt-get failed; the last lines of /tmp/chalkline-apt.log say:" >&2
  tail -n 5 /tmp/chalkline-apt.log >&2 || true
  exit 1
fi
cat >&2 <<MSG
Chalkline's end-to-end tests need Chromium, and none was found at $CHROMIUM.
Install Debian's package, then run npm test again:
    sudo apt-get update && sudo apt-get install -y chromium
Or, to use a Chromium or Chrome you already have:
    CHALKLINE_CHROMIUM=/path/to/chromium npm test
MSG
exit 1
