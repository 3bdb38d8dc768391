"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import shutil
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def coach_executable() -> str:
    """The `coach` next to this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name("coach")
    if beside.exists():
        return str(beside)
    found = shutil.which("coach")
    if not found:
        raise SystemExit("coach is not installed; run `make test` or `pip install -e .` first")
    return found


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    digits = 0 if statistics.median(ms) >= 10 else 2
    return f"median {statistics.median(ms):.{digits}f} ms, p95 {percentile(ms, 95):.{digits}f} ms, n={len(ms)}"
