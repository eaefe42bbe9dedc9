#!/bin/sh
# demo.sh: installs what is missing, builds, and runs VPP Desk on the bundled demo
# organization: vppsim serves it on 127.0.0.1:8089 and writes its .vpptoken files; with a
# display, the console opens in demo mode beside it.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
sh scripts/build.sh build -DCMAKE_BUILD_TYPE=Release

tokens="$(pwd)/build/demo-tokens"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/src/gui/vppdesk ]; then
    build/src/sim/vppsim --port "${VPPSIM_PORT:-8089}" --tokens-out "$tokens" &
    sim=$!
    trap 'kill $sim 2>/dev/null' EXIT INT TERM
    build/src/gui/vppdesk --demo
else
    echo "No display: serving the demo organization only (Ctrl+C to stop)."
    exec build/src/sim/vppsim --port "${VPPSIM_PORT:-8089}" --tokens-out "$tokens"
fi
