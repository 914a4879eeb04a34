#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests (driven by playwright-core, which
# downloads no browser of its own). Installs it with apt-get when possible, else says what to do.
set -euo pipefail
if command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1; then
  exit 0
fi
if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium: installing Debian's package for the browser tests..."
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
  exit 0
fi
echo "chromium: not found. Install Debian's 'chromium' package (sudo apt-get install chromium), or set CHROMIUM_PATH." >&2
exit 1
