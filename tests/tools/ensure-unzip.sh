#!/usr/bin/env bash
# The release check reads each store package back with Info-ZIP's unzip. Installs Debian's package when
# run as root and it is missing; otherwise says exactly what to do.
set -uo pipefail
command -v unzip >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "unzip not found: installing Debian's unzip package (needed to check the store packages)…"
  { apt-get install -y -qq unzip </dev/null || { apt-get update -qq </dev/null && apt-get install -y -qq unzip </dev/null; }; } >/tmp/chalkline-apt-unzip.log 2>&1
  command -v unzip >/dev/null 2>&1 && exit 0
  echo "Installing unzip failed; see /tmp/chalkline-apt-unzip.log." >&2
  exit 1
fi
echo "The release check needs unzip, and none was found. Install it with: sudo apt-get install -y unzip" >&2
exit 1
