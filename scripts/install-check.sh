#!/usr/bin/env bash
# Installs coach as a user would, from its built wheel, with pipx and with uv, each into a
# fresh place, runs it, and measures the install. `make install-check`; its figures are
# in docs/benchmarks.md ("Install"). Needs the package index (about 500 MB of downloads
# the first time; pip's cache serves later runs).
set -euo pipefail
PYTHON=${PYTHON:-python3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$PYTHON" -m venv "$WORK/tools"
"$WORK/tools/bin/python" -m pip install -q --upgrade pip pipx uv
"$WORK/tools/bin/python" -m pip wheel -q --no-deps -w "$WORK/dist" "$ROOT"
WHEEL=$(ls "$WORK"/dist/performance_coach-*.whl)
echo "wheel: $(basename "$WHEEL") ($(du -k "$WHEEL" | cut -f1) kB)"

check() {  # $1: how it was installed, $2: its coach, $3: its environment
    local home="$WORK/home-$1"
    "$2" --version
    COACH_HOME="$home" "$2" route "my report keeps missing deadlines and gets defensive" --json \
        | "$WORK/tools/bin/python" -c 'import json,sys; r=json.load(sys.stdin); assert r["conversation"], r; print("routes:", r["conversation"])'
    echo "$1: $(du -sm "$3" | cut -f1) MB installed"
}

start=$(date +%s)
PIPX_HOME="$WORK/pipx" PIPX_BIN_DIR="$WORK/pipx-bin" "$WORK/tools/bin/pipx" install --python "$PYTHON" "$WHEEL" >/dev/null
echo "pipx install: $(( $(date +%s) - start )) s"
check pipx "$WORK/pipx-bin/coach" "$WORK/pipx/venvs/performance-coach"

start=$(date +%s)
UV_TOOL_DIR="$WORK/uv" UV_TOOL_BIN_DIR="$WORK/uv-bin" UV_CACHE_DIR="$WORK/uv-cache" \
    "$WORK/tools/bin/uv" tool install --quiet --python "$(command -v "$PYTHON")" "$WHEEL"
echo "uv tool install: $(( $(date +%s) - start )) s"
check uv "$WORK/uv-bin/coach" "$WORK/uv/performance-coach"

echo "largest parts of the install (MB):"
site=$(ls -d "$WORK"/pipx/venvs/performance-coach/lib/python3*/site-packages)
du -sm "$site"/* | sort -rn | head -12
