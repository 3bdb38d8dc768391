"""App start to first screen: the real `coach` in a pseudo-terminal, timed from launch until
the start screen's heading has been drawn. Each run uses a fresh, empty COACH_HOME."""

from __future__ import annotations

import os
import pty
import select
import signal
import tempfile
import time

from _common import coach_executable, summary_ms

RUNS = 10
MARKER = b"Prepare a performance conversation"


def one_run(exe: str) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "COACH_HOME": home, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
        start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # child
            os.execve(exe, [exe], env)
        seen = b""
        try:
            while MARKER not in seen:
                ready, _, _ = select.select([fd], [], [], 20)
                if not ready:
                    raise RuntimeError("the start screen did not appear within 20 s")
                seen = seen[-4096:] + os.read(fd, 65536)
            return time.perf_counter() - start
        finally:
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
            os.close(fd)


def measure() -> list[float]:
    exe = coach_executable()
    one_run(exe)  # warm the file cache
    return [one_run(exe) for _ in range(RUNS)]


if __name__ == "__main__":
    print(f"app start to first screen: {summary_ms(measure())}")
