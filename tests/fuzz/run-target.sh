#!/bin/sh
# run-target.sh BINARY CORPUS WORKDIR: runs one libFuzzer target over its regression corpus, then on new
# inputs. VPPDESK_FUZZ_ARGS holds the budget (default -runs=4000; scripts/fuzz.sh sets it). New interesting
# inputs go to WORKDIR/new, never into the checked-in corpus; a crash leaves WORKDIR/crash-<sha1>.
set -eu
bin=$1
corpus=$2
work=$3
mkdir -p "$work/new"
dict="$(dirname "$0")/$(basename "$corpus").dict" # tests/fuzz/<target>.dict, if any
[ -f "$dict" ] && set -- -dict="$dict" || set --
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# shellcheck disable=SC2086
exec "$bin" ${VPPDESK_FUZZ_ARGS:--runs=4000} -print_final_stats=1 -artifact_prefix="$work/" "$@" "$work/new" "$corpus"
