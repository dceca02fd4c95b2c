#!/usr/bin/env bash
# Takes docs/screenshots/main-window.png: two Swarmscope windows and a headless node chat in one
# room on 127.0.0.1 under a private X server, and the first window is captured.
#
# Usage: tools/screenshot.sh BUILD_DIR [OUTPUT.png]
#
# Builds nothing. Needs Xvfb, xdotool, xdpyinfo and ImageMagick's import. Nothing leaves the
# machine: the peers dial each other on loopback and LAN discovery is off.
set -euo pipefail

build=${1:?usage: tools/screenshot.sh BUILD_DIR [OUTPUT.png]}
root=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$root/docs/screenshots/main-window.png}
gui=$build/app/swarmscope
node=$build/app/swarmscope-node
display=:97
port=47123
width=1180
height=760

for tool in Xvfb xdotool xdpyinfo import; do
    command -v "$tool" >/dev/null || { echo "screenshot: $tool is not installed" >&2; exit 1; }
done
[ -x "$gui" ] || { echo "screenshot: $gui not found; build the project first" >&2; exit 1; }
[ -x "$node" ] || { echo "screenshot: $node not found; build the project first" >&2; exit 1; }

tmp=$(mktemp -d)
pids=()
cleanup() {
    exec 3>&- 2>/dev/null || true
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT

# Waits up to $2 tenths of a second for the command in $1 to succeed.
wait_for() {
    local tries=$2
    until eval "$1" >/dev/null 2>&1; do
        tries=$((tries - 1))
        if [ "$tries" -le 0 ]; then
            echo "screenshot: timed out waiting for: $1" >&2
            for log in "$tmp"/*.log; do echo "--- $log" >&2; tail -n 20 "$log" >&2; done
            exit 1
        fi
        sleep 0.1
    done
}

Xvfb "$display" -screen 0 "${width}x${height}x24" -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
pids+=($!)
wait_for "xdpyinfo -display $display" 100

mkdir -p -m 700 "$tmp/run" "$tmp/home"
export DISPLAY=$display HOME=$tmp/home XDG_RUNTIME_DIR=$tmp/run SWARMSCOPE_OFFLINE=1
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=xcb
export QT_LOGGING_RULES='swarmscope.*.info=false;qt.qpa.*=false'

# The window that is captured: listens on a fixed port so the others know where to dial.
"$gui" --profile "$tmp/alice" --no-lan --listen 127.0.0.1:$port --join swarm-dev --join lobby \
    -qwindowgeometry "${width}x${height}+0+0" >"$tmp/alice.log" 2>&1 &
alice=$!
pids+=("$alice")
wait_for "xdotool search --onlyvisible --pid $alice" 100
alice_win=$(xdotool search --onlyvisible --pid "$alice" | head -n1)

"$gui" --profile "$tmp/bob" --no-lan --listen 127.0.0.1:0 --connect 127.0.0.1:$port --join lobby \
    -qwindowgeometry "900x600+200+120" >"$tmp/bob.log" 2>&1 &
bob=$!
pids+=("$bob")
wait_for "xdotool search --onlyvisible --pid $bob" 100
bob_win=$(xdotool search --onlyvisible --pid "$bob" | head -n1)

# A headless peer whose lines on standard input become room messages.
mkfifo "$tmp/carol.in"
"$node" --profile "$tmp/carol" --no-lan --listen 127.0.0.1:0 --connect 127.0.0.1:$port --join lobby \
    <"$tmp/carol.in" >"$tmp/carol.log" 2>&1 &
pids+=($!)
exec 3>"$tmp/carol.in"
wait_for "grep -q '\"event\":\"seen\"' '$tmp/carol.log'" 150

# Types a line into a window's composer (Ctrl+L focuses it) and sends it.
say() {
    xdotool windowraise "$1" windowfocus --sync "$1"
    sleep 0.2
    xdotool key --clearmodifiers ctrl+l
    xdotool type --delay 8 "$2"
    xdotool key Return
    sleep 0.3
}

echo "Morning! Is the relay build up on everyone's side?" >&3
sleep 0.4
say "$bob_win" "Yes, running it since 8. RTT to the bootstrap node looks fine."
say "$alice_win" "Same here. I'll leave the peers table open and watch the swarm settle."
echo "Great, then let's try the 50-node lab run after lunch." >&3

# Let a ping round trip happen so the RTT column is filled, then capture.
sleep 6
xdotool windowraise "$alice_win" windowfocus --sync "$alice_win"
sleep 0.5
mkdir -p "$(dirname "$out")"
import -window "$alice_win" "$out"
echo "screenshot: wrote $out"
