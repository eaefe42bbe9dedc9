#!/bin/sh
# test.sh [--sanitize]: installs what is missing, builds, and runs the whole test suite
# (unit, integration against vppsim over loopback, GUI offscreen, CLI) with a private
# D-Bus session and an unlocked throw-away gnome-keyring for the keychain tests.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
strict=""
if [ "${VPPDESK_CI:-0}" = 1 ]; then
    strict="-DVPPDESK_STRICT_DEPRECATIONS=ON" # CI: deprecation warnings are errors too
fi

if [ "${1:-}" = "--sanitize" ]; then
    dir=build-asan
    sh scripts/build.sh "$dir" -DCMAKE_BUILD_TYPE=Debug -DVPPDESK_SANITIZE=ON $strict
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
else
    # The tree scripts/demo.sh builds its programs in: what it compiled is reused.
    dir=build
    sh scripts/build.sh "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo $strict
fi
sh tests/support/with-keyring.sh ctest --test-dir "$dir" --output-on-failure --timeout 300 -j2
