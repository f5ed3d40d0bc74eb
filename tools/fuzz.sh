#!/usr/bin/env bash
# Build the libFuzzer targets with clang (ASan + UBSan) and run one of them.
#   tools/fuzz.sh [SECONDS] [TARGET]     defaults: 600 fuzz_detect; TARGET fuzz_extract_pdf for PDFs
# A crash or hang input goes to fuzz/regressions/<target without fuzz_>/ with
# a name that says what it broke; the extract tests replay that folder.
# Crashes land in build-fuzz/crashes/; the corpus grows in build-fuzz/corpus-<target>/.
set -euo pipefail
seconds=${1:-600}
target=${2:-fuzz_detect}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${UNXREF_FUZZ_BUILD:-$root/build-fuzz}

if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "fuzz.sh: installing clang and the libFuzzer runtime" >&2
  sudo=; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y clang libclang-rt-14-dev
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" \
  -DUNXREF_FUZZ=ON -DUNXREF_SANITIZE=ON -DUNXREF_TESTS=OFF -DUNXREF_BENCHMARKS=OFF >/dev/null
cmake --build "$build" -j1 --target "$target"

corpus=$build/corpus-$target
mkdir -p "$corpus" "$build/crashes"
# Seeds: the project's own words and forms, so the fuzzer starts near the parsers.
printf 'General Assembly resolution 61/180 of 20 December 2006, op. 16' >"$corpus/seed-ga"
printf 'resolutions 2331 (2016) and 2388\n(2017)' >"$corpus/seed-sc"
printf 'A/RES/57/270 B, S/RES/2331 (2016), A/53/500/Add.1, E/CN.15/2017/L.5' >"$corpus/seed-sym"
printf '安全理事会第2331(2016)号和第2388(2017)号决议 قرار الجمعية العامة ٦١/١٨٠ резолюции 64/293' >"$corpus/seed-i18n"
printf 'resolution 2200 A (XXI), ES-11/1, paragraph 5 of resolution 60/1, annex II' >"$corpus/seed-forms"
printf 'resolutions 60/147 A and B; resolution 1325 (2000), 1. Decides; Security Council resolution 1325' >"$corpus/seed-bare"
printf 'the 1954 Convention; la Convention de 1951 et son Protocole de 1967; Конвенции 1951 года; 及其1967年《议定书》5 这些文书; del Tratado; Договора3,' >"$corpus/seed-short"
printf 'Fish Stocks (the Agreement),2 the Agreement; (l’Accord); (《协定》)2 《协定》; and the Protocols thereto; sus Protocolos Facultativos23; Протоколов к ней; البروتوكولين الاختياريين الملحقين ب; 及其各项议定书; Programa 215; l’Accord de paix' >"$corpus/seed-defined"
printf '“Ａ／ＲＥＳ／７２／１” 大会2005年12月16日第60/147号决议执行部分第16段 القرار 61/180 المؤرخ 18 كانون الأول/ديسمبر 2006' >"$corpus/seed-scripts"

max_len=4096
if [[ $target == fuzz_extract_pdf ]]; then
  # Seeds: every PDF shipped and in ../shared/pdfs, and the saved regressions.
  shopt -s nullglob globstar
  for f in "$root"/corpus/*.pdf "$root"/../shared/pdfs/**/*.pdf "$root"/fuzz/regressions/extract_pdf/*; do
    cp -n "$f" "$corpus/seed-$(basename "$f")"
  done
  max_len=1048576
fi

# The suite's suppressions: what system libraries keep for the process's life
# (OpenSSL's providers, loaded for PoDoFo) is no finding.
export LSAN_OPTIONS="suppressions=$root/tests/sanitizer/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
exec "$build/fuzz/$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$build/crashes/" -print_final_stats=1 "$corpus"
