#!/usr/bin/env bash
# Runs libFuzzer targets from the sanitizer tree (build-asan, the debug-asan preset: ASan + UBSan).
#   tools/fuzz.sh TARGET SECONDS [libFuzzer options...]   one campaign, e.g. tools/fuzz.sh dns 3600
#   tools/fuzz.sh all SECONDS                              every target in turn (FUZZ_JOBS at a time)
#   tools/fuzz.sh list                                     the targets
# The committed seeds (tests/fuzz/corpus/TARGET) and regression inputs (tests/fuzz/regressions/TARGET)
# are read, never written: new inputs go to build-asan/fuzz/TARGET/corpus, a crash to
# build-asan/fuzz/TARGET/crash-*; copy it into tests/fuzz/regressions/TARGET/ once fixed.
# Each run appends "target seconds execs cov ft corpus" to build-asan/fuzz/summary.txt.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
tree="$root/build-asan"

configure() {
  if [ ! -f "$tree/build.ninja" ]; then
    local launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    (cd "$root" && cmake --preset debug-asan "${launcher[@]}" >/dev/null)
  fi
}

targets() { sed 's/^fuzz_//' "$tree/fuzzers.txt"; }

run_one() {
  local name="$1" seconds="$2"
  shift 2
  local work="$tree/fuzz/$name"
  mkdir -p "$work/corpus"
  local dirs=("$work/corpus")
  for d in corpus regressions; do
    [ -d "$root/tests/fuzz/$d/$name" ] && dirs+=("$root/tests/fuzz/$d/$name")
  done
  local log="$work/last.log" status=0
  SWARMSCOPE_OFFLINE=1 QT_QPA_PLATFORM=offscreen \
    ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}" \
    UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
    "$tree/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/" "$@" "${dirs[@]}" >"$log" 2>&1 || status=$?
  local execs cov ft corp
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  corp=$(grep -oE 'corp: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  local line
  line=$(printf '%-20s %6ss %10s execs  cov %-6s ft %-6s corpus %s' "$name" "$seconds" "${execs:-?}" "${cov:-?}" \
    "${ft:-?}" "${corp:-?}")
  if [ "$status" -ne 0 ]; then
    echo "$line  FAILED (exit $status), log: $log" | tee -a "$tree/fuzz/summary.txt"
    grep -E 'ERROR|runtime error|fuzz check failed|Test unit written' "$log" | head -20 >&2 || true
    return 1
  fi
  echo "$line" | tee -a "$tree/fuzz/summary.txt"
}

main() {
  [ $# -ge 1 ] || { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
  configure
  mkdir -p "$tree/fuzz"
  case "$1" in
    list)
      targets ;;
    all)
      local seconds="${2:-30}"
      cmake --build "$tree" --target $(cat "$tree/fuzzers.txt") >/dev/null
      # Each target in its own process; FUZZ_JOBS of them side by side.
      targets | xargs -P "${FUZZ_JOBS:-1}" -I{} bash "$0" --run-built {} "$seconds" ;;
    --run-built)
      shift
      run_one "$@" ;;
    *)
      local name="${1#fuzz_}" seconds="${2:?seconds}"
      shift 2
      cmake --build "$tree" --target "fuzz_$name" >/dev/null
      run_one "$name" "$seconds" "$@" ;;
  esac
}

main "$@"
