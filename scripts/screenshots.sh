#!/usr/bin/env bash
# Builds vppdesk and saves screenshots of its main views in demo mode (the embedded simulator with
# the sample organization), taken on a virtual X server (Xvfb), to docs/screenshots/<page>.png
# (<page>-LANG.png when SCREENSHOT_LANG is set, e.g. de or fr).
#
#   scripts/screenshots.sh                  build in build-screenshots/ and take every shot
#   SCREENSHOT_PAGES="assets licenses" scripts/screenshots.sh
#   BUILD_DIR=build-gui scripts/screenshots.sh
#   VPPDESK_BIN=/path/to/vppdesk scripts/screenshots.sh   use an existing binary, skip the build
#   SCREENSHOT_SCENES="holdings" scripts/screenshots.sh    only these scenes (SCREENSHOT_PAGES="" for no page)
#
# Besides the pages, scenes show what a person opens from them, driven by the keyboard as a person
# would (xdotool): the Licenses page's context menu, an unassign reviewed before it runs, an asset's
# details, Who Holds What opened from the command line (--search).
#
# Needs: cmake, ninja, xvfb-run (xvfb, xauth), import (imagemagick), xdotool, a font (fonts-dejavu-core);
# openbox when present.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build-screenshots}
out_dir=$root/docs/screenshots
lang=${SCREENSHOT_LANG:-}
settle=${SCREENSHOT_SETTLE_SECONDS:-6}
pages=${SCREENSHOT_PAGES-locations assets licenses users devices jobs history audit reclaim}
scenes=${SCREENSHOT_SCENES-licenses-menu unassign-review asset-details holdings}
# A scene: the console's arguments, then the keys pressed once it settled ("@N" waits N seconds).
declare -A scene_args=(
    [licenses-menu]="--page licenses"
    [unassign-review]="--page licenses"
    [asset-details]="--page assets"
    [holdings]="--search amelia"
)
declare -A scene_keys=(
    [licenses-menu]="Down Down Menu @1"
    [unassign-review]="Down Down Menu @1 Down Return @2 alt+r @3"
    [asset-details]="Down Return @2"
    [holdings]="@2"
)

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

# shot OUT KEYS ARGS...: starts the demo console with ARGS, lets it settle, presses KEYS, saves the screen.
shot() {
    local out=$1 keys=$2
    shift 2
    # The demo adds its tokens and syncs them on start; the settle time lets that finish.
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        out=$1 settle=$2 keys=$3
        shift 3
        # A window manager, as on a desktop: focus, decorations, menus that pop up where they should.
        if command -v openbox >/dev/null; then openbox >/dev/null 2>&1 & sleep 1; fi
        "$@" &
        app=$!
        sleep "$settle"
        for key in $keys; do
            if [[ $key == @* ]]; then sleep "${key#@}"; else xdotool key --clearmodifiers "$key"; sleep 0.3; fi
        done
        import -window root "$out"
        kill "$app"
        wait "$app" 2>/dev/null || true
    ' screenshot "$out" "$settle" "$keys" "$VPPDESK_BIN" --demo -qwindowgeometry 1280x800+0+0 "$@"
    echo "Saved $out"
}

for page in $pages; do
    shot "$out_dir/$page${lang:+-$lang}.png" "" --page "$page"
done
for scene in $scenes; do
    [[ -n "${scene_args[$scene]:-}" ]] || { echo "Unknown scene: $scene" >&2; exit 2; }
    # shellcheck disable=SC2086 # the arguments are words
    shot "$out_dir/$scene${lang:+-$lang}.png" "${scene_keys[$scene]}" ${scene_args[$scene]}
done
