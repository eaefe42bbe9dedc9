#!/bin/sh
# fuzz.sh [--runs N | --seconds S] [TARGET...]: builds the libFuzzer targets of tests/fuzz in their own
# clang tree (build-fuzz: vppcore and the targets only, ASan+UBSan) and runs each over its regression
# corpus (tests/fuzz/corpus/<target>/) and then on new inputs. Fails on any crash, leak, sanitizer
# report or broken property; the targets CMake marks as expected to fail must fail.
#   --runs N     CI: the corpus plus new inputs up to N executions per target (default 4000)
#   --seconds S  for people: S seconds per target (e.g. --seconds 300)
# New interesting inputs and crash-<sha1> files land in build-fuzz/tests/fuzz/work/<target>/; copy a
# crash into tests/fuzz/corpus/<target>/ once it is fixed.
set -eu
cd "$(dirname "$0")/.."

args="-runs=4000"
timeout=600
while [ $# -gt 0 ]; do
    case "$1" in
    --runs) args="-runs=$2"; shift 2 ;;
    --seconds) args="-max_total_time=$2"; timeout=$(($2 + 120)); shift 2 ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    --*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
    esac
done

VPPDESK_FUZZ=1 sh scripts/install-deps.sh

dir=build-fuzz
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
if [ ! -f "$dir/build.ninja" ]; then
    # -O1 and line tables: fast enough to fuzz, readable stacks, and Q_ASSERT stays on.
    cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" $launcher \
        -DVPPDESK_FUZZ=ON -DVPPDESK_BUILD_GUI=OFF -DVPPDESK_BUILD_TESTS=OFF
fi
cmake --build "$dir" --parallel "$(nproc 2>/dev/null || echo 2)"

export VPPDESK_FUZZ_ARGS="$args"
regex=""
[ $# -gt 0 ] && regex="^($(echo "$@" | sed 's/ /|/g'))(_known_failure)?\$"
# One target at a time: each uses a core, and CI machines are small.
ctest --test-dir "$dir" -L fuzz --output-on-failure --timeout "$timeout" ${regex:+-R "$regex"}
