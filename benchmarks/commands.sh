#!/usr/bin/env bash
# Cold wall time of the commands a user runs, through the launcher (a fresh JVM each time, the
# class-data archive in place): N runs of each, the commands alternating, and the median of each.
# The figures of docs/performance.md's "Commands end to end" come from this.
# Usage: benchmarks/commands.sh [N]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5}"
./hcsim --version >/dev/null   # build, and make the class-data archive, first
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

commands=(
  "--version"
  "simulate"
  "debrief"
  "debrief --out $out/debrief.pdf --force"
  "debrief --lang zh --outcome hire --out $out/debrief-zh.pdf --force"
  "score unfinished-p7"
  "simulate --report $out/odds.pdf --force"
  "study"
  "study --sweep rounds=1,2,3,4,5,6"
  "compare"
  "optimize --hours 60"
)
now() { date +%s.%N; }
declare -A times
for _ in $(seq "$n"); do
  for c in "${commands[@]}"; do
    t0=$(now)
    # shellcheck disable=SC2086
    ./hcsim $c >/dev/null
    times[$c]+="$(echo "$(now) - $t0" | bc) "
  done
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf 'median of %s cold runs each, load average at the end: %s\n' "$n" "$(cut -d' ' -f1-3 /proc/loadavg)"
for c in "${commands[@]}"; do
  # shellcheck disable=SC2086
  printf '%7.2f s  hcsim %s\n' "$(median ${times[$c]})" "${c//$out\//}"
done
