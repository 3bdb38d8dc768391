"""`coach --help` wall time, including interpreter start-up (target < 300 ms)."""

from __future__ import annotations

import subprocess
import time

from _common import coach_executable, summary_ms

RUNS = 20


def measure() -> list[float]:
    exe = coach_executable()
    subprocess.run([exe, "--help"], capture_output=True, check=True)  # warm the file cache
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([exe, "--help"], capture_output=True, check=True)
        timings.append(time.perf_counter() - start)
    return timings


if __name__ == "__main__":
    print(f"coach --help: {summary_ms(measure())}")
