#!/usr/bin/env bash
# Swarmscope and hyperswarm side by side, in one run on one machine, so that docs/BENCHMARKS.md
# can report ratios rather than absolute figures from another machine.
#   tools/bench-vs-hyperswarm.sh [PAIRS]     (default 5; needs root for the network namespace)
# Installs the pinned hyperswarm and hyperdht into build/bench-npm (never into the source tree),
# builds bench_channel, bench_join, bench_limits and the node, then runs ours and hyperswarm's
# equivalents alternately (A B A B ...) inside a network namespace that has only loopback, so
# nothing can leave the machine. Each pair also measures the physical limits (bench_limits:
# libsodium's secretstream on one core, raw TCP, and the encrypted bulk ceilings they allow).
# Prints each figure's medians, the ratios pair by pair, and the best ratio each goal can reach
# on this machine (tools/bench_pairs.py).
# BENCH_BUILD_DIR picks another build tree; HYPERSWARM_BULK_MIB the amount hyperswarm sends in
# bulk (default 1024: it is several times slower, and MB/s does not depend on the amount).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="${BENCH_BUILD_DIR:-$root/build}"
pairs="${1:-5}"
js="$root/tests/bench/hyperswarm/hyperswarm_bench.js"
npm_dir="$build/bench-npm"
log="$build/bench-vs-hyperswarm.log"

if [ -z "${SWARMSCOPE_BENCH_IN_NETNS:-}" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "bench-vs-hyperswarm: needs root for its loopback-only network namespace (unshare --net)" >&2
    exit 1
  fi
  [ -d "$build" ] || bash "$here/build.sh"
  cmake --build "$build" --target bench_channel bench_join bench_limits swarmscope-node >/dev/null
  mkdir -p "$npm_dir"
  if [ ! -d "$npm_dir/node_modules/hyperswarm" ]; then
    echo '{"name": "swarmscope-bench", "private": true}' > "$npm_dir/package.json"
    (cd "$npm_dir" && npm install --no-audit --no-fund --loglevel=error --save-exact \
      hyperswarm@4.17.2 hyperdht@6.34.0 >/dev/null)
  fi
  # Everything from here on runs with no network but loopback.
  exec unshare --net env SWARMSCOPE_BENCH_IN_NETNS=1 SWARMSCOPE_OFFLINE=1 bash "$0" "$@"
fi

ip link set lo up
export NODE_PATH="$npm_dir/node_modules"
bulk_mib="${HYPERSWARM_BULK_MIB:-1024}"
: > "$log"
echo "bench-vs-hyperswarm: $pairs pairs, raw output in $log"
for i in $(seq 1 "$pairs"); do
  echo "== pair $i: limits" | tee -a "$log"
  "$build/tests/bench/limits_bench/bench_limits" >> "$log" 2>&1
  echo "== pair $i: swarmscope channel" | tee -a "$log"
  "$build/tests/bench/channel_bench/bench_channel" >> "$log" 2>&1
  echo "== pair $i: hyperswarm channel" | tee -a "$log"
  node "$js" channel "$bulk_mib" >> "$log" 2>&1
  echo "== pair $i: swarmscope join" | tee -a "$log"
  "$build/tests/bench/join_bench/bench_join" 10 >> "$log" 2>&1
  echo "== pair $i: hyperswarm join" | tee -a "$log"
  node "$js" join 10 >> "$log" 2>&1
  node "$js" idle 3 >> "$log" 2>&1
done
python3 "$here/bench_pairs.py" "$log"
