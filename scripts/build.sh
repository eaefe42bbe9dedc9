#!/bin/sh
# build.sh DIR [CMAKE_ARGS...]: configures (once) and builds VPP Desk into DIR: everything, or only
# the targets listed in BUILD_TARGETS (e.g. BUILD_TARGETS="vppdesk vppsim").
# With ccache installed (scripts/install-deps.sh installs it), compilations are cached across
# build folders and clones: paths are taken relative to the repository (CCACHE_BASEDIR).
set -eu
cd "$(dirname "$0")/.."
dir=$1
shift
launcher=""
if command -v ccache >/dev/null 2>&1; then
    CCACHE_BASEDIR="$(pwd)"
    CCACHE_NOHASHDIR=true # the build folder's own path does not matter (debug info keeps it)
    export CCACHE_BASEDIR CCACHE_NOHASHDIR
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache"
fi
if [ ! -f "$dir/build.ninja" ]; then
    # shellcheck disable=SC2086
    cmake -S . -B "$dir" -G Ninja $launcher "$@"
fi
targets=""
for t in ${BUILD_TARGETS:-}; do
    targets="$targets --target $t"
done
# shellcheck disable=SC2086
cmake --build "$dir" --parallel "$(nproc 2>/dev/null || echo 2)" $targets
