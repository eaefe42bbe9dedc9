#!/bin/sh
# demo.sh: installs what is missing, builds, and opens VPP Desk in demo mode: the console starts
# an embedded simulator of Apple's service with the sample organization (Fjord & Finch Ltd), a
# temporary database and the demo tokens, so every flow can be tried with no Apple account.
# Without a display it serves the demo organization with vppsim on 127.0.0.1:8089 instead (for
# vppdesk-cli), writing its .vpptoken files to build/demo-tokens.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
# Only what the demo runs, in the tree scripts/test.sh uses too: the tests build later on top of
# these objects instead of compiling everything again.
BUILD_TARGETS="vppdesk vppsim vppdesk-cli" sh scripts/build.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/src/gui/vppdesk ]; then
    exec build/src/gui/vppdesk --demo "$@"
else
    echo "No display: serving the demo organization only (Ctrl+C to stop)."
    exec build/src/sim/vppsim --port "${VPPSIM_PORT:-8089}" --tokens-out "$(pwd)/build/demo-tokens"
fi
