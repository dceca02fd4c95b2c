#!/usr/bin/env bash
# Puts `promtool` (Prometheus' own checker, for the metrics test) at DEST. Uses the one on PATH if
# there is one; otherwise takes it out of Debian's prometheus package without installing the
# package (which would also set up a Prometheus server and its service).
set -euo pipefail
dest=${1:?usage: fetch-promtool.sh DEST}
mkdir -p "$(dirname "$dest")"
if command -v promtool >/dev/null 2>&1; then
  ln -sf "$(command -v promtool)" "$dest"
  exit 0
fi
[ -x "$dest" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
chmod 755 "$work"  # apt's download user must be able to write here
if ! apt-get download -qq prometheus 2>/dev/null; then
  [ "$(id -u)" -eq 0 ] || { echo "fetch-promtool: apt-get download failed and not root to update the lists" >&2; exit 1; }
  apt-get update -qq
  apt-get download -qq prometheus
fi
dpkg-deb -x prometheus_*.deb extracted
install -m 0755 extracted/usr/bin/promtool "$dest"
echo "fetch-promtool: $("$dest" --version 2>&1 | head -1)"
