#!/usr/bin/env bash
# Installs what is missing, builds, and starts the Swarmscope window. Arguments go to swarmscope
# (for example: --profile ~/alice --join lobby).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/install-deps.sh"
bash "$here/build.sh"
exec "$here/../build/app/swarmscope" "$@"
