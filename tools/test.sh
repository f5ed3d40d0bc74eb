#!/usr/bin/env bash
# The README's second command (and CI's): install what is missing, build, and
# run the whole test suite; then the same suite built by clang (unless
# UNXREF_SKIP_CLANG=1) and under ASan+UBSan (unless UNXREF_SKIP_SANITIZE=1).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh -DUNXREF_WERROR=ON
ctest --test-dir build --output-on-failure -j 2
# The second compiler: Debian 12's clang, warnings as errors, the same suite.
if [[ "${UNXREF_SKIP_CLANG:-0}" != 1 ]]; then
  CC=clang CXX=clang++ BUILD_DIR=build-clang tools/build.sh -DUNXREF_WERROR=ON -DUNXREF_BENCHMARKS=OFF
  ctest --test-dir build-clang --output-on-failure -j 2
fi
if [[ "${UNXREF_SKIP_SANITIZE:-0}" != 1 ]]; then
  BUILD_DIR=build-asan BUILD_TYPE=Debug tools/build.sh -DUNXREF_SANITIZE=ON -DUNXREF_BENCHMARKS=OFF
  ASAN_OPTIONS=detect_leaks=1:suppressions=$PWD/tests/sanitizer/asan.supp UBSAN_OPTIONS=print_stacktrace=1 \
    LSAN_OPTIONS=suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0 \
    ctest --test-dir build-asan --output-on-failure -j 2
fi
