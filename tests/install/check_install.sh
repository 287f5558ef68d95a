#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary prefix and checks what a user or a software centre sees there:
# every file in place, the desktop file and AppStream metainfo valid and naming one id, the icon an SVG,
# the man page's OPTIONS exactly the options `plenary --help` prints, and the installed binary running.
# Usage: check_install.sh PLENARY_BINARY BUILD_DIR
set -euo pipefail
binary=$1
build=$2
id=org.plenary.Plenary
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/usr
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" || { cat "$tmp/install.log"; exit 1; }

desktop=$prefix/share/applications/$id.desktop
icon=$prefix/share/icons/hicolor/scalable/apps/$id.svg
metainfo=$prefix/share/metainfo/$id.metainfo.xml
man=$prefix/share/man/man1/plenary.1
installed=$prefix/bin/plenary
for f in "$installed" "$desktop" "$icon" "$metainfo" "$man"; do
    [ -s "$f" ] || fail "not installed: ${f#"$prefix"/}"
done
[ -x "$installed" ] || fail "bin/plenary is not executable"
[ "$failures" -eq 0 ] || exit 1
echo "Installed tree:"
(cd "$prefix" && find . -type f | sort)

# Desktop file: valid, and naming the binary and the icon that are installed.
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
if grep -Eq '(error|warning):' <<<"$out"; then fail "desktop-file-validate: $out"; fi
grep -qx 'Exec=plenary %F' "$desktop" || fail "desktop file: Exec is not 'plenary %F'"
grep -qx "Icon=$id" "$desktop" || fail "desktop file: Icon is not $id (the installed icon's name)"

# AppStream: valid without network access, same id, launches this desktop file, has a screenshot.
out=$(appstreamcli validate --no-net "$metainfo" 2>&1) || fail "appstreamcli validate --no-net: $out"
# validate-tree also finds the desktop file the metainfo launches.
out=$(appstreamcli validate-tree --no-net "$tmp" 2>&1) || fail "appstreamcli validate-tree --no-net: $out"
grep -q "<id>$id</id>" "$metainfo" || fail "metainfo: <id> is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || fail "metainfo: <launchable> does not name $id.desktop"
grep -Eq '<image>https://[^<]+\.png</image>' "$metainfo" || fail "metainfo: no screenshot image"

# Icon: well-formed XML whose root is an <svg> with a viewBox (scalable); without python3, the tag only.
if command -v python3 >/dev/null; then
    python3 - "$icon" <<'PY' || fail "icon is not a scalable SVG"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
sys.exit(0 if root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") else 1)
PY
else
    grep -q '<svg [^>]*viewBox=' "$icon" || fail "icon is not a scalable SVG"
fi

# Man page: renders without warnings, and its OPTIONS tags are exactly the long options of --help.
warnings=$(MANWIDTH=80 man --warnings -l "$man" 2>&1 >/dev/null) || fail "man -l failed"
[ -z "$warnings" ] || fail "man page warnings: $warnings"
"$binary" --help >"$tmp/help.txt" || fail "plenary --help failed"
# An option's line starts with two spaces and its name; wrapped descriptions are indented further.
sed -n '/^Options:/,/^$/p' "$tmp/help.txt" | grep -oE -- '^  (-[a-zA-Z], )?--[a-z][a-z0-9-]*' \
    | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u >"$tmp/help-options"
# Tag lines are the lines right after .TP in the OPTIONS section; roff writes '-' as '\-'.
sed -n '/^\.SH OPTIONS/,/^\.SH /p' "$man" | sed 's/\\-/-/g' | awk 'tag { print } { tag = ($0 == ".TP") }' \
    | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u >"$tmp/man-options"
[ -s "$tmp/help-options" ] || fail "no options read from plenary --help"
if ! diff -u "$tmp/help-options" "$tmp/man-options" >"$tmp/options.diff"; then
    fail "plenary.1 OPTIONS and plenary --help differ (- only in --help, + only in plenary.1):"
    cat "$tmp/options.diff" >&2
fi

# The installed binary runs, and the man page and metainfo name the version it prints.
version=$("$installed" --version) || fail "installed plenary --version failed"
echo "Installed binary: $version"
number=${version#Plenary }
[[ $number =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed '$version', not 'Plenary X.Y.Z'"
grep -q "^\.TH PLENARY 1 .*\"Plenary $number\"" "$man" || fail "plenary.1 header does not say Plenary $number"
grep -q "<release version=\"$number\"" "$metainfo" || fail "metainfo has no <release> $number"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "install: all checks passed"
