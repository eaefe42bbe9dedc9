#!/bin/sh
# build.sh DIR [CMAKE_ARGS...]: configures (once) and builds VPP Desk into DIR.
set -eu
cd "$(dirname "$0")/.."
dir=$1
shift
if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja "$@"
fi
cmake --build "$dir" --parallel "$(nproc 2>/dev/null || echo 2)"
