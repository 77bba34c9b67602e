#!/usr/bin/env bash
# What the browser tests need: Debian's Chromium (never a downloaded browser build) and
# axe-core from the npm registry, pinned by tests/e2e/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing and cannot be installed here; browser tests will be skipped." >&2
  fi
fi
if [ -f tests/e2e/package-lock.json ] && [ ! -d tests/e2e/node_modules/axe-core ]; then
  npm ci --prefix tests/e2e --no-audit --no-fund --silent
fi
