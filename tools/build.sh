#!/usr/bin/env bash
# Configures and builds into ./build (RelWithDebInfo, Ninja, install prefix /usr as in the
# packages). Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr "$@" >/dev/null
cmake --build build
