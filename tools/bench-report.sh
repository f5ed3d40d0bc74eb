#!/usr/bin/env bash
# How long report.html takes to open, in headless Chromium:
#
#   tools/bench-report.sh [-b UNXREF_BINARY] [-n DOCS]
#
# Three corpora, each scanned into a temporary folder (removed at the end):
# the shipped corpus/; ../shared/corpus without akn/ (seed, un-drafts,
# sc-resolutions, general-debate: the real documents, about 80); and a
# generated corpus of DOCS text documents (default 1000), copies of
# ../shared/corpus texts (sc-resolutions, general-debate, the English akn/
# resolutions) and corpus/, each with its own first line so that no two have
# the same content. For each: the scan time, the report's size, and the time
# from navigation to a usable overview (the script's data-ready mark; best
# of 3 loads, tests/report/browser_test.py --timing-only). Needs chromium,
# chromium-driver and python3-selenium (tools/setup.sh).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared"
unxref="$root/build/unxref"
n_docs=1000
while getopts "b:n:" opt; do
  case $opt in
    b) unxref=$OPTARG ;;
    n) n_docs=$OPTARG ;;
    *) echo "usage: $0 [-b UNXREF_BINARY] [-n DOCS]" >&2; exit 2 ;;
  esac
done
[[ -x $unxref ]] || { echo "bench-report: $unxref not found; build it first (tools/build.sh)" >&2; exit 2; }
[[ -d $shared/corpus ]] || { echo "bench-report: needs ../shared/corpus next to the project" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/shared"
for d in seed un-drafts sc-resolutions general-debate; do cp -r "$shared/corpus/$d" "$work/shared/"; done

mkdir -p "$work/generated"
mapfile -t sources < <(find "$shared/corpus/sc-resolutions" "$shared/corpus/general-debate" "$root/corpus" \
                         "$shared/corpus/akn" -type f \( -name '*.txt' -o -name '*.md' \) \
                         \( -path '*akn*' -a -name '*en*' -o ! -path '*akn*' \) ! -name 'README*' | sort)
((${#sources[@]} > 0)) || { echo "bench-report: no source texts found" >&2; exit 2; }
for ((i = 0; i < n_docs; ++i)); do
  src=${sources[i % ${#sources[@]}]}
  ext=${src##*.}
  { echo "Generated copy $i of $(basename "$src")"; echo; cat "$src"; } > "$work/generated/doc-$i.$ext"
done

printf '%-22s %6s %9s %10s %12s\n' corpus docs "scan s" "report MB" "open s"
for name in shipped shared generated; do
  case $name in
    shipped) input=$root/corpus ;;
    *) input=$work/$name ;;
  esac
  out=$work/out-$name
  start=$(date +%s.%N)
  "$unxref" scan "$input" --out "$out" --formats none --quiet || true
  scan_s=$(echo "$(date +%s.%N) - $start" | bc)
  docs=$(($(wc -l < "$out/documents.csv") - 1))
  mb=$(du -sm "$out/report.html" "$out/report" | awk '{s += $1} END {print s}')
  open_s=$(/usr/bin/python3 "$root/tests/report/browser_test.py" --report "$out" --timing-only |
           sed -n 's/.*ready after \([0-9.]*\) s.*/\1/p')
  printf '%-22s %6s %9.1f %10s %12s\n' "$name" "$docs" "$scan_s" "$mb" "${open_s:-failed}"
done
