#!/usr/bin/env bash
# Builds the .deb and .tar.gz packages from a finished build tree (into a temporary directory, so
# the build tree is left alone), checks what they hold and depend on, runs both programs from the
# unpacked archive, installs the two .deb packages, runs the programs from /usr/bin, starts the
# node with the shipped /etc/swarmscope/node.conf, and removes and purges the packages again.
#
# Usage: test_packages.sh BUILD_DIR VERSION [CPACK]
#
# Installs with dpkg, so it needs root (CI runs as root). Whatever fails, the packages are purged
# again and the system user is removed if this run created it. Nothing leaves the machine: the
# node listens on 127.0.0.1 with LAN discovery and the DHT off.
set -euo pipefail

build=$(cd "$1" && pwd)
version=$2
cpack=${3:-cpack}
tmp=""
installed=0
created_user=0
node_pid=""

say() { echo "packages: $*"; }
fail() { echo "packages: FAIL: $*" >&2; exit 1; }

cleanup() {
    local rc=$?
    set +e
    if [ -n "$node_pid" ]; then
        kill "$node_pid" 2>/dev/null
        wait "$node_pid" 2>/dev/null
    fi
    if [ $installed -eq 1 ]; then
        dpkg -P swarmscope swarmscope-node >/dev/null 2>&1 || say "cleanup: dpkg -P failed, check 'dpkg -l swarmscope*'"
    fi
    if [ $created_user -eq 1 ] && getent passwd swarmscope >/dev/null; then
        userdel swarmscope 2>/dev/null
        getent group swarmscope >/dev/null && groupdel swarmscope 2>/dev/null
    fi
    [ -n "$tmp" ] && rm -rf "$tmp"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" -eq 0 ] || fail "must run as root: it installs and removes the .deb packages with dpkg (CI runs as root)"
for tool in dpkg dpkg-deb dpkg-query tar flock getent "$cpack"; do
    command -v "$tool" >/dev/null || fail "$tool is not installed; this test needs a Debian system with dpkg"
done
[ -f "$build/CPackConfig.cmake" ] || fail "$build/CPackConfig.cmake not found; configure and build first"
[ -x "$build/app/swarmscope" ] && [ -x "$build/app/swarmscope-node" ] || fail "build the project first"

# One run at a time on this machine, and never over packages someone installed for real.
exec 9<"${BASH_SOURCE[0]}"
flock -w 240 9 || fail "another run of this test still holds the lock on $(basename "${BASH_SOURCE[0]}")"
for pkg in swarmscope swarmscope-node; do
    state=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ -z "$state" ] || [ "$state" = not-installed ] \
        || fail "$pkg is already on this machine ($state); remove it first: dpkg -P swarmscope swarmscope-node"
done
getent passwd swarmscope >/dev/null || created_user=1

tmp=$(mktemp -d)
arch=$(dpkg --print-architecture)

# --- build the packages -------------------------------------------------------------------
say "cpack -G DEB"
"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/deb" >"$tmp/cpack-deb.log" 2>&1 \
    || { cat "$tmp/cpack-deb.log"; fail "cpack -G DEB failed"; }
say "cpack -G TGZ"
"$cpack" --config "$build/CPackConfig.cmake" -G TGZ -B "$tmp/tgz" >"$tmp/cpack-tgz.log" 2>&1 \
    || { cat "$tmp/cpack-tgz.log"; fail "cpack -G TGZ failed"; }

gui_deb=$tmp/deb/swarmscope_${version}_${arch}.deb
node_deb=$tmp/deb/swarmscope-node_${version}_${arch}.deb
tgz=$tmp/tgz/swarmscope-${version}-Linux.tar.gz
for f in "$gui_deb" "$node_deb" "$tgz"; do
    [ -f "$f" ] || { ls -l "$tmp/deb" "$tmp/tgz"; fail "$(basename "$f") was not built"; }
done

# --- what the .deb packages hold ----------------------------------------------------------
contents() { dpkg-deb -c "$1" | awk '{print $6}' | sed 's|/$||'; }
contents "$gui_deb" >"$tmp/gui.list"
contents "$node_deb" >"$tmp/node.list"
expect() {  # expect LIST PATH...
    local list=$1
    shift
    for p in "$@"; do grep -qx "$p" "$list" || fail "$(basename "$list" .list) package lacks $p"; done
}
refuse() {  # refuse LIST PATTERN...
    local list=$1
    shift
    for p in "$@"; do
        if grep -q "$p" "$list"; then fail "$(basename "$list" .list) package holds $(grep "$p" "$list" | head -n1)"; fi
    done
}
id=io.github.swarmscope.Swarmscope
expect "$tmp/gui.list" ./usr/bin/swarmscope \
    ./usr/share/applications/$id.desktop \
    ./usr/share/metainfo/$id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$id.svg
for size in 16 32 48 64 128 256; do
    expect "$tmp/gui.list" ./usr/share/icons/hicolor/${size}x${size}/apps/$id.png
done
refuse "$tmp/gui.list" 'swarmscope-node' '^\./etc' 'systemd'
expect "$tmp/node.list" ./usr/bin/swarmscope-node \
    ./usr/lib/systemd/system/swarmscope-node.service \
    ./etc/swarmscope/node.conf
refuse "$tmp/node.list" '^\./usr/bin/swarmscope$' '/applications/' '/icons/' '/metainfo/'

[ "$(dpkg-deb -f "$gui_deb" Version)" = "$version" ] || fail "swarmscope has version $(dpkg-deb -f "$gui_deb" Version), not $version"
[ "$(dpkg-deb -f "$node_deb" Version)" = "$version" ] || fail "swarmscope-node has version $(dpkg-deb -f "$node_deb" Version), not $version"

gui_depends=$(dpkg-deb -f "$gui_deb" Depends)
node_depends=$(dpkg-deb -f "$node_deb" Depends)
say "swarmscope Depends: $gui_depends"
say "swarmscope Recommends: $(dpkg-deb -f "$gui_deb" Recommends)"
say "swarmscope-node Depends: $node_depends"
has_dep() { echo "$1" | tr ',' '\n' | sed 's/^ *//; s/[ (].*//' | grep -qx "$2"; }
for dep in libqt6widgets6 libqt6svg6 libqt6sql6-sqlite libsodium23; do
    has_dep "$gui_depends" "$dep" || fail "swarmscope does not depend on $dep"
done
for dep in libqt6core6 libqt6network6 libqt6sql6-sqlite libsodium23 adduser; do
    has_dep "$node_depends" "$dep" || fail "swarmscope-node does not depend on $dep"
done
for dep in libqt6widgets6 libqt6gui6 libqt6svg6 libqt6opengl6; do
    if has_dep "$node_depends" "$dep"; then fail "swarmscope-node depends on $dep: a server should need no GUI libraries"; fi
done
dpkg-deb -I "$node_deb" conffiles | grep -qx /etc/swarmscope/node.conf || fail "node.conf is not a conffile"
for script in postinst prerm postrm; do
    dpkg-deb -I "$node_deb" "$script" >/dev/null 2>&1 || fail "swarmscope-node has no $script"
done

# --- the archive runs where it is unpacked ------------------------------------------------
mkdir "$tmp/unpacked"
tar -xzf "$tgz" -C "$tmp/unpacked"
root=$tmp/unpacked/swarmscope-${version}-Linux
[ -x "$root/bin/swarmscope" ] && [ -x "$root/bin/swarmscope-node" ] || fail "the archive has no bin/swarmscope and bin/swarmscope-node"
[ -f "$root/share/applications/$id.desktop" ] || fail "the archive has no desktop file"
[ ! -e "$root/etc" ] && [ ! -e "$root/lib/systemd" ] || fail "the archive holds the service files"
export XDG_RUNTIME_DIR=$tmp/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
out=$("$root/bin/swarmscope-node" --version) || fail "bin/swarmscope-node --version failed in the archive"
[[ "$out" == *"$version"* ]] || fail "archive swarmscope-node --version printed '$out'"
out=$(QT_QPA_PLATFORM=offscreen "$root/bin/swarmscope" --version) || fail "bin/swarmscope --version failed in the archive"
[[ "$out" == *"$version"* ]] || fail "archive swarmscope --version printed '$out'"
say "archive: $out"

# --- install, run, remove -----------------------------------------------------------------
say "dpkg -i"
installed=1
dpkg -i "$node_deb" "$gui_deb" >"$tmp/dpkg-i.log" 2>&1 || { cat "$tmp/dpkg-i.log"; fail "dpkg -i failed"; }
for pkg in swarmscope swarmscope-node; do
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg")" = installed ] || fail "$pkg is not installed after dpkg -i"
done
getent passwd swarmscope >/dev/null || fail "the postinst did not create the system user swarmscope"
# Installing again runs the postinst on an existing user: it must not fail.
dpkg -i "$node_deb" >"$tmp/dpkg-i2.log" 2>&1 || { cat "$tmp/dpkg-i2.log"; fail "reinstalling swarmscope-node failed"; }

out=$(/usr/bin/swarmscope-node --version) || fail "/usr/bin/swarmscope-node --version failed"
[[ "$out" == *"$version"* ]] || fail "/usr/bin/swarmscope-node --version printed '$out'"
say "installed: $out"
out=$(QT_QPA_PLATFORM=offscreen /usr/bin/swarmscope --version) || fail "/usr/bin/swarmscope --version failed"
[[ "$out" == *"$version"* ]] || fail "/usr/bin/swarmscope --version printed '$out'"
say "installed: $out"

if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify /usr/lib/systemd/system/swarmscope-node.service >"$tmp/verify.log" 2>&1 \
        || { cat "$tmp/verify.log"; fail "systemd-analyze verify rejects swarmscope-node.service"; }
    if grep -i 'swarmscope-node.service' "$tmp/verify.log"; then fail "systemd-analyze verify warns about swarmscope-node.service"; fi
    say "systemd-analyze verify: clean"
else
    say "systemd-analyze not installed; unit not verified"
fi

# The node as the service would run it, with the shipped config, for a moment.
SWARMSCOPE_OFFLINE=1 /usr/bin/swarmscope-node --config /etc/swarmscope/node.conf --profile "$tmp/profile" \
    --listen 127.0.0.1:0 --no-lan --no-dht </dev/null >"$tmp/node.out" 2>"$tmp/node.err" &
node_pid=$!
for _ in $(seq 100); do
    grep -q '"event":"listening"' "$tmp/node.out" && break
    kill -0 "$node_pid" 2>/dev/null || break
    sleep 0.1
done
grep -q '"event":"listening"' "$tmp/node.out" || { cat "$tmp/node.out" "$tmp/node.err"; fail "the installed node did not start listening"; }
say "node: $(grep '"event":"listening"' "$tmp/node.out" | head -n1)"
kill -0 "$node_pid" 2>/dev/null || fail "the installed node exited right after starting"
kill "$node_pid"
wait "$node_pid" 2>/dev/null || true
node_pid=""

say "dpkg -r, dpkg -P"
dpkg -r swarmscope swarmscope-node >"$tmp/dpkg-r.log" 2>&1 || { cat "$tmp/dpkg-r.log"; fail "dpkg -r failed"; }
for f in /usr/bin/swarmscope /usr/bin/swarmscope-node /usr/lib/systemd/system/swarmscope-node.service \
    /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml; do
    [ ! -e "$f" ] || fail "$f is still there after dpkg -r"
done
[ -f /etc/swarmscope/node.conf ] || fail "dpkg -r removed the conffile /etc/swarmscope/node.conf (only a purge should)"
dpkg -P swarmscope swarmscope-node >"$tmp/dpkg-P.log" 2>&1 || { cat "$tmp/dpkg-P.log"; fail "dpkg -P failed"; }
installed=0
for deb in "$gui_deb" "$node_deb"; do
    for path in $(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}'); do
        [ ! -e "${path#.}" ] || fail "${path#.} is still there after dpkg -P"
    done
done
[ ! -e /etc/swarmscope ] || fail "/etc/swarmscope is still there after dpkg -P"
for pkg in swarmscope swarmscope-node; do
    state=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ -z "$state" ] || [ "$state" = not-installed ] || fail "$pkg is still known to dpkg ($state)"
done
say "ok: built, unpacked, installed, ran and purged swarmscope $version"
