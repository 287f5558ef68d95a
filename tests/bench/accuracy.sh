#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The checker's accuracy over the golden cases: builds plenary_accuracy (core only) and runs it over the
# development cases (tests/data/articles) and the held-out cases (tests/data/holdout), then prints the
# figures the corpus is judged by: recall and verdict accuracy, development and held out.
# Usage: bash tests/bench/accuracy.sh [-v]   (-v lists every way each failing development case differs)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${PLENARY_ACCURACY_BUILD:-build/accuracy}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPLENARY_CORE_ONLY=ON "${launcher[@]}" >/dev/null
cmake --build "$BUILD" -j2 --target plenary_accuracy >/dev/null
out=$("$BUILD/tests/plenary_accuracy" "$@" tests/data/articles tests/data/holdout)
printf '%s\n' "$out"
echo "== Figures"
printf '%s\n' "$out" | sed -n 's/^SUMMARY //p'
printf '%s\n' "$out" | grep -q '^SUMMARY held-out' || echo "held-out: no cases in tests/data/holdout yet"
