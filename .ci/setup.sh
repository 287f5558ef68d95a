#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Plenary's two set-up commands (see README):
#   bash .ci/setup.sh run    installs what is missing, builds Release, opens Plenary on the embedded example
#   bash .ci/setup.sh test   installs what is missing, builds Release, runs every test, then the core tests
#                            again under AddressSanitizer and UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev libicu-dev
          iso-codes fonts-dejavu-core xvfb xauth poppler-utils desktop-file-utils appstream dpkg-dev
          qt6-l10n-tools qt6-tools-dev qt6-translations-l10n)

install_missing() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

build_release() {
    cmake --preset release >/dev/null
    cmake --build --preset release
}

case "${1:-}" in
run)
    install_missing
    build_release
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec build/release/app/plenary
    fi
    echo "No display here: showing what the window shows, headless."
    build/release/app/plenary --check resources/articles/es11-9-unn.txt || true
    build/release/app/plenary --export build/es11-9-donut.png --scale 2
    echo "Chart written to build/es11-9-donut.png. Run with a display (or: xvfb-run build/release/app/plenary) for the window."
    ;;
test)
    install_missing
    build_release
    QT_QPA_PLATFORM=offscreen ctest --preset release -j2
    cmake --preset asan >/dev/null
    cmake --build --preset asan
    ctest --preset asan -j2
    ;;
*)
    echo "usage: bash .ci/setup.sh run|test" >&2
    exit 2
    ;;
esac
