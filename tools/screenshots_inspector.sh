#!/usr/bin/env bash
# Takes docs/screenshots/packet-inspector.png: the main window with the packet inspector showing
# a live capture between two Sessions on 127.0.0.1 (the gui_packet_inspector test's liveCapture,
# which saves the window when SWARMSCOPE_SCREENSHOT is set), under a private X server.
#
# Usage: tools/screenshots_inspector.sh BUILD_DIR [OUTPUT.png]
#
# Builds nothing. Needs Xvfb and xdpyinfo. Nothing leaves the machine.
set -euo pipefail

build=${1:?usage: tools/screenshots_inspector.sh BUILD_DIR [OUTPUT.png]}
root=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$root/docs/screenshots/packet-inspector.png}
test_bin=$build/tests/gui/packet_inspector/gui_packet_inspector
display=:96

for tool in Xvfb xdpyinfo; do
    command -v "$tool" >/dev/null || { echo "screenshot: $tool is not installed" >&2; exit 1; }
done
[ -x "$test_bin" ] || { echo "screenshot: $test_bin not found; build the project first" >&2; exit 1; }

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
mkdir -p "$(dirname "$out")"
DISPLAY=$display HOME=$tmp/home XDG_RUNTIME_DIR=$tmp/run SWARMSCOPE_OFFLINE=1 \
    LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=xcb \
    QT_LOGGING_RULES='swarmscope.*.info=false;qt.qpa.*=false' \
    SWARMSCOPE_SCREENSHOT="$out" "$test_bin" liveCapture
echo "screenshot: wrote $out"
