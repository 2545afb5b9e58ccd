#!/usr/bin/env bash
# Regenerates the pictures in docs/: one page of each report, rendered from the PDF that the
# command beside it writes (pdftoppm, from poppler-utils; Chinese pages need fonts-wqy-microhei).
# Run it after a change that shows in a report, and commit the PNGs that changed.
# Usage: docs/images.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdftoppm >/dev/null || { echo "images.sh: pdftoppm is needed (Debian: apt-get install poppler-utils)" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# page IMAGE PAGE DPI -- HCSIM-ARGS... (the arguments write $tmp/report.pdf)
page() {
  local image=$1 number=$2 dpi=$3
  shift 4
  ./hcsim "$@" >/dev/null
  pdftoppm -png -r "$dpi" -f "$number" -l "$number" -singlefile "$tmp/report.pdf" "docs/${image%.png}"
  rm -f "$tmp/report.pdf"
  echo "docs/$image: page $number of hcsim $*" | sed "s|$tmp/||"
}

page debrief-en.png       3 70 -- debrief --out "$tmp/report.pdf"
page debrief-zh.png       2 70 -- debrief --lang zh --outcome hire --out "$tmp/report.pdf"
page score.png            1 70 -- score unfinished-p7 --out "$tmp/report.pdf"
page odds.png             1 70 -- simulate --report "$tmp/report.pdf"
page study-bar-raiser.png 1 70 -- study --loop bar-raiser --sweep bar-raiser=off,on --report "$tmp/report.pdf"
page prep-report-zh.png   1 80 -- optimize --weeks 4 --report "$tmp/report.pdf" --lang zh
