#!/usr/bin/env bash
# Scores HTML article extraction on Mozilla Readability's test pages (see ../shared/benchmarks/README.md).
# usage: scripts/score-readability.sh [PAGES_DIR] [OUT.jsonl]
#   PAGES_DIR  folder of NAME/source.html pages (default ../shared/benchmarks/readability-pages)
#   OUT.jsonl  where the extractor's output goes (default .build/readability.jsonl)
# Run from the repository root. Pages with no article text are reported on stderr and score as empty.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Paths given are relative to where the script is called from; the defaults are relative to the repository root.
pages="$(realpath -m "${1:-$root/../shared/benchmarks/readability-pages}")"
out="$(realpath -m "${2:-$root/.build/readability.jsonl}")"
cd "$root"
mkdir -p "$(dirname "$out")"
shopt -s nullglob
sources=("$pages"/*/source.html)
if [ ${#sources[@]} -eq 0 ]; then
  echo "score-readability: no $pages/*/source.html found" >&2
  exit 2
fi
# Exit code 1 only means some pages had no article text; they are scored as empty output.
./faultline extract --text --format jsonl --id parent "${sources[@]}" > "$out" || [ $? -eq 1 ]
scorer="${SCORER:-../shared/tools/score_html.py}"
python3 "$scorer" --pages "$pages" --system "$out"
