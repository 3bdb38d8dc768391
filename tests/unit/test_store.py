"""SQLite store: migrations recorded, WAL, turns saved with state, prefixes, bad databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coach.core.errors import StoreError, UsageError
from coach.engine.state import GuideState, QuestionState, Turn
from coach.store.database import Database
from coach.store.migrations import MIGRATIONS
from coach.store.sessions import SessionStore


def state(**changes) -> GuideState:
    base = GuideState(
        conversation_id="coaching", role="manager", order=["coaching.a"], questions={"coaching.a": QuestionState()}
    )
    return base.model_copy(update=changes)


def test_migrations_are_recorded_and_wal_is_on(tmp_path: Path) -> None:
    db = Database(tmp_path / "coach.db")
    assert db.schema_versions() == [v for v, _, _ in MIGRATIONS]
    conn = sqlite3.connect(tmp_path / "coach.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # Re-opening does not re-run anything.
    assert Database(tmp_path / "coach.db").schema_versions() == [v for v, _, _ in MIGRATIONS]


def test_turns_and_state_are_saved_together(tmp_path: Path) -> None:
    store = SessionStore(Database(tmp_path / "coach.db"))
    sid = store.create(state(), [Turn(speaker="coach", kind="question", text="Q1", question_id="coaching.a")])
    finished = state(finished=True)
    store.append(sid, [Turn(speaker="user", kind="answer", text="A1", question_id="coaching.a")], finished)
    record = store.get(sid)
    assert record.status == "finished" and record.state.finished
    assert [t.text for t in store.turns(sid)] == ["Q1", "A1"]


def test_prefix_resolution(tmp_path: Path) -> None:
    store = SessionStore(Database(tmp_path / "coach.db"))
    sid = store.create(state(), [])
    assert store.resolve(sid[:3]) == sid
    with pytest.raises(UsageError, match="no session 'zzzz'"):
        store.resolve("zzzz")
    with pytest.raises(UsageError, match="no session '%'"):
        store.resolve("%")


def test_corrupt_database_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "coach.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError) as info:
        SessionStore(Database(path)).recent()
    assert "is damaged" in str(info.value) and "move it aside" in str(info.value)
    assert "\n" not in str(info.value)
    assert path.read_bytes().startswith(b"this is not sqlite"), "the damaged file is left as it was"


def test_locked_database_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "coach.db"
    store = SessionStore(Database(path))
    store.create(state(), [])
    monkeypatch.setattr("coach.store.database.BUSY_TIMEOUT_S", 0.1)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="is locked by another program"):
            SessionStore(Database(path)).create(state(), [])
    finally:
        holder.execute("ROLLBACK")
    assert len(store.recent()) == 1


def test_failed_write_leaves_earlier_turns_intact(tmp_path: Path) -> None:
    store = SessionStore(Database(tmp_path / "coach.db"))
    sid = store.create(state(), [Turn(speaker="coach", kind="question", text="Q1")])
    with pytest.raises(StoreError):
        store.append("no-such-session", [Turn(speaker="user", kind="answer", text="lost?")], state())
    assert [t.text for t in store.turns(sid)] == ["Q1"]


def test_latest_active_skips_finished_sessions(tmp_path: Path) -> None:
    store = SessionStore(Database(tmp_path / "coach.db"))
    older_active = store.create(state(), [])
    store.create(state(finished=True), [])
    assert store.latest_active().id == older_active
    store.append(older_active, [], state(finished=True))
    assert store.latest_active() is None


def test_concurrent_first_use_migrates_once(tmp_path: Path) -> None:
    import threading

    db = Database(tmp_path / "coach.db")
    errors: list[BaseException] = []

    def use() -> None:
        try:
            SessionStore(db).recent()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    other = Database(tmp_path / "coach.db")  # another process's view: nothing left to apply
    assert other.schema_versions() == [v for v, _, _ in MIGRATIONS]


def test_two_processes_migrating_at_once(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = f"from coach.store.database import Database; from pathlib import Path; print(Database(Path({str(tmp_path / 'coach.db')!r})).schema_versions())"
    procs = [
        subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    results = [p.communicate(timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in results]
