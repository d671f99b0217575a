#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK. Safe to run repeatedly.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dotnet >/dev/null || { echo "the .NET 10 SDK is required (https://dot.net)"; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update; apt_updated=1; }
  as_root apt-get install -y "$@"
}

# The web UI's libraries come from npm at build time (src/Faultline.Web/client, locked by package-lock.json).
command -v npm >/dev/null || apt_install nodejs npm
npm ci --prefix src/Faultline.Web/client --no-audit --no-fund --loglevel=error

# The browser tests drive Debian's Chromium through Playwright (Playwright cannot download its own browsers here).
[ -x /usr/bin/chromium ] || apt_install chromium
