#!/usr/bin/env bash
# The sanitizer stage of the test suite: one tree (build-asan, the debug-asan preset) built once
# with AddressSanitizer + UBSan and libFuzzer's coverage instrumentation serves both halves:
#   1. the unit and integration tests (build-asan/sanitized-tests.txt, with the node they drive)
#      and the fuzz seeds and regression inputs run under the sanitizers (ctest labels unit,
#      integration, fuzz); SWARMSCOPE_SANITIZE_TESTS=0 leaves the unit and integration tests out;
#   2. every fuzz target runs for SWARMSCOPE_FUZZ_SECONDS (default 30), two at a time.
# The tree keeps line tables only (-gline-tables-only): enough for the sanitizers' stack traces,
# and much less to compile and link than full debug information.
# Any sanitizer report fails the run (UBSan stops at its first finding, LeakSanitizer fails the
# process). Tests that need root and network namespaces (the NAT lab) fail rather than skip
# under CI=true. SWARMSCOPE_SKIP_SANITIZERS=1 skips the stage.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
if [ "${SWARMSCOPE_SKIP_SANITIZERS:-0}" = 1 ]; then
  echo "sanitizers: skipped (SWARMSCOPE_SKIP_SANITIZERS=1)"
  exit 0
fi
start=$SECONDS
cd "$root"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset debug-asan "${launcher[@]}" >/dev/null
labels='fuzz'
if [ "${SWARMSCOPE_SANITIZE_TESTS:-1}" = 1 ]; then
  cmake --build build-asan --target fuzz_seeds $(cat build-asan/fuzzers.txt) $(cat build-asan/sanitized-tests.txt)
  labels='unit|integration|fuzz'
else
  cmake --build build-asan --target fuzz_seeds $(cat build-asan/fuzzers.txt)
fi
built=$SECONDS
echo "sanitizers: build took $((built - start)) s"

export SWARMSCOPE_OFFLINE=1
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0"
(cd build-asan && ctest -L "$labels" --output-on-failure -j2 --timeout 900)
tested=$SECONDS
echo "sanitizers: tests took $((tested - built)) s"

rm -f build-asan/fuzz/summary.txt
FUZZ_JOBS=2 bash "$here/fuzz.sh" all "${SWARMSCOPE_FUZZ_SECONDS:-30}"
echo "sanitizers: fuzzing took $((SECONDS - tested)) s; whole stage $((SECONDS - start)) s"
