#!/usr/bin/env bash
# Extraction speed: `unxref extract` against pdftotext and `mutool draw -F txt`
# on the same PDFs, one process per file for every tool, best of N runs.
#
#   tools/bench-extract.sh [-n REPS] [-b UNXREF_BINARY]
#
# PDFs: ../shared/corpus/un-drafts/*.pdf, corpus/*.pdf, and one large PDF
# merged from them (pdfunite or mutool merge) so per-file start-up costs do
# not hide per-page costs. Benchmark a Release or RelWithDebInfo build.
#
# Both wall and CPU (user+sys of the child processes) seconds are reported:
# on a shared machine wall time mostly measures the neighbours, so the
# ratio is taken on CPU time.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
reps=3
unxref="$root/build/unxref"
while getopts "n:b:" opt; do
  case $opt in
    n) reps=$OPTARG ;;
    b) unxref=$OPTARG ;;
    *) echo "usage: $0 [-n REPS] [-b UNXREF_BINARY]" >&2; exit 2 ;;
  esac
done
if [[ ! -x $unxref ]]; then
  echo "bench-extract: $unxref not found; build it first, e.g." >&2
  echo "  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build build --target unxref" >&2
  exit 2
fi
for tool in pdftotext pdfinfo python3; do
  command -v "$tool" >/dev/null || { echo "bench-extract: needs $tool" >&2; exit 2; }
done
have_mutool=0
command -v mutool >/dev/null && have_mutool=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

files=()
shopt -s nullglob
for f in "$root"/../shared/corpus/un-drafts/*.pdf "$root"/corpus/*.pdf; do files+=("$(realpath "$f")"); done
if ((${#files[@]} == 0)); then
  echo "bench-extract: no PDFs found (../shared/corpus/un-drafts/ or corpus/)" >&2
  exit 2
fi
# One big document: every input four times over.
big="$work/merged.pdf"
inputs=("${files[@]}" "${files[@]}" "${files[@]}" "${files[@]}")
if command -v pdfunite >/dev/null; then
  pdfunite "${inputs[@]}" "$big" 2>/dev/null || rm -f "$big"
elif ((have_mutool)); then
  mutool merge -o "$big" "${inputs[@]}" 2>/dev/null || rm -f "$big"
fi

pages_of() {
  local total=0 n
  for f in "$@"; do
    n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
    total=$((total + ${n:-0}))
  done
  echo "$total"
}

# Runs "$@" once per file (FILE substituted) REPS times; prints the best
# "wall cpu" pair, in seconds.
measure() {
  local set_name=$1; shift
  local -n set_files=$set_name
  python3 - "$reps" "${#set_files[@]}" "${set_files[@]}" -- "$@" <<'PY'
import os, subprocess, sys, time
reps = int(sys.argv[1]); n = int(sys.argv[2])
files = sys.argv[3:3 + n]; cmd = sys.argv[3 + n + 1:]
best = None
for _ in range(reps):
    before = os.times()
    t0 = time.perf_counter()
    for f in files:
        argv = [f if a == "FILE" else a for a in cmd]
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t0
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    if best is None or cpu < best[1]:
        best = (wall, cpu)
print(f"{best[0]:.3f} {best[1]:.3f}")
PY
}

report() {
  local label=$1 set_name=$2
  local -n rep_files=$set_name
  local pages
  pages=$(pages_of "${rep_files[@]}")
  echo
  echo "$label: ${#rep_files[@]} file(s), $pages pages, best of $reps runs"
  printf '%-16s %6s %9s %9s %11s %11s %10s\n' tool pages wall_s cpu_s pages/s_cpu pages/s_wall vs_pdftotext
  local ref_cpu=""
  local -a tools=("pdftotext" "unxref extract")
  ((have_mutool)) && tools+=("mutool draw")
  for tool in "${tools[@]}"; do
    local out
    case $tool in
      pdftotext) out=$(measure "$set_name" pdftotext -q FILE -) ;;
      "unxref extract") out=$(measure "$set_name" "$unxref" extract FILE) ;;
      "mutool draw") out=$(measure "$set_name" mutool draw -q -F txt -o - FILE) ;;
    esac
    local wall=${out% *} cpu=${out#* }
    [[ $tool == pdftotext ]] && ref_cpu=$cpu
    python3 -c "
import sys
tool, pages, wall, cpu, ref = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
rate = lambda s: pages / s if s > 0 else float('inf')
ratio = rate(cpu) / rate(ref) if ref > 0 and cpu > 0 else float('nan')
print(f'{tool:<16} {pages:6d} {wall:9.3f} {cpu:9.3f} {rate(cpu):11.1f} {rate(wall):11.1f} {ratio:9.2f}x')
" "$tool" "$pages" "$wall" "$cpu" "$ref_cpu"
  done
}

report "separate files" files
if [[ -f $big ]]; then
  merged=("$big")
  report "merged document" merged
fi
