#!/usr/bin/env bash
# Takes the screenshots of the swarm docks for docs/USER_GUIDE.md: the remote-procedure dock,
# the DHT dock, a direct conversation, the history search, the main window with a 20-node lab swarm
# one peer picked in every dock, the packet inspector, two members of one name told apart and the
# Preferences window. Each comes from the GUI test that
# exercises it on real Sessions over 127.0.0.1 (the tests save their window when
# SWARMSCOPE_SCREENSHOT_DIR is set), under a private X server.
#
# Usage: tools/screenshots_swarm.sh BUILD_DIR [OUTPUT_DIR]
#
# Builds nothing. Needs Xvfb and xdpyinfo. Nothing leaves the machine.
set -euo pipefail

build=${1:?usage: tools/screenshots_swarm.sh BUILD_DIR [OUTPUT_DIR]}
root=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$root/docs/screenshots}
display=:95

for tool in Xvfb xdpyinfo; do
    command -v "$tool" >/dev/null || { echo "screenshot: $tool is not installed" >&2; exit 1; }
done
tests=(rpc_dock/gui_rpc_dock:listsCallsAndTimesOut dht_dock/gui_dht_dock:showsTheRoutingTableAndLookups
       conversations/gui_conversations:directMessageIsDelivered conversations/gui_conversations:findInHistory
       inspector_lab/gui_inspector_lab:mainWindowWithLabSwarm
       peer_selection/gui_peer_selection:aPickInOneDockIsFollowedByEveryDock
       packet_inspector/gui_packet_inspector:liveCapture
       peer_names/gui_peer_names:renameFromPeersTableAndBubble preferences/gui_preferences:screenshot)
for t in "${tests[@]}"; do
    [ -x "$build/tests/gui/${t%%:*}" ] || { echo "screenshot: $build/tests/gui/${t%%:*} not found; build first" >&2; exit 1; }
done

tmp=$(mktemp -d)
xvfb=""
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    [ -n "$xvfb" ] && wait "$xvfb" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 100); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done

mkdir -p -m 700 "$tmp/run" "$tmp/home"
mkdir -p "$out"
for t in "${tests[@]}"; do
    DISPLAY=$display HOME=$tmp/home XDG_RUNTIME_DIR=$tmp/run SWARMSCOPE_OFFLINE=1 \
        LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=xcb \
        QT_LOGGING_RULES='swarmscope.*.info=false;qt.qpa.*=false' \
        SWARMSCOPE_SCREENSHOT_DIR="$out" "$build/tests/gui/${t%%:*}" "${t##*:}" >"$tmp/test.log" 2>&1 \
        || { cat "$tmp/test.log" >&2; exit 1; }
done
echo "screenshot: wrote rpc-dock.png, dht-dock.png, direct-messages.png, history-search.png, lab-swarm.png, peer-selection.png, packet-inspector.png and names.png to $out"
