#!/usr/bin/env bash
# The README's first command: install what is missing, build, and run the main
# job (the citation graph of corpus/) into graphs/.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh
build/unxref scan corpus --out graphs
