#!/usr/bin/env bash
# Installs what is missing, builds, checks the house conventions (tools/lint.sh: clang-format and
# clang-tidy), and runs the whole test suite (unit, integration, interop, GUI), after the sanitizer
# stage (tools/test-sanitizers.sh: the unit and integration tests and every fuzz target's seeds and
# regression inputs under ASan + UBSan, then every fuzz target for 30 s).
# Network traffic of every test stays on loopback (or inside network namespaces a test makes).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/install-deps.sh"
bash "$here/build.sh"
lint_start=$SECONDS
bash "$here/lint.sh"
echo "lint: took $((SECONDS - lint_start)) s"
cd "$here/../build"
export SWARMSCOPE_OFFLINE=1
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
# The sanitizer and fuzzing stage first, so that the suite's ctest summary is the last word.
bash "$here/test-sanitizers.sh"
ctest --output-on-failure -j2 --timeout 600
