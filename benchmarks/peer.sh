#!/usr/bin/env bash
# hcsim against the numpy peer (benchmarks/peer/numpy_peer.py: a user's vectorised version of the
# default loop, simpler than hcsim's, playing the same profile), measured side by side: pairs
# alternate an hcsim measurement and a peer measurement, and the medians of the pairs give the
# ratio (the target, docs/performance.md: at least 3 on one thread).
# hcsim runs through the launcher (`simulate --format json`); its rate is the marginal one, the
# wall-time difference between --runs HI and --runs LO, so start-up and the fixed side analyses
# (levers, levels, effective bar) cancel out. The peer prints its own rate on one core. It needs
# python3 with numpy, scipy and PyYAML (Debian: python3-numpy python3-scipy python3-yaml).
# Usage: benchmarks/peer.sh [PAIRS]   (default 3; env LO, HI, PEER, PEER_RUNS, PROFILES, THREADS)
set -euo pipefail
cd "$(dirname "$0")/.."
pairs="${1:-3}"
lo="${LO:-6000000}"
hi="${HI:-16000000}"
peer="${PEER:-benchmarks/peer/numpy_peer.py}"
peer_runs="${PEER_RUNS:-4000000}"
profiles="${PROFILES:-consumer-pm-to-health health-tech-veteran-p7}"
threads="${THREADS:-1 2}"
[ -f "$peer" ] || { echo "peer.sh: no numpy peer at $peer; set PEER=path/to/numpy_peer.py" >&2; exit 2; }
./hcsim --version >/dev/null   # build, and make the class-data archive, first
# A misspelt profile stops here with hcsim's own line, before minutes of measuring.
for profile in $profiles; do ./hcsim validate "$profile" >/dev/null || exit 2; done

now() { date +%s.%N; }
wall() { local t0; t0=$(now); "$@" >/dev/null; echo "$(now) - $t0" | bc -l; }
# Loops per second of hcsim at the margin, in millions.
hcsim_rate() {
  local profile=$1 t=$2 a b
  a=$(wall ./hcsim simulate --profile "$profile" --threads "$t" --runs "$lo" --format json)
  b=$(wall ./hcsim simulate --profile "$profile" --threads "$t" --runs "$hi" --format json)
  echo "($hi - $lo) / ($b - $a) / 1000000" | bc -l
}
peer_rate() { python3 "$peer" "$peer_runs" "$1" | sed -E 's/^numpy peer: ([0-9.]+) M.*/\1/'; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf 'hcsim (--runs %s vs %s, marginal) against %s %s, %s alternating pairs\n' "$hi" "$lo" "$peer" "$peer_runs" "$pairs"
for t in $threads; do
  for profile in $profiles; do
    h=(); p=()
    for i in $(seq "$pairs"); do
      # Alternate which goes first, so that a trend in the machine's load falls on both.
      if ((i % 2)); then h+=("$(hcsim_rate "$profile" "$t")"); p+=("$(peer_rate "$profile")")
      else p+=("$(peer_rate "$profile")"); h+=("$(hcsim_rate "$profile" "$t")"); fi
    done
    mh=$(median "${h[@]}"); mp=$(median "${p[@]}")
    printf '%-24s threads %s  hcsim %6.2f M loops/s (%5.2f per thread)  peer %5.2f M loops/s on one core  ratio %5.2f (per thread %4.2f)\n' \
      "$profile" "$t" "$mh" "$(echo "$mh / $t" | bc -l)" "$mp" "$(echo "$mh / $mp" | bc -l)" "$(echo "$mh / $mp / $t" | bc -l)"
    printf '  pairs: hcsim %s | peer %s\n' "$(printf '%.2f ' "${h[@]}")" "$(printf '%.2f ' "${p[@]}")"
  done
done
