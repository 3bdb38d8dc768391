"""The notes index: hybrid query latency at 1k, 10k and 100k notes (embedded Chroma; a
mix of queries with a person filter, without, and naming a person in the text),
indexing throughput with wordllama, and the start-up cost the index adds to the app."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import percentile

SIZES = (1_000, 10_000, 100_000)
QUERIES = 100
TOPICS = [
    "the data pipeline keeps failing and blocks the churn dashboard",
    "asked for a SQL course to query the warehouse",
    "worried about burnout after working weekends before the launch",
    "wants to move into product management next year",
    "asked for two weeks off in December",
    "mentoring the new support engineers",
    "design doc for the event bus praised by other teams",
    "led the postmortem of the outage",
    "blames the infrastructure team for the delayed migration",
    "passed the Kubernetes certification",
    "does not know what good looks like in the first ninety days",
    "rarely speaks in design reviews",
    "weekly status is normal and nothing is blocking",
    "reviewed the backlog and reprioritised two small bugs",
]
PEOPLE = ["Sam", "Ana", "Priya", "Marco", "Elena", "Tom", "Jin", "Hana", "Omar", "Nora"]


def fill(home: str, n: int) -> None:
    """Bulk-insert n notes (setup, not measured)."""
    from coach.app.coach import Coach
    from coach.core.config import load_settings

    service = Coach(load_settings(home=home))
    memory = service.memory.records
    for name in PEOPLE:
        memory.add_person(name)
    rng = random.Random(n)
    rows = []
    for i in range(n):
        person = rng.randrange(len(PEOPLE)) + 1
        text = f"{PEOPLE[person - 1]} {rng.choice(TOPICS)}; note {i} mentions {rng.choice(TOPICS)}."
        day = f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        rows.append((person, day, "note", text, "2026-11-25T00:00:00+00:00"))
    with service.parts.sessions.db.transaction() as conn:
        conn.executemany("INSERT INTO notes (person_id, date, kind, text, created_at) VALUES (?, ?, ?, ?, ?)", rows)


def measure_size(n: int) -> dict[str, float]:
    from coach.app.coach import Coach
    from coach.core.config import load_settings

    with tempfile.TemporaryDirectory() as home:
        fill(home, n)
        service = Coach(load_settings(home=home))
        service.memory.index.dimension()  # load the model outside the timing
        start = time.perf_counter()
        service.memory.index.sync(service.memory.records)
        indexing = time.perf_counter() - start
        rng = random.Random(1)
        timings = []
        for _ in range(QUERIES):
            query = rng.choice(TOPICS).split(" ", 3)[-1]
            person = rng.choice([None, rng.choice(PEOPLE)])
            if rng.random() < 0.3 and person is None:  # a query that names someone is searched twice over
                query = f"{rng.choice(PEOPLE)}'s {query}"
            t = time.perf_counter()
            service.memory.search(query, k=5, person=person)
            timings.append(time.perf_counter() - t)
        startup = startup_cost(home)
    ms = [t * 1000 for t in timings]
    return {
        "n": n,
        "notes_per_s": n / indexing,
        "p50_ms": percentile(ms, 50),
        "p95_ms": percentile(ms, 95),
        "startup_ms": startup,
    }


def startup_cost(home: str) -> float:
    """What the app's start-up index check costs in a fresh process (import chromadb,
    open the index, compare counts), median of 3."""
    code = (
        "import time; t=time.perf_counter()\n"
        "from coach.core.config import load_settings; from coach.app.coach import Coach\n"
        f"s=Coach(load_settings(home={home!r}))\n"
        "t0=time.perf_counter(); s.memory.sync_index(); print((time.perf_counter()-t0)*1000)\n"
    )
    runs = sorted(
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(3)
    )
    return runs[1]


def measure() -> list[dict[str, float]]:
    return [measure_size(n) for n in SIZES]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    for r in measure():
        print(
            f"{r['n']:>7,} notes: indexing {r['notes_per_s']:,.0f} notes/s; query p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms; start-up check {r['startup_ms']:.0f} ms"
        )
