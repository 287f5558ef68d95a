#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the article reader and the checker with libFuzzer for a short while (tests/fuzz/fuzz_check.cpp).
#   bash .ci/fuzz.sh [SECONDS]   (default 60)
# Installs clang and libFuzzer when missing, builds the `fuzz` preset (core only, clang, ASan + UBSan),
# seeds the corpus with the golden articles and a few hostile inputs made here, and fails on a crash,
# a sanitizer report, a leak or an input that takes longer than 10 s, printing the reproducer.
# (Checking is linear in the text but about 20 times slower under the sanitizers: the long hostile
# inputs of tests/tst_checker.cpp's hostileTextDoesNotCrash are too slow for seeds here.)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

# clang 14 is Debian 12's clang; libFuzzer (libclang_rt.fuzzer-x86_64.a) and the sanitizer runtimes
# are in libclang-rt-14-dev, which libclang-common-14-dev only recommends.
packages=(clang libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

start=$(date +%s)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset fuzz "${launcher[@]}" >/dev/null
cmake --build --preset fuzz
built=$(date +%s)

out=build/fuzz/fuzzing
rm -rf "$out/seeds" "$out/artifacts"
mkdir -p "$out/corpus" "$out/seeds" "$out/artifacts"
# Seeds: every golden article, the example and the benchmark paragraphs, then hostile inputs.
i=0
for f in tests/data/articles/*/article.* resources/articles/* tests/bench/data/*.txt; do
    cp "$f" "$out/seeds/$i-$(basename "$f")"
    i=$((i + 1))
done
s="$out/seeds"
head -c 60000 /dev/zero | tr '\0' '9' >"$s/digits.txt"                       # one 60,000-digit number
head -c 60000 /dev/zero | tr '\0' 'a' >"$s/no-spaces.txt"                    # a sentence without spaces
for _ in $(seq 400); do printf '91 states voted for and 12 against, '; done >"$s/long-sentence.txt"
for _ in $(seq 3000); do printf '1,'; done >"$s/separators.txt"               # 1,1,1,...
printf 'Россия и 11 других стран 91 ٩١ states voted for \xef\xbf\xbd\xe2\x80\xae 12 против. 中国 弃权。 ١٢ صوتا ضد\n' >"$s/mixed-scripts.txt"
printf 'Ninety-one states voted \xff\xfe for; 12 \xc0\xaf against \xed\xa0\x80.\n' >"$s/invalid-utf8.txt"
printf '\xef\xbb\xbfA/RES/ES-11/9 adopted 91-12-57.\r\nOut of 193, 33 did not vote.\0tail\n' >"$s/bom-crlf-nul.txt"
{ printf '<html><body><p>'; for _ in $(seq 300); do printf '<b><i>91</i> voted &amp; &#x39;&#49;; <!-- '; done
  printf '<script>12 against</script><p>57 abstained &unknown; &#xFFFFFFFF; &#0;</body>'; } >"$s/nested.html"
for _ in $(seq 2000); do printf 'U.S. '; done >"$s/abbreviations.txt"
for _ in $(seq 600); do printf 'ninety-one hundred and '; done >"$s/number-words.txt"

log="$out/fuzz.log"
set +e
build/fuzz/tests/fuzz/fuzz_check "$out/corpus" "$out/seeds" -max_total_time="$seconds" -max_len=65536 \
    -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$out/artifacts/" >"$log" 2>&1
status=$?
set -e
end=$(date +%s)
grep -E "^(INFO: (Seed|Loaded)|#[0-9]+ +DONE|stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb))" "$log" || true
echo "fuzz: build $((built - start)) s, fuzzing $((end - built)) s, exit status $status"
if [ "$status" -ne 0 ]; then
    tail -n 80 "$log"
    for a in "$out"/artifacts/*; do
        [ -e "$a" ] || continue
        echo "Reproducer $a ($(stat -c %s "$a") bytes), replay with: build/fuzz/tests/fuzz/fuzz_check $a"
        base64 -w 0 "$a" | head -c 4000
        echo
    done
    exit 1
fi
