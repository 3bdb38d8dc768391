"""The long variants of the reliability suite (tests/*/test_reliability_*.py), for the
figures in docs/reliability.md: kills during imports, restores and summary saves; writers
beside readers of a large OKR table; model faults and the time to a clear message.

Usage: `.venv/bin/python benchmarks/soak_reliability.py [--kills 40] [--writers 60]`.
Every run happens in throwaway homes; the only server is the scripted one on 127.0.0.1."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _common import coach_executable  # noqa: E402

from coach.testing.bulk import fill_okrs  # noqa: E402

COACH = coach_executable()


def coach(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COACH_HOME": str(home)}
    return subprocess.run([COACH, *args], input=stdin, capture_output=True, text=True, env=env, timeout=300)


def spawn(home: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "COACH_HOME": str(home)}
    return subprocess.Popen([COACH, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


def integrity(home: Path) -> bool:
    conn = sqlite3.connect(home / "coach.db")
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def note_count(home: Path, person: str) -> int:
    out = coach(home, "notes", "list", "--person", person, "--limit", "10000", "--json").stdout
    return len(json.loads(out or "[]"))


def kills_during_import(kills: int) -> dict[str, int]:
    partial = corrupt = duplicates = 0
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "notes"
        folder.mkdir()
        for n in range(300):
            (folder / f"2026-10-{n % 28 + 1:02d}-{n:04d}.md").write_text(f"Note {n} about the rollout.\n")
        home = root / "home"
        coach(home, "people", "add", "Dana")
        for _ in range(kills):
            child = spawn(home, "notes", "import", str(folder), "--person", "Dana")
            time.sleep(random.uniform(0.2, 1.5))
            child.send_signal(signal.SIGKILL)
            child.wait()
            corrupt += not integrity(home)
            partial += note_count(home, "Dana") not in (0, 300)
        coach(home, "notes", "import", str(folder), "--person", "Dana")
        duplicates = note_count(home, "Dana") - 300
    return {
        "kills": kills,
        "partial imports": partial,
        "corrupt databases": corrupt,
        "duplicates after retry": duplicates,
    }


def kills_during_restore(kills: int) -> dict[str, int]:
    mixed = corrupt = 0
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        home = root / "home"
        folder = root / "notes"
        folder.mkdir()
        for n in range(300):
            (folder / f"{n:04d}.md").write_text(f"Note {n}.\n")
        coach(home, "people", "add", "Dana")
        coach(home, "notes", "import", str(folder), "--person", "Dana")
        backup = root / "full.db"
        coach(home, "backup", str(backup))
        for _ in range(kills):
            coach(home, "forget", "Dana", "--yes")
            child = spawn(home, "restore", str(backup))
            time.sleep(random.uniform(0.1, 1.2))
            child.send_signal(signal.SIGKILL)
            child.wait()
            corrupt += not integrity(home)
            people = {p["name"] for p in json.loads(coach(home, "people", "--json").stdout or "[]")}
            whole = people == set() or (people == {"Dana"} and note_count(home, "Dana") == 300)
            mixed += not whole
            if people != {"Dana"}:
                coach(home, "restore", str(backup))
    return {"kills": kills, "mixed databases": mixed, "corrupt databases": corrupt}


def kills_during_summary_save(kills: int) -> dict[str, int]:
    doubled = corrupt = 0
    tasks = ["the budget", "the survey", "the roadmap", "the hiring plan", "the incident review", "the demo"]
    transcript = "Attendees: Dana, Sam\n" + "".join(f"Sam: I'll send {t} by Friday.\n" for t in tasks)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        coach(home, "people", "add", "Dana")
        for _ in range(kills):
            env = {**os.environ, "COACH_HOME": str(home)}
            child = subprocess.Popen(
                [COACH, "summarize", "-", "--offline", "--save", "--person", "Dana"],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
            assert child.stdin is not None
            child.stdin.write(transcript.encode())
            child.stdin.close()
            time.sleep(random.uniform(0.2, 1.2))
            child.send_signal(signal.SIGKILL)
            child.wait()
            corrupt += not integrity(home)
        coach(home, "summarize", "-", "--offline", "--save", "--person", "Dana", stdin=transcript)
        once = len(json.loads(coach(home, "actions", "--person", "Dana", "--json").stdout or "[]"))
        coach(home, "summarize", "-", "--offline", "--save", "--person", "Dana", stdin=transcript)
        doubled = len(json.loads(coach(home, "actions", "--person", "Dana", "--json").stdout or "[]")) - once
    return {"kills": kills, "corrupt databases": corrupt, "extra action items after saving again": doubled}


def writers_beside_readers(writes: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        coach(home, "people", "add", "Dana")
        conn = sqlite3.connect(home / "coach.db")
        person = conn.execute("SELECT id FROM people").fetchone()[0]
        fill_okrs(conn, person, 3000)
        conn.commit()
        conn.close()
        stop = threading.Event()
        list_times: list[float] = []

        def read() -> None:
            while not stop.is_set():
                started = time.perf_counter()
                coach(home, "okr", "list", "--person", "Dana")
                list_times.append(time.perf_counter() - started)

        readers = [threading.Thread(target=read) for _ in range(2)]
        for reader in readers:
            reader.start()
        locked = 0
        for n in range(writes):
            result = coach(home, "notes", "add", f"Note {n} while the OKRs are read.", "--person", "Dana")
            locked += "locked" in result.stderr
        stop.set()
        for reader in readers:
            reader.join()
    return {
        "writes": writes,
        "lock errors": locked,
        "okr list of 3,000 OKRs, median s": round(sorted(list_times)[len(list_times) // 2], 2) if list_times else 0.0,
    }


def model_faults() -> list[tuple[str, float, str]]:
    """Each fault against the scripted server: seconds to the one-line message, and the line."""
    from coach.core.config import load_settings
    from coach.llm.client import LLMClient, resolve_endpoint
    from coach.llm.errors import LLMError
    from coach.testing.scripted_server import Reply, ScriptedServer

    faults = {
        "server never answers (deadline 20 s)": (Reply(hang=60, text="late"), {"timeout": 60, "deadline": 20}),
        "one chunk every 2 s (timeout 3 s, deadline 20 s)": (
            Reply(text="x" * 200, chunk_size=1, chunk_delay=2.0),
            {"timeout": 3, "deadline": 20},
        ),
        "3 MB reply (cap 20,000 characters)": (Reply(text="y" * 3_000_000, chunk_size=4096), {}),
        "500 on every request": (Reply(status=500, error="boom"), {}),
        "connection cut mid-stream": (Reply(text="z" * 500, cut_after_chunks=3), {}),
    }
    results = []
    for name, (reply, llm) in faults.items():
        server = ScriptedServer().start()
        server.script.add("hello", reply, reply, reply)
        settings = load_settings(base_url=server.base_url, model="scripted-model", llm={"max_retries": 1, **llm})

        async def call(settings: object = settings) -> str:
            client = LLMClient(settings, resolve_endpoint(settings))  # type: ignore[arg-type]
            try:
                await client.complete([{"role": "user", "content": "hello"}])
                return "(no error)"
            except LLMError as exc:
                return str(exc)
            finally:
                await client.close()

        started = time.perf_counter()
        line = asyncio.run(call())
        results.append((name, time.perf_counter() - started, line))
        server.stop()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--writers", type=int, default=40)
    args = parser.parse_args()
    random.seed(12)
    print("kills during notes import:", kills_during_import(args.kills))
    print("kills during restore:", kills_during_restore(args.kills))
    print("kills during summary save:", kills_during_summary_save(args.kills))
    print("writers beside readers:", writers_beside_readers(args.writers))
    for name, seconds, line in model_faults():
        print(f"model fault: {name}: {seconds:.1f} s: {line}")


if __name__ == "__main__":
    main()
