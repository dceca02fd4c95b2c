#!/usr/bin/env bash
# Installs the Debian 12 packages Swarmscope needs to build, test and run, and only those that
# are missing (a machine that has them all is left untouched and needs no network).
set -euo pipefail

# clang, its sanitizer and libFuzzer runtimes (libclang-rt-14-dev) and llvm-symbolizer (llvm) build
# and run the sanitizer tree and the fuzz targets.
packages=(
  cmake ninja-build g++ pkg-config lld
  qt6-base-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins libqt6sql6-sqlite
  qt6-translations-l10n
  libsodium-dev
  xvfb xauth imagemagick x11-utils
  desktop-file-utils appstream dpkg-dev file
  # Port mapping (UPnP IGD, NAT-PMP) and the NAT lab of network namespaces (tests/nat).
  libminiupnpc-dev libnatpmp-dev nftables iproute2 miniupnpd-nftables miniupnpc natpmpc
  # The sanitizer and fuzzing stage (tools/test-sanitizers.sh).
  clang libclang-rt-14-dev llvm
  # The house conventions (tools/lint.sh).
  clang-format clang-tidy
  # gui_packet_inspector reads the pcapng export with tshark and resources/wireshark/swarmscope.lua.
  tshark
)
# Node runs the interop tests against the real npm packages; the machine's own Node is fine.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
# Through env: sudo drops DEBIAN_FRONTEND from its environment, and a package with a debconf
# question (wireshark-common: may non-superusers capture?) would then ask it. The default is no.
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
