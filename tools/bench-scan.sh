#!/usr/bin/env bash
# Scan speed and memory on corpora larger than the shipped one:
#
#   tools/bench-scan.sh [-b UNXREF_BINARY] [-p PDFS] [-t TEXTS]
#
# Builds two corpora in a temporary folder (removed at the end, never
# committed): PDFS PDFs (default 1000) copied from corpus/ and ../shared/pdfs
# (all but broken/) and ../shared/corpus/un-drafts, each copy made unique by
# a comment after %%EOF so that no two have the same content; and TEXTS
# text documents (default 10000) from ../shared/corpus (akn, sc-resolutions,
# general-debate) and corpus/, each copy with its own first line. Then, per
# corpus: a first scan with --jobs 1 and with --jobs 2 (each into a fresh
# index), a no-change re-scan of the --jobs 2 index, and, for the PDFs,
# pdftotext over the same files (one process per file, as `scan --jobs 1`
# reads them one at a time). Scans write the tables and no drawing (--formats none): Graphviz layout is
# measured by bench_render.
#
# Prints wall and CPU seconds (user+sys of the process and its workers),
# files/s and pages/s (wall), and peak RSS of the largest single process
# (GNU time's %M: the scan or one worker, whichever is larger).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared"
unxref="$root/build/unxref"
n_pdfs=1000
n_texts=10000
while getopts "b:p:t:" opt; do
  case $opt in
    b) unxref=$OPTARG ;;
    p) n_pdfs=$OPTARG ;;
    t) n_texts=$OPTARG ;;
    *) echo "usage: $0 [-b UNXREF_BINARY] [-p PDFS] [-t TEXTS]" >&2; exit 2 ;;
  esac
done
[[ -x $unxref ]] || { echo "bench-scan: $unxref not found; build it first (tools/build.sh)" >&2; exit 2; }
for tool in pdftotext pdfinfo python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench-scan: needs $tool" >&2; exit 2; }
done
[[ -d $shared/corpus ]] || { echo "bench-scan: needs ../shared/corpus next to the project" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$root" "$shared" "$work" "$n_pdfs" "$n_texts" <<'PY'
import os, pathlib, sys
root, shared, work = map(pathlib.Path, sys.argv[1:4])
n_pdfs, n_texts = int(sys.argv[4]), int(sys.argv[5])
pdfs = sorted(p for p in list(root.glob("corpus/*.pdf")) + list((shared / "pdfs").rglob("*.pdf"))
              + list((shared / "corpus/un-drafts").glob("*.pdf")) if "broken" not in p.parts)
texts = sorted(list((shared / "corpus").rglob("*.txt")) + list(root.glob("corpus/**/*.md"))
               + list(root.glob("corpus/**/*.txt")))
texts = [t for t in texts if t.name.lower() not in ("readme.md", "readme.txt")]
out = work / "pdfs"
out.mkdir()
for i in range(n_pdfs):
    src = pdfs[i % len(pdfs)]
    (out / f"{i // 100:02d}").mkdir(exist_ok=True)
    (out / f"{i // 100:02d}" / f"{i:05d}-{src.name}").write_bytes(src.read_bytes() + f"\n% copy {i}\n".encode())
out = work / "texts"
out.mkdir()
for i in range(n_texts):
    src = texts[i % len(texts)]
    (out / f"{i // 500:02d}").mkdir(exist_ok=True)
    body = src.read_bytes()
    if i >= len(texts):
        body = f"Copy {i} of {src.name}\n\n".encode() + body
    (out / f"{i // 500:02d}" / f"{i:05d}-{src.stem}{src.suffix}").write_bytes(body)
PY

pdf_pages=0
while IFS= read -r -d '' f; do
  n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}' || true)
  pdf_pages=$((pdf_pages + ${n:-0}))
done < <(find "$work/pdfs" -name '*.pdf' -print0)

# run LABEL FILES PAGES CMD...: one measured run, one table row.
run() {
  local label=$1 files=$2 pages=$3; shift 3
  local stats="$work/time.txt"
  /usr/bin/time -o "$stats" -f "%e %U %S %M" "$@" >/dev/null 2>"$work/stderr.txt" || true
  read -r wall user sys rss < <(tail -n 1 "$stats")
  python3 -c "
import sys
label, files, pages, wall, user, sys_, rss = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), *map(float, sys.argv[4:8])
cpu = user + sys_
pps = f'{pages / wall:9.1f}' if pages else '        -'
print(f'{label:<34} {files:6d} {wall:8.2f} {cpu:8.2f} {files / wall:9.1f} {pps} {rss / 1024:8.1f}')
" "$label" "$files" "$pages" "$wall" "$user" "$sys" "$rss"
}

pdftotext_all() { find "$1" -name '*.pdf' -print0 | sort -z | xargs -0 -n 1 sh -c 'pdftotext -q "$0" /dev/null || true'; }
export -f pdftotext_all

echo "bench-scan: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %6s %8s %8s %9s %9s %8s\n' run files wall_s cpu_s files/s pages/s peak_MiB
for corpus in pdfs texts; do
  files=$(find "$work/$corpus" -type f | wc -l)
  pages=0
  [[ $corpus == pdfs ]] && pages=$pdf_pages
  run "$corpus: scan --jobs 1" "$files" "$pages" \
    "$unxref" scan "$work/$corpus" --out "$work/out-$corpus-1" --formats none --jobs 1 --quiet
  run "$corpus: scan --jobs 2" "$files" "$pages" \
    "$unxref" scan "$work/$corpus" --out "$work/out-$corpus-2" --formats none --jobs 2 --quiet
  run "$corpus: re-scan, nothing changed" "$files" "$pages" \
    "$unxref" scan "$work/$corpus" --out "$work/out-$corpus-2" --formats none --jobs 2 --quiet
  if [[ $corpus == pdfs ]]; then
    run "pdfs: pdftotext, one per file" "$files" "$pages" bash -c "pdftotext_all '$work/pdfs'"
  fi
  rm -rf "$work/out-$corpus-1"
done
