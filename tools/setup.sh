#!/usr/bin/env bash
# Installs the Debian 12 packages unxref builds and tests with, if missing.
# Idempotent: does nothing (and needs no network) when all are present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  clang                             # the second compiler tools/test.sh builds with
  libpodofo-dev libssl-dev          # PDF parsing (+ OpenSSL for encrypted PDFs)
  libicu-dev                        # normalisation, word breaking
  libboost-graph-dev                # the citation graph
  libigraph-dev                     # communities of co-cited targets (Louvain), not hand-written
  libsqlite3-dev                    # the corpus index
  libgraphviz-dev graphviz          # layout + rendering (graphviz: `dot` for tests)
  libhyperscan-dev                  # the detector's one cue scan
  libre2-dev                        # bench/ only: the baseline bench_detect compares with
  nlohmann-json3-dev libcli11-dev
  libstemmer-dev                    # Snowball stemmers for uptake matching
  libhunspell-dev hunspell-en-us    # word list for line-end hyphens ("put-ting" vs "non-governmental")
  libgtest-dev libbenchmark-dev
  fonts-dejavu-core                 # labels in PNG/PDF renderings (Latin, Cyrillic, Arabic)
  fonts-wqy-microhei                # ... and Chinese labels, by fontconfig fallback
  python3                           # tests/ and tools/ helper scripts
  poppler-utils mupdf-tools         # tools/bench-*.sh: pdftotext and mutool, the baselines users would reach for
  node-d3                           # d3.min.js, compiled into report.html (found at configure time)
  chromium chromium-driver python3-selenium  # the report's browser test (tests/report/browser_test.py)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
