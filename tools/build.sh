#!/usr/bin/env bash
# Configures and builds unxref in build/ (or $BUILD_DIR), after tools/setup.sh.
# Extra arguments go to CMake, e.g. tools/build.sh -DUNXREF_SANITIZE=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} "$@" >&2
# Two cores, and heavy Boost.Graph/Graphviz units: more jobs only swap.
cmake --build "$build_dir" -j "${JOBS:-2}" >&2
