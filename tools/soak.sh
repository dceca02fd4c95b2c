#!/usr/bin/env bash
# Soak test of swarmscope-node: a lab of NODES real processes on loopback with chat, RPC and churn
# for MINUTES, one line of memory, descriptors and counters a minute, PASS/FAIL at the end
# (docs/SOAK.md). Extra options go to tools/soak.py (--help lists them).
#   bash tools/soak.sh [MINUTES] [NODES] [options...]     defaults: 60 minutes, 50 nodes
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${SWARMSCOPE_BUILD_DIR:-$here/../build}"
node_bin="$build/app/swarmscope-node"
if [ ! -x "$node_bin" ]; then
  node_bin="$(find "$build" -type f -name swarmscope-node -perm -u+x 2>/dev/null | head -n 1)"
fi
if [ -z "$node_bin" ] || [ ! -x "$node_bin" ]; then
  echo "soak: no swarmscope-node under $build; build first (bash tools/build.sh)" >&2
  exit 2
fi
minutes=60
nodes=50
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then minutes="$1"; shift; fi
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then nodes="$1"; shift; fi
# Nothing leaves this machine: no public DHT routers, no port mapping.
export SWARMSCOPE_OFFLINE=1
exec python3 "$here/soak.py" "$minutes" "$nodes" --node-bin "$node_bin" "$@"
