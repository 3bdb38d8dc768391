"""Memory in SQLite: people, notes, OKRs with history, action items, forget, backup and
restore, imports, and migrating an older database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coach.app.memory_import import import_notes
from coach.core.errors import UsageError
from coach.store.backup import backup, restore
from coach.store.database import Database
from coach.store.memory import MemoryStore
from coach.store.migrations import MIGRATIONS
from coach.store.sessions import SessionStore


@pytest.fixture
def memory(tmp_path: Path) -> MemoryStore:
    store = MemoryStore(Database(tmp_path / "coach.db"))
    store.add_person("Sam", "report")
    return store


def test_migrating_an_older_database_keeps_its_sessions(tmp_path: Path) -> None:
    path = tmp_path / "coach.db"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    version, name, sql = MIGRATIONS[0]
    conn.executescript(sql)
    conn.execute("INSERT INTO schema_migrations VALUES (?, ?, 'then')", (version, name))
    conn.execute(
        "INSERT INTO sessions (id, created_at, updated_at, role, conversation_id, person, status, state_json)"
        " VALUES ('old1', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00', 'manager', 'coaching', 'Sam', 'active', '{}')"
    )
    conn.execute(
        "INSERT INTO turns (session_id, seq, speaker, kind, question_id, text, created_at)"
        " VALUES ('old1', 1, 'coach', 'question', NULL, 'What went well?', '2026-01-01T00:00:00+00:00')"
    )
    conn.commit()
    conn.close()
    db = Database(path)
    assert db.schema_versions() == [v for v, _, _ in MIGRATIONS]
    with db.transaction() as c:
        assert c.execute("SELECT id FROM sessions").fetchall()[0][0] == "old1"
    (turn,) = SessionStore(db).turns("old1")
    assert turn.text == "What went well?" and turn.worded_by == "coach"  # turns from before the column: coach's
    MemoryStore(db).add_person("Sam")


def test_people_are_unique_ignoring_case(memory: MemoryStore) -> None:
    with pytest.raises(UsageError, match="'Sam' is already known"):
        memory.add_person("  sam ")
    with pytest.raises(UsageError, match="no person 'Bob'; add them with `coach people add \"Bob\"`"):
        memory.add_note("Bob", "hello there")


def test_notes_validate_and_filter(memory: MemoryStore) -> None:
    memory.add_note("Sam", "Churn KR at 40%.", date="2026-10-01")
    memory.add_note("Sam", "Wants to lead the platform project.", date="2026-11-01", kind="reflection")
    memory.add_note(None, "Team-wide: planning moves to Tuesdays.", date="2026-11-02")
    assert [n.date for n in memory.notes("Sam")] == ["2026-11-01", "2026-10-01"]
    assert [n.kind for n in memory.notes("Sam", kind="reflection")] == ["reflection"]
    assert len(memory.notes(since="2026-10-15")) == 2
    with pytest.raises(UsageError, match="the note is empty; nothing was saved"):
        memory.add_note("Sam", "  \n ")
    with pytest.raises(UsageError, match="1,048,576 characters; the limit is 100,000"):
        memory.add_note("Sam", "x" * 1_048_576)
    with pytest.raises(UsageError, match="date '2026-13-01' is not a date; use YYYY-MM-DD"):
        memory.add_note("Sam", "hello", date="2026-13-01")
    assert len(memory.notes()) == 3, "nothing was saved by the refused notes"


def test_okr_history_and_actions(memory: MemoryStore) -> None:
    okr = memory.add_okr("Sam", "Reduce churn", "2026-Q4", [("Churn below 5%", 5.0), ("Ship onboarding emails", None)])
    kr = okr.key_results[0]
    memory.update_key_result(kr.id, current=7.0, date="2026-10-15")
    updated = memory.update_key_result(kr.id, current=6.0, status="at-risk", note="slipping", date="2026-11-15")
    assert (updated.current, updated.status) == (6.0, "at-risk")
    assert [h[:3] for h in updated.history] == [("2026-10-15", 7.0, "on-track"), ("2026-11-15", 6.0, "at-risk")]
    with pytest.raises(UsageError, match="no key result 99"):
        memory.update_key_result(99, current=1)
    item = memory.add_action("Sam", "Sam", "Send the churn analysis", due="2026-12-01")
    assert [a.id for a in memory.actions("Sam")] == [item.id]
    memory.complete_action(item.id)
    assert memory.actions("Sam") == [] and memory.actions("Sam", status=None)[0].status == "done"
    with pytest.raises(UsageError, match="already done"):
        memory.complete_action(item.id)


def test_forget_removes_everything_about_the_person(memory: MemoryStore) -> None:
    memory.add_person("Ana")
    memory.add_note("Sam", "Sam's private note")
    memory.add_note("Ana", "Ana's note")
    memory.add_okr("Sam", "Reduce churn", "2026-Q4", [("Churn below 5%", 5.0)])
    memory.add_action("Sam", "me", "Follow up with Sam")
    sessions = SessionStore(memory.db)
    from coach.engine.state import GuideState, QuestionState

    state = GuideState(
        conversation_id="coaching",
        role="manager",
        person="Sam",
        order=["coaching.a"],
        questions={"coaching.a": QuestionState()},
    )
    sessions.create(state, [])
    counts = memory.forget("sam")
    assert counts == {
        "notes": 1,
        "okrs": 1,
        "action items": 1,
        "sessions": 1,
        "rehearsals": 0,
        "notes about others that still mention them": 0,
    }
    assert memory.find_person("Sam") is None and sessions.recent() == []
    assert [n.text for n in memory.notes()] == ["Ana's note"]
    with memory.db.transaction() as conn:
        assert conn.execute("SELECT COUNT(*) FROM key_results").fetchone()[0] == 0


def test_backup_and_restore_round_trip(memory: MemoryStore, tmp_path: Path) -> None:
    memory.add_note("Sam", "before the backup")
    copy = backup(memory.db, tmp_path / "backup.db")
    memory.add_note("Sam", "after the backup")
    kept = restore(memory.db, copy)
    assert [n.text for n in memory.notes("Sam")] == ["before the backup"]
    assert kept is not None and kept.exists()
    with pytest.raises(UsageError, match="already exists"):
        backup(memory.db, copy)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 50)
    with pytest.raises(UsageError, match="is not a coach backup"):
        restore(memory.db, junk)
    assert [n.text for n in memory.notes("Sam")] == ["before the backup"], "a refused restore changes nothing"


def test_import_notes_files_and_folders(memory: MemoryStore, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2026-09-01-one-on-one.md").write_text("# 1:1\n- churn at 40%\n", encoding="utf-8")
    (folder / "later.txt").write_text("Asked about the lead role.", encoding="utf-8")
    (folder / "ignored.pdf").write_bytes(b"%PDF")
    assert import_notes(memory, folder, "Sam", date=None) == 2
    dates = {n.text.splitlines()[0]: n.date for n in memory.notes("Sam")}
    assert dates["# 1:1"] == "2026-09-01"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("control.txt", bytes(range(1, 9)) * 40, "is not a text file"),
        ("binary.md", b"\x00\x01\x02binary", "is not a text file"),
        ("empty.md", b"   ", "the note is empty"),
    ],
)
def test_bad_files_import_nothing(memory: MemoryStore, tmp_path: Path, name: str, content: bytes, message: str) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "0-good.md").write_text("a good note", encoding="utf-8")
    (folder / name).write_bytes(content)
    with pytest.raises(UsageError, match=message):
        import_notes(memory, folder, "Sam")
    assert memory.notes("Sam") == []


def test_okr_csv_import(memory: MemoryStore, tmp_path: Path) -> None:
    good = tmp_path / "okrs.csv"
    good.write_text(
        "person,objective,quarter,key_result,target\n"
        "Sam,Reduce churn,2026-Q4,Churn below 5%,5\n"
        "Sam,Reduce churn,2026-Q4,Ship onboarding emails,\n",
        encoding="utf-8",
    )
    assert import_notes(memory, good, None) == 1
    (okr,) = memory.okrs("Sam")
    assert [k.target for k in okr.key_results] == [5.0, None]
    bad = tmp_path / "bad.csv"
    bad.write_text("person,objective\nSam,Reduce churn\n", encoding="utf-8")
    with pytest.raises(UsageError, match="missing column\\(s\\) quarter, key_result, target"):
        import_notes(memory, bad, None)
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("person,objective,quarter,key_result,target\nZed,X,2026-Q4,Y,1\n", encoding="utf-8")
    with pytest.raises(UsageError, match="no person 'Zed'"):
        import_notes(memory, unknown, None)
    assert len(memory.okrs()) == 1


def test_a_key_result_where_lower_is_better(memory: MemoryStore) -> None:
    from coach.memory.models import parse_target, progress

    assert parse_target("<5") == (5.0, True) and parse_target("≤ 2.5") == (2.5, True)
    assert (
        parse_target("at most 3%") == (3.0, True)
        and parse_target("40") == (40.0, False)
        and parse_target("") == (None, False)
    )
    with pytest.raises(UsageError, match="not a number"):
        parse_target("soon")
    okr = memory.add_okr("Sam", "Keep customers", "2026-Q4", [("Monthly churn %", 5.0, True), ("NPS", 40.0)])
    churn, nps = okr.key_results
    assert churn.lower_is_better and not nps.lower_is_better
    memory.update_key_result(churn.id, current=6.2)
    memory.update_key_result(nps.id, current=31)
    churn, nps = memory.okrs("Sam")[0].key_results
    assert progress(churn) == "6.2 (target: 5 or less)" and progress(nps) == "31 of 40"


def test_a_note_with_angle_brackets_shows_as_written_in_the_profile(memory: MemoryStore) -> None:
    from coach.app.memory_context import person_profile

    memory.add_note("Sam", "Pasted from Teams: <v Sam> I'll send it.")
    assert "> Pasted from Teams: \\<v Sam> I'll send it." in person_profile(memory, "Sam")
