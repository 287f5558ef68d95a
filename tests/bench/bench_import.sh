#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Whole-process wall time and peak memory of `plenary --list-resolutions FILE` beside pandas.read_csv on a
# synthetic full-size UNDL long-layout vote file. Prints medians and the ratios against the targets
# (at most 0.15 of pandas' time, at most a third of its peak memory); asserts nothing.
# Usage: bash tests/bench/bench_import.sh [RUNS] [PLENARY_BINARY]
#   FILE defaults to /tmp/plenary-undl-bench.csv (generated once by gen_undl.py when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
PLENARY=${2:-build/release/app/plenary}
FILE=${UNDL_FILE:-/tmp/plenary-undl-bench.csv}
PY=/usr/bin/python3 # Debian's, where python3-pandas installs

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
[ -x /usr/bin/time ] || { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq time >/dev/null; }
$PY -c "import pandas" 2>/dev/null || { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq python3-pandas >/dev/null; }
if [ ! -x "$PLENARY" ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release --target plenary >/dev/null
fi
[ -f "$FILE" ] || $PY tests/bench/gen_undl.py "$FILE"

STATS=$(mktemp)
trap 'rm -f "$STATS"' EXIT

# Prints "median_seconds median_peak_kb" of RUNS runs of the command.
measure() {
    local times=() mems=()
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f '%e %M' -o "$STATS" "$@" >/dev/null 2>/dev/null
        read -r t m <"$STATS"
        times+=("$t"); mems+=("$m")
    done
    local mt mm
    mt=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    mm=$(printf '%s\n' "${mems[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "$mt $mm"
}

echo "file: $FILE ($(du -h "$FILE" | cut -f1), $(wc -l <"$FILE") lines), median of $RUNS runs"
read -r pt pm < <(measure "$PLENARY" --list-resolutions "$FILE")
read -r qt qm < <(measure $PY -c "import pandas, sys; pandas.read_csv(sys.argv[1])" "$FILE")
awk -v t="$pt" -v m="$pm" 'BEGIN { printf "  %-30s %7.2f s  %8.1f MB peak\n", "plenary --list-resolutions", t, m / 1024 }'
awk -v t="$qt" -v m="$qm" 'BEGIN { printf "  %-30s %7.2f s  %8.1f MB peak\n", "pandas.read_csv", t, m / 1024 }'
awk -v pt="$pt" -v qt="$qt" -v pm="$pm" -v qm="$qm" 'BEGIN {
    rt = pt / qt; rm = pm / qm
    printf "  time ratio   %.3f (target <= 0.15: %s)\n", rt, (rt <= 0.15 ? "met" : "MISSED")
    printf "  memory ratio %.3f (target <= 0.333: %s)\n", rm, (rm <= 1/3 ? "met" : "MISSED")
}'
