#!/usr/bin/env bash
# Whether two unxref binaries find exactly the same mentions: a change meant
# to keep behaviour (a speed-up, a clean-up) is checked with it before it is
# committed.
#
#   tools/compare-detect.sh OLD_BINARY NEW_BINARY [DIR ...]
#
# Every .txt, .md and .pdf under the DIRs (default: corpus/ and, when present,
# ../shared/corpus and ../shared/pdfs) is read by each binary twice: as files
# (`detect FILES`, one block per paragraph or line) and, for text files, from
# standard input (one block of running text, the path the detector takes for
# piped text). Exit 0 when every record is byte-identical, 1 with the first
# differences otherwise.
set -euo pipefail
if [[ $# -lt 2 ]]; then
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
old=$1 new=$2
shift 2
here="$(cd "$(dirname "$0")/.." && pwd)"
if [[ $# -eq 0 ]]; then
  set -- "$here/corpus"
  for d in "$here/../shared/corpus" "$here/../shared/pdfs"; do [[ -d $d ]] && set -- "$@" "$d"; done
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find "$@" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.pdf' \) | sort > "$work/files"
grep -E '\.(txt|md)$' "$work/files" > "$work/texts" || true
run() {  # BINARY OUT
  xargs -d '\n' -a "$work/files" "$1" detect -f jsonl > "$2.files" 2>/dev/null || true
  while IFS= read -r f; do
    printf '## %s\n' "$f"
    "$1" detect -f jsonl - < "$f" 2>/dev/null || true
  done < "$work/texts" > "$2.stdin"
}
echo "$(wc -l < "$work/files") files ($(wc -l < "$work/texts") also from standard input)" >&2
run "$old" "$work/old"
run "$new" "$work/new"
status=0
for mode in files stdin; do
  n=$(wc -l < "$work/old.$mode")
  if cmp -s "$work/old.$mode" "$work/new.$mode"; then
    echo "$mode: identical ($n records)"
  else
    echo "$mode: DIFFERENT (old $n, new $(wc -l < "$work/new.$mode") records); first differences:"
    diff "$work/old.$mode" "$work/new.$mode" | head -20 || true
    status=1
  fi
done
exit $status
