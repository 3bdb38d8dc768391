"""Large tables made fast, for the reliability tests and soaks: rows written straight into
coach's schema in one transaction."""

from __future__ import annotations

import sqlite3


def fill_okrs(conn: sqlite3.Connection, person_id: int, count: int, *, key_results: int = 3) -> None:
    """`count` OKRs for the person, each with `key_results` key results and one update each."""
    for n in range(count):
        okr = conn.execute(
            "INSERT INTO okrs (person_id, objective, quarter, created_at) VALUES (?, ?, '2026-Q4', 'x')",
            (person_id, f"Objective {n}"),
        ).lastrowid
        for k in range(key_results):
            kr = conn.execute(
                "INSERT INTO key_results (okr_id, description, target, current, status, updated_at) "
                "VALUES (?, ?, 10, 5, 'on-track', 'x')",
                (okr, f"KR {k}"),
            ).lastrowid
            conn.execute(
                "INSERT INTO key_result_updates (key_result_id, date, current, status) "
                "VALUES (?, '2026-11-01', 5, 'on-track')",
                (kr,),
            )
