#!/usr/bin/env bash
# Extraction speed: `unxref extract` against pdftotext and `mutool draw -F txt`
# on the same PDFs, one process per file for every tool, best of N runs.
#
#   tools/bench-extract.sh [-n REPS] [-b UNXREF_BINARY]
#
# Sets: the UN drafts (../shared/corpus/un-drafts/*.pdf) with corpus/*.pdf,
# one large PDF merged from them (pdfunite or mutool merge) so per-file
# start-up costs do not hide per-page costs, the tagged designed reports
# (../shared/pdfs/designed/) and the UPR reports (../shared/pdfs/upr/).
# Benchmark a Release or RelWithDebInfo build.
#
# Quality, side by side for the three tools, with ../shared/tools/text_score.py
# (mean word precision, recall and order ratio): the UN drafts against their
# JSON gold, the designed reports against NAME.gold.txt, split into the part
# tuned on and the part held out (the 2nd and 4th file in name order).
# "unxref geometry" is `unxref extract --reading-order geometry`: the same
# files read as if they were untagged, which scores the geometric layout
# that every untagged designed PDF gets.
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

# Mean scores of one tool's texts of `set` against gold files: prints "P R order".
quality() {
  local tool=$1; shift
  local dir="$work/q-${tool// /_}-$RANDOM"
  mkdir -p "$dir"
  local pairs=()
  while (($#)); do
    local pdf=$1 gold=$2; shift 2
    local out
    out="$dir/$(basename "${pdf%.pdf}").txt"
    case $tool in
      pdftotext) pdftotext -q "$pdf" "$out" ;;
      "unxref extract") "$unxref" extract "$pdf" >"$out" 2>/dev/null ;;
      "unxref geometry") "$unxref" extract --reading-order geometry "$pdf" >"$out" 2>/dev/null ;;
      "mutool draw") mutool draw -q -F txt -o "$out" "$pdf" 2>/dev/null ;;
    esac
    pairs+=("$out" "$gold")
  done
  python3 - "$root/../shared/tools/text_score.py" "${pairs[@]}" <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("ts", sys.argv[1]); ts = importlib.util.module_from_spec(spec); spec.loader.exec_module(ts)
args = sys.argv[2:]; sums = [0.0, 0.0, 0.0]; n = 0
for out, gold in zip(args[::2], args[1::2]):
    try:
        e = open(out, encoding="utf-8", errors="replace").read()
    except OSError:
        e = ""
    p, r, _, o = ts.score(e, ts.load(gold))
    sums[0] += p; sums[1] += r; sums[2] += o; n += 1
print(" ".join(f"{v / n:.4f}" for v in sums))
PY
}

quality_report() {
  local label=$1; shift
  echo
  echo "quality, $label: $(($# / 2)) file(s) (mean word precision, recall, order ratio)"
  printf '%-16s %9s %9s %9s\n' tool P R order
  local -a tools=("pdftotext" "unxref extract" "unxref geometry")
  ((have_mutool)) && tools+=("mutool draw")
  for tool in "${tools[@]}"; do
    local q
    q=$(quality "$tool" "$@")
    printf '%-16s %9s %9s %9s\n' "$tool" $q
  done
}

report "UN drafts + corpus/, separate files" files
if [[ -f $big ]]; then
  merged=("$big")
  report "merged document" merged
fi
designed=() designed_tuning=() designed_heldout=()
i=0
for f in "$root"/../shared/pdfs/designed/*.pdf; do
  f=$(realpath "$f")
  designed+=("$f")
  if ((i % 2 == 1)); then designed_heldout+=("$f" "${f%.pdf}.gold.txt"); else designed_tuning+=("$f" "${f%.pdf}.gold.txt"); fi
  i=$((i + 1))
done
upr=()
for f in "$root"/../shared/pdfs/upr/*.pdf; do upr+=("$(realpath "$f")"); done
((${#designed[@]})) && report "designed reports" designed
((${#upr[@]})) && report "UPR reports" upr

drafts_gold=()
for f in "$root"/../shared/corpus/un-drafts/*.pdf; do
  [[ -f ${f%.pdf}.json ]] && drafts_gold+=("$(realpath "$f")" "$(realpath "${f%.pdf}.json")")
done
((${#drafts_gold[@]})) && quality_report "UN drafts" "${drafts_gold[@]}"
((${#designed_tuning[@]})) && quality_report "designed reports, tuning part" "${designed_tuning[@]}"
((${#designed_heldout[@]})) && quality_report "designed reports, held-out part" "${designed_heldout[@]}"
exit 0
