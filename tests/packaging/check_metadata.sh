#!/usr/bin/env bash
# The application id is the same everywhere (desktop file name, its icon, the metainfo id and
# launchable, the id the window reports), the metainfo's newest release is the project version,
# and its screenshot is the one in the repository.
#
# Usage: check_metadata.sh SOURCE_DIR APP_ID VERSION
set -euo pipefail
src=$1 id=$2 version=$3
desktop=$src/installer/linux/$id.desktop
metainfo=$src/installer/linux/$id.metainfo.xml
status=0
fail() { echo "metadata: $*" >&2; status=1; }

[ -f "$desktop" ] || fail "no desktop file $desktop"
[ -f "$metainfo" ] || fail "no metainfo file $metainfo"
grep -qx "Icon=$id" "$desktop" || fail "the desktop file's Icon= is not $id"
grep -qx "Exec=swarmscope" "$desktop" || fail "the desktop file does not run swarmscope"
grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "the metainfo launchable is not $id.desktop"
first_release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)
[ "$first_release" = "$version" ] || fail "the newest metainfo release is '$first_release', the project version is $version"
screenshot=$(grep -o 'https://[^<]*main-window.png' "$metainfo" | head -n1)
case "$screenshot" in
*/docs/screenshots/main-window.png) [ -f "$src/docs/screenshots/main-window.png" ] || fail "docs/screenshots/main-window.png is missing" ;;
*) fail "the metainfo screenshot does not point at docs/screenshots/main-window.png" ;;
esac
grep -q "setDesktopFileName(QStringLiteral(\"$id\"))" "$src/app/gui/gui_main.cpp" \
    || fail "app/gui/gui_main.cpp does not set the desktop file name $id"

[ $status -eq 0 ] && echo "metadata: $id consistent, release $version"
exit $status
