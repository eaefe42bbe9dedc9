#!/bin/sh
# Installs what VPP Desk needs to build, test and run on Debian 12 (bookworm) or newer.
# Safe to run again: it only calls apt-get when a package is missing.
set -eu

# The last line: the Linux packaging checks (desktop-file-validate, appstreamcli) and PostgreSQL (Qt's
# QPSQL driver, libpq's headers for COPY, the server the tests start).
PACKAGES="qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
qt6-l10n-tools qtkeychain-qt6-dev libqt6sql6-sqlite libsqlite3-dev libqt6svg6 qt6-qpa-plugins libsecret-1-0 cmake ninja-build
g++ ccache xvfb xauth fonts-dejavu-core dbus dbus-x11 gnome-keyring libsecret-tools imagemagick clang-format
desktop-file-utils appstream libqt6sql6-psql libpq-dev postgresql-15"
# scripts/package.sh: dpkg-shlibdeps (Depends of the .deb).
if [ -n "${VPPDESK_PACKAGE:-}" ]; then
    PACKAGES="$PACKAGES dpkg-dev"
fi
# The libFuzzer build (scripts/fuzz.sh sets VPPDESK_FUZZ=1): clang and its sanitizer and fuzzer runtimes.
if [ -n "${VPPDESK_FUZZ:-}" ]; then
    PACKAGES="$PACKAGES clang-14 libclang-rt-14-dev"
fi

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Run as root or install sudo: missing packages:$missing" >&2; exit 1; }
    SUDO="sudo"
fi
$SUDO apt-get update -q
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
