#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints whole-process medians for Plenary's start-to-first-paint and chart export beside matplotlib, then
# the time to check a 1,000-word article per language beside the 20 ms target and reading it by hand.
# Usage: bash tests/bench/run.sh [RUNS [CHECK_RUNS]]   (builds Release first; installs python3-matplotlib if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=/usr/bin/python3  # Debian's, where python3-matplotlib installs
if ! $PY -c "import matplotlib" 2>/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-matplotlib >/dev/null
fi
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
export QT_LOGGING_RULES="*.warning=false"
$PY tests/bench/bench.py build/release/app/plenary "${1:-15}"
echo
build/release/tests/bench/bench_check "${2:-50}"
