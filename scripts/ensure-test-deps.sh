#!/usr/bin/env bash
# Installs what `npm test` needs beyond node_modules, only when it is missing, so a fresh
# machine (CI's clean clone, run as root; elsewhere through sudo) gets it and a prepared one
# pays nothing.
# Idempotent and quiet: each block checks first and installs only if needed.
set -euo pipefail

# Debian packages: as root directly (CI), else through sudo (a developer's machine); with
# neither, say what to install instead of failing on apt-get's permission error.
apt_install() {
  local runner=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      runner=(sudo)
    else
      echo "ensure-test-deps: $* is missing; install it as root (apt-get install -y $*) and run npm test again" >&2
      exit 1
    fi
  fi
  "${runner[@]}" apt-get update -qq
  "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Headless Chromium for tests/browser (driven by playwright-core; never a downloaded browser).
if ! command -v chromium >/dev/null 2>&1; then
  echo "ensure-test-deps: installing chromium from Debian" >&2
  apt_install chromium
fi

# Python's feedparser (Debian's, for Debian's /usr/bin/python3): tests/integration/feeds*
# parse every feed with a reader nobody here wrote.
if ! /usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1; then
  echo "ensure-test-deps: installing python3-feedparser from Debian" >&2
  apt_install python3-feedparser
fi
