#!/usr/bin/env bash
# Installs what `npm test` needs beyond node_modules, only when it is missing, so a fresh
# machine (CI's clean clone, run as root) gets it and a prepared one pays nothing.
# Idempotent and quiet: each block checks first and installs only if needed.
set -euo pipefail

# Headless Chromium for tests/browser (driven by playwright-core; never a downloaded browser).
if ! command -v chromium >/dev/null 2>&1; then
  echo "ensure-test-deps: installing chromium from Debian" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# Python's feedparser (Debian's, for Debian's /usr/bin/python3): tests/integration/feeds*
# parse every feed with a reader nobody here wrote.
if ! /usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1; then
  echo "ensure-test-deps: installing python3-feedparser from Debian" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-feedparser >/dev/null
fi
