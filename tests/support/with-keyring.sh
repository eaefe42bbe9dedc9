#!/bin/sh
# with-keyring.sh CMD [ARGS...]: run CMD on a private D-Bus session bus with an unlocked
# gnome-keyring serving org.freedesktop.secrets, in a throw-away HOME and XDG directories.
# Needs no login session and no X server; the bus and the keyring daemon end with CMD, and
# the user's real keyring is never touched. Used to run the keychain tests (tst_tokenvault).
set -eu

if [ -z "${VPPDESK_WITH_KEYRING_INNER:-}" ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "with-keyring.sh: $tool not found (install dbus and gnome-keyring)" >&2
            exit 127
        fi
    done
    export VPPDESK_WITH_KEYRING_INNER=1
    exec dbus-run-session -- sh "$0" "$@"
fi
unset VPPDESK_WITH_KEYRING_INNER

tmp=$(mktemp -d "${TMPDIR:-/tmp}/vppdesk-keyring.XXXXXX")
# The keyring daemon leaves with the private bus when dbus-run-session ends.
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
       XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# No prompt can ever be answered here: keep gnome-keyring from trying to show one.
unset DISPLAY WAYLAND_DISPLAY

eval "$(printf '%s' "${KEYRING_PASSWORD:-test}" | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

"$@"
