#!/usr/bin/env bash
# Wall time of `hcsim simulate --runs 1000000` against `hcsim --version`, measured in one go:
# N alternating runs of each through the launcher, medians and their ratio.
# Usage: benchmarks/startup.sh [N]   (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-9}"
./hcsim --version >/dev/null   # build, and make the class-data archive, first

now() { date +%s.%N; }
v=(); s=()
for _ in $(seq "$n"); do
  t0=$(now); ./hcsim --version >/dev/null; t1=$(now)
  ./hcsim simulate --runs 1000000 >/dev/null; t2=$(now)
  v+=("$(echo "$t1 - $t0" | bc)"); s+=("$(echo "$t2 - $t1" | bc)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mv=$(median "${v[@]}"); ms=$(median "${s[@]}")
printf 'hcsim --version                   median %.3f s  (%s runs)\n' "$mv" "$n"
printf 'hcsim simulate --runs 1000000     median %.3f s\n' "$ms"
printf 'ratio                             %.2f\n' "$(echo "$ms / $mv" | bc -l)"
