#!/usr/bin/env bash
# Wall time of `hcsim simulate` (100,000 runs) and `hcsim simulate --runs 1000000` against
# `hcsim --version`, measured in one go: N alternating runs of each through the launcher,
# medians and their ratios (the targets, docs/performance.md: at most 2 and under 3).
# Usage: benchmarks/startup.sh [N]   (default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-7}"
./hcsim --version >/dev/null   # build, and make the class-data archive, first

now() { date +%s.%N; }
v=(); d=(); m=()
for _ in $(seq "$n"); do
  t0=$(now); ./hcsim --version >/dev/null; t1=$(now)
  ./hcsim simulate >/dev/null; t2=$(now)
  ./hcsim simulate --runs 1000000 >/dev/null; t3=$(now)
  v+=("$(echo "$t1 - $t0" | bc)"); d+=("$(echo "$t2 - $t1" | bc)"); m+=("$(echo "$t3 - $t2" | bc)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mv=$(median "${v[@]}"); md=$(median "${d[@]}"); mm=$(median "${m[@]}")
printf 'hcsim --version                   median %.3f s  (%s runs each, alternating)\n' "$mv" "$n"
printf 'hcsim simulate                    median %.3f s  ratio %.2f\n' "$md" "$(echo "$md / $mv" | bc -l)"
printf 'hcsim simulate --runs 1000000     median %.3f s  ratio %.2f\n' "$mm" "$(echo "$mm / $mv" | bc -l)"
