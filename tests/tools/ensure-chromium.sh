#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the end-to-end tests. As root it installs the package;
# otherwise it says exactly what to run. Playwright never downloads a browser of its own here.
set -euo pipefail
CHROMIUM="${CHALKLINE_CHROMIUM:-/usr/bin/chromium}"
# Installs Debian packages that make some tests truer but are never required: as root only, and a
# failure says what is lost instead and goes on. Usage: install_optional NAME "what is lost" PACKAGE...
install_optional() {
  local name="$1" lost="$2"
  shift 2
  [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1 || return 0
  export DEBIAN_FRONTEND=noninteractive
  { apt-get install -y -qq "$@" </dev/null || { apt-get update -qq </dev/null && apt-get install -y -qq "$@" </dev/null; }; } >"/tmp/chalkline-apt-$name.log" 2>&1 \
    || echo "Could not install $* (see /tmp/chalkline-apt-$name.log): $lost"
}
# The keyboard-shortcut test needs a virtual display and a key presser; without them it is skipped
# with its reason.
if [ ! -x /usr/bin/Xvfb ] || [ ! -x /usr/bin/xdotool ]; then
  install_optional xvfb "the shortcut test will be skipped." xvfb xdotool
fi
# British staff see British forms: with Debian's locale files for Chromium, the tests run it in en-GB
# (24-hour time pickers, day-month dates). Without them it falls back to en-US, and nothing fails.
install_l10n() {
  if [ -x /usr/bin/chromium ] && [ ! -e /usr/lib/chromium/locales/en-GB.pak ]; then
    install_optional l10n "Chromium will run in US English." chromium-l10n
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
