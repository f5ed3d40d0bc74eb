#!/usr/bin/env bash
# Graph-stage benchmarks, printed as tables:
#  1. bench_graph: a synthetic 100,000-vertex / 1,000,000-edge citation graph
#     built and analysed (PageRank, sampled betweenness, co-citation, ...).
#  2. `unxref scan` of a corpus against `unxref extract` of the same files:
#     what detection, graph building, exports and drawing cost on top of
#     extraction (CPU seconds, so that a busy machine does not skew the ratio).
#
# Usage: tools/bench-graph.sh [CORPUS_DIR...]   (default: corpus/ and ../shared/corpus/)
# Builds into build-bench/ (Release) unless BUILD_DIR is set.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build-bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DUNXREF_BENCHMARKS=ON -DUNXREF_TESTS=OFF >/dev/null
cmake --build "$build" -j "${JOBS:-1}" --target bench_graph unxref >/dev/null

echo "== synthetic graph =="
"$build/bench/bench_graph" "${VERTICES:-100000}" "${EDGES:-1000000}" "${SAMPLES:-64}"

corpora=("$@")
if ((${#corpora[@]} == 0)); then
  corpora=(corpus)
  [[ -d ../shared/corpus ]] && corpora+=(../shared/corpus)
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Prints "<cpu seconds> <wall seconds> <peak MB>" of one command.
measure() {
  /usr/bin/time -f "%U %S %e %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/stderr" || true
  awk '{printf "%.2f %.2f %.0f\n", $1 + $2, $3, $4 / 1024}' "$tmp/time"
}

echo
echo "== scan vs extraction alone (CPU s / wall s / peak MB) =="
printf "%-22s %6s  %-20s %-20s %-20s %s\n" corpus files extract "scan (--formats dot)" "scan (all drawings)" "ratio cpu (dot / all)"
for c in "${corpora[@]}"; do
  mapfile -t files < <(find "$c" -type f \( -iname '*.pdf' -o -iname '*.txt' -o -iname '*.md' \) ! -iname 'readme*' | sort)
  ((${#files[@]})) || continue
  read -r ec ew em < <(measure "$build/unxref" extract --out "$tmp/extract" "${files[@]}")
  read -r dc dw dm < <(measure "$build/unxref" scan -q --formats dot --out "$tmp/scan-dot" "$c")
  read -r ac aw am < <(measure "$build/unxref" scan -q --out "$tmp/scan-all" "$c")
  printf "%-22s %6d  %-20s %-20s %-20s %s\n" "$c" "${#files[@]}" "$ec / $ew / $em" "$dc / $dw / $dm" \
    "$ac / $aw / $am" "$(awk -v e="$ec" -v d="$dc" -v a="$ac" 'BEGIN { if (e > 0) printf "%.2f / %.2f", d / e, a / e; else print "n/a" }')"
done
