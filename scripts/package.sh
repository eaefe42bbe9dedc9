#!/usr/bin/env bash
# package.sh: builds the Linux packages (.deb and .tar.gz) in a Release tree with only the shipped
# programs (no tests), then checks them as an admin would meet them:
#   - dpkg-deb -I shows the package's Depends (what is loaded at run time included);
#   - every Depends is installed here (one of each alternative);
#   - the .deb unpacked into a scratch root (dpkg -x): vppdesk --version, vppdesk-cli --help,
#     vppsim --help, and a headless `vppdesk --demo` on Xvfb whose screenshot is saved;
#   - the .tar.gz holds the same programs.
#
#   scripts/package.sh                 build in build-release/, packages in build-release/packages/
#   BUILD_DIR=/tmp/rel scripts/package.sh
#
# Windows (.msi) and macOS (.dmg) are built on their own machines: see packaging/README.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build-release}
out_dir=$build_dir/packages
cd "$root"
VPPDESK_PACKAGE=1 sh scripts/install-deps.sh
sh scripts/build.sh "$build_dir" -DCMAKE_BUILD_TYPE=Release -DVPPDESK_BUILD_TESTS=OFF
rm -rf "$out_dir"
(cd "$build_dir" && cpack -G "TGZ;DEB" -B "$out_dir" >/dev/null)
deb=$(ls "$out_dir"/*.deb)
tgz=$(ls "$out_dir"/*.tar.gz)
echo "== Built"
ls -l "$deb" "$tgz"

echo "== dpkg-deb -I (control)"
dpkg-deb -f "$deb"
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
for needed in libsecret-1-0 libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libqt6keychain1; do
    grep -q "$needed" <<<"$depends" || { echo "Depends misses $needed" >&2; exit 1; }
done
grep -q libqt6sql6-psql <<<"$recommends" || { echo "Recommends misses libqt6sql6-psql" >&2; exit 1; }
# Every dependency can be met on this machine (one package of each alternative installed).
IFS=',' read -ra clauses <<<"$depends"
for clause in "${clauses[@]}"; do
    met=""
    IFS='|' read -ra alternatives <<<"$clause"
    for alt in "${alternatives[@]}"; do
        name=$(awk '{print $1}' <<<"$alt")
        if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed"; then
            met=$name
            break
        fi
    done
    [ -n "$met" ] || echo "warning: not installed here: $clause" >&2
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg -x "$deb" "$scratch/root"
echo "== Files"
(cd "$scratch/root" && find . -type f | sort)
bin=$scratch/root/usr/bin
for f in usr/share/applications/vppdesk.desktop usr/share/metainfo/io.vppdesk.VppDesk.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/vppdesk.svg usr/share/icons/hicolor/48x48/apps/vppdesk.png \
    usr/share/icons/hicolor/512x512/apps/vppdesk.png usr/share/man/man1/vppdesk-cli.1 \
    usr/share/man/man1/vppsim.1 usr/share/man/man1/vppdesk.1; do
    [ -f "$scratch/root/$f" ] || { echo "missing from the .deb: $f" >&2; exit 1; }
done

echo "== vppdesk --version (from the package)"
"$bin/vppdesk" --version
echo "== vppdesk-cli --help (from the package)"
"$bin/vppdesk-cli" --help | head -5
"$bin/vppsim" --help >/dev/null

echo "== tar.gz"
tar -tzf "$tgz" | grep -E '/bin/(vppdesk|vppdesk-cli|vppsim)$'

echo "== vppdesk --demo on Xvfb (from the package)"
mkdir -m 700 "$scratch/home" "$scratch/run"
shot=$out_dir/vppdesk-demo.png
HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/config XDG_DATA_HOME=$scratch/home/data \
    XDG_RUNTIME_DIR=$scratch/run LANG=C.UTF-8 QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1024x700x24" bash -c '
        "$1" --demo &
        app=$!
        sleep "${SETTLE:-8}"
        import -window root "$2"
        kill "$app"
        wait "$app" 2>/dev/null || true
    ' package-demo "$bin/vppdesk" "$shot"
# A real window is mostly not one colour: a blank screen or a crash leaves a single colour.
colors=$(convert "$shot" -format '%k' info:)
echo "screenshot $shot: $colors colors"
[ "$colors" -gt 50 ] || { echo "the demo window did not show" >&2; exit 1; }
echo "== Packages OK"
