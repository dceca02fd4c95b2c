#!/usr/bin/env bash
# The house conventions, checked: clang-format over every C++ file git tracks, and clang-tidy's
# small set of checks (.clang-tidy) over the engine and the programs, using the build's
# compile_commands.json. `--fix` reformats in place instead of checking.
set -euo pipefail
cd "$(dirname "$0")/.."
fix=0
[ "${1:-}" = "--fix" ] && fix=1
build="${BUILD_DIR:-build}"

mapfile -t sources < <(git ls-files '*.cpp' '*.h')
if [ "$fix" -eq 1 ]; then
  clang-format -i "${sources[@]}"
  exit 0
fi
if ! clang-format --dry-run -Werror "${sources[@]}" 2>/tmp/swarmscope-format.log; then
  grep -m 20 "error:" /tmp/swarmscope-format.log || true
  echo "lint: clang-format found unformatted files (run tools/lint.sh --fix)" >&2
  exit 1
fi
echo "lint: clang-format clean (${#sources[@]} files)"

[ -f "$build/compile_commands.json" ] || { echo "lint: no $build/compile_commands.json (build first)" >&2; exit 1; }
# The build's commands, less what only g++ understands: its precompiled header (clang cannot read
# a .gch, and each file must include what it uses anyway) and -Wshadow=local.
db="$(mktemp -d)"
trap 'rm -rf "$db"' EXIT
python3 - "$build/compile_commands.json" "$db/compile_commands.json" <<'PY'
import json, re, sys
entries = json.load(open(sys.argv[1]))
for e in entries:
    e["command"] = re.sub(r" -Winvalid-pch -include \S+cmake_pch\.hxx| -Wshadow=local", "", e["command"])
json.dump(entries, open(sys.argv[2], "w"))
PY
mapfile -t tidy < <(git ls-files 'engine/*.cpp' 'app/*.cpp')
printf '%s\n' "${tidy[@]}" | xargs -P "$(nproc)" -n 8 clang-tidy -p "$db" --quiet 2>/dev/null >/tmp/swarmscope-tidy.log || {
  grep -E "error:|warning:" /tmp/swarmscope-tidy.log | head -40
  echo "lint: clang-tidy found problems" >&2
  exit 1
}
echo "lint: clang-tidy clean (${#tidy[@]} files)"
