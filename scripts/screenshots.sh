#!/usr/bin/env bash
# Builds vppdesk and saves screenshots of its main views in demo mode (the embedded simulator with
# the sample organization), taken on a virtual X server (Xvfb), to docs/screenshots/<page>.png
# (<page>-LANG.png when SCREENSHOT_LANG is set, e.g. de or fr).
#
#   scripts/screenshots.sh                  build in build-screenshots/ and take every shot
#   SCREENSHOT_PAGES="assets licenses" scripts/screenshots.sh
#   BUILD_DIR=build-gui scripts/screenshots.sh
#   VPPDESK_BIN=/path/to/vppdesk scripts/screenshots.sh   use an existing binary, skip the build
#
# Needs: cmake, ninja, xvfb-run (xvfb, xauth), import (imagemagick), a font (fonts-dejavu-core).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build-screenshots}
out_dir=$root/docs/screenshots
lang=${SCREENSHOT_LANG:-}
settle=${SCREENSHOT_SETTLE_SECONDS:-6}
pages=${SCREENSHOT_PAGES:-locations assets licenses users devices jobs history audit reclaim}

if [[ -z "${VPPDESK_BIN:-}" ]]; then
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    nice cmake --build "$build_dir" --target vppdesk
    VPPDESK_BIN=$build_dir/src/gui/vppdesk
fi
mkdir -p "$out_dir"

# A throw-away home: no saved geometry, settings or desktop theme leak into the pictures.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run"
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_RUNTIME_DIR=$tmp/run
if [[ -n "$lang" ]]; then
    export LANGUAGE=$lang LC_ALL=C.UTF-8 LANG=${lang}_${lang^^}.UTF-8
else
    export LANGUAGE=en LANG=C.UTF-8
fi
unset QT_QPA_PLATFORM

for page in $pages; do
    out=$out_dir/$page${lang:+-$lang}.png
    # The demo adds its tokens and syncs them on start; the settle time lets that finish.
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$1" --demo --page "$4" -qwindowgeometry 1280x800+0+0 &
        app=$!
        sleep "$3"
        import -window root "$2"
        kill "$app"
        wait "$app" 2>/dev/null || true
    ' screenshot "$VPPDESK_BIN" "$out" "$settle" "$page"
    echo "Saved $out"
done
