#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack and checks that its Depends name what plenary needs on a Debian 12 system
# that has none of it: the Qt 6 libraries, ICU, the extra Qt plugins and the chart font.
# Usage: check_deb.sh BUILD_DIR [--chroot DIR | --chroot-from-env]
#   --chroot DIR  also installs the .deb with apt-get into a minimal Debian 12 (bookworm) made with
#                 debootstrap in DIR (created when missing; needs root, debootstrap and network access to
#                 the Debian archive; about 2 minutes the first time, 20-30 s a run after) and runs plenary there.
#   --chroot-from-env  the same with DIR from $PLENARY_DEB_CHROOT; exits 77 (ctest: skipped) when it is unset.
# Needs dpkg-dev (dpkg-shlibdeps computes the Depends from the binary's libraries).
set -euo pipefail
build=$(cd "$1" && pwd)
chroot_dir=""
if [ "${2:-}" = "--chroot" ]; then chroot_dir=${3:?--chroot needs a folder}; fi
if [ "${2:-}" = "--chroot-from-env" ]; then
    chroot_dir=${PLENARY_DEB_CHROOT:-}
    [ -n "$chroot_dir" ] || { echo "PLENARY_DEB_CHROOT is unset: not installing into a fresh Debian 12"; exit 77; }
fi

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

command -v dpkg-shlibdeps >/dev/null || { echo "dpkg-shlibdeps missing: apt-get install dpkg-dev" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
debs=("$out"/plenary_*.deb)
[ -f "${debs[0]}" ] || { echo "FAIL: cpack made no plenary_*.deb" >&2; ls "$out" >&2; exit 1; }
deb=${debs[0]}
echo "Built $(basename "$deb")"
dpkg-deb -I "$deb"

[ "$(dpkg-deb -f "$deb" Package)" = plenary ] || fail "package name is not plenary"
depends=$(dpkg-deb -f "$deb" Depends)
# Linked libraries (from dpkg-shlibdeps) and what plenary loads without linking it.
for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 libicu72 \
         qt6-qpa-plugins fonts-dejavu-core iso-codes; do
    grep -Eq "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p: $depends"
done
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/plenary ./usr/share/applications/org.plenary.Plenary.desktop \
         ./usr/share/icons/hicolor/scalable/apps/org.plenary.Plenary.svg \
         ./usr/share/metainfo/org.plenary.Plenary.metainfo.xml ./usr/share/man/man1/plenary.1; do
    grep -q " $f\$" <<<"$contents" || fail "the .deb lacks $f"
done

if [ -n "$chroot_dir" ]; then
    chroot_dir=$(realpath -m "$chroot_dir")
    [ "$chroot_dir" != / ] || { echo "refusing / as the chroot folder" >&2; exit 1; }
    # DIR/base is the debootstrap result, made once; every run installs into a fresh copy, DIR/run.
    if [ ! -x "$chroot_dir/base/usr/bin/apt-get" ]; then
        echo "Making a minimal Debian 12 in $chroot_dir/base (debootstrap --variant=minbase bookworm)"
        rm -rf "$chroot_dir/base"
        mkdir -p "$chroot_dir"
        # debootstrap's own default mirror. When it cannot make the system (no network), nothing was
        # learnt about the package: skip (77) rather than fail.
        debootstrap --variant=minbase bookworm "$chroot_dir/base" >"$out/debootstrap.log" 2>&1 \
            || { tail -20 "$out/debootstrap.log"; echo "SKIP: debootstrap could not make a Debian 12 system"; exit 77; }
    fi
    rm -rf "$chroot_dir/run"
    cp -a "$chroot_dir/base" "$chroot_dir/run"
    chroot_dir=$chroot_dir/run
    cp "$deb" "$chroot_dir/tmp/"
    name=$(basename "$deb")
    in_chroot() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive "$@"; }
    in_chroot apt-get update -qq
    in_chroot apt-get install -y -qq --no-install-recommends "/tmp/$name" >"$out/apt.log" 2>&1 \
        || { tail -30 "$out/apt.log"; fail "apt-get install ./$name failed in the chroot"; }
    version=$(in_chroot QT_QPA_PLATFORM=offscreen plenary --version) || fail "plenary --version failed in the chroot"
    echo "In the chroot: $version"
    # --version never loads a platform plugin; an export loads the offscreen plugin, Qt Charts, Qt Svg and fonts.
    in_chroot QT_QPA_PLATFORM=offscreen plenary --export /tmp/donut.png || fail "plenary --export png failed in the chroot"
    in_chroot QT_QPA_PLATFORM=offscreen plenary --export /tmp/donut.svg || fail "plenary --export svg failed in the chroot"
    file_head=$(head -c 8 "$chroot_dir/tmp/donut.png" | od -An -tx1 | tr -d ' \n')
    [ "$file_head" = 89504e470d0a1a0a ] || fail "the chroot's export is not a PNG"
    grep -q '<svg' "$chroot_dir/tmp/donut.svg" || fail "the chroot's export is not an SVG"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "deb: all checks passed"
