"""The store under hostile files, concurrent writers and a wide umask (issue 12)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import sys
import threading
import time
from pathlib import Path

import pytest

from coach.app.coach import Coach
from coach.cli import main
from coach.core.config import load_settings
from coach.core.errors import CoachError
from coach.testing.bulk import fill_okrs


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def wide_umask():  # type: ignore[no-untyped-def]
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_everything_coach_writes_is_private_whatever_the_umask(
    capsys, wide_umask, coach_home: Path, tmp_path: Path
) -> None:
    assert run(capsys, "people", "add", "Dana")[0] == 0
    assert run(capsys, "notes", "add", "Dana missed the payments milestone.", "--person", "Dana")[0] == 0
    transcript = tmp_path / "m.txt"
    transcript.write_text("Attendees: Dana, Sam\nDana: I'll send the plan by Friday.\n", encoding="utf-8")
    exports = str(coach_home / "exports") + "/"  # a folder that does not exist yet
    assert run(capsys, "summarize", str(transcript), "--offline", "--save", "-o", exports)[0] == 0
    backups = tmp_path / "backups"
    backups.mkdir(mode=0o700)
    assert run(capsys, "backup", str(backups / "b.db"))[0] == 0
    assert run(capsys, "restore", str(backups / "b.db"))[0] == 0
    paths = [coach_home, *coach_home.rglob("*"), backups / "b.db"]
    assert any(p.name.startswith("coach.db.before-restore") for p in paths)
    assert any(p.parent.name == "index" for p in paths) and any(p.parent.name == "exports" for p in paths)
    wide = [f"{p} {stat.S_IMODE(p.stat().st_mode):o}" for p in paths if p.stat().st_mode & 0o077]
    assert wide == []


def test_an_existing_home_readable_by_others_is_warned_about(capsys, coach_home: Path) -> None:
    coach_home.mkdir(mode=0o755)
    os.chmod(coach_home, 0o755)
    code, _, err = run(capsys, "people")
    assert code == 0 and "can be read by other users" in err and "chmod -R go-rwx" in err


def _backup_with_notes(capsys, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    run(capsys, "people", "add", "Alice")
    run(capsys, "notes", "add", "Alice asked about the mentoring programme.", "--person", "Alice")
    target = tmp_path / "alice.db"
    assert run(capsys, "backup", str(target))[0] == 0
    return target


def test_after_a_restore_no_vector_of_the_replaced_notes_survives(capsys, tmp_path: Path, monkeypatch) -> None:
    """Note ids are reused across databases: after restoring a backup with as many notes,
    Chroma kept Bob's confidential note's vector and name under an id that is now Alice's."""
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "other-home"))
    backup = _backup_with_notes(capsys, tmp_path)  # Alice's note 1
    run(capsys, "notes", "add", "Alice wants a stretch project in Q1.", "--person", "Alice")  # note 2
    backup.unlink()
    run(capsys, "backup", str(backup))
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "home"))
    run(capsys, "people", "add", "Alice")
    run(capsys, "people", "add", "Bob")
    run(capsys, "notes", "add", "Alice asked about the mentoring programme.", "--person", "Alice")  # note 1
    run(capsys, "notes", "add", "CONFIDENTIAL: Bob is on a performance plan.", "--person", "Bob")  # note 2
    assert run(capsys, "notes", "search", "performance plan")[0] == 0  # the index holds Bob's note 2
    assert run(capsys, "restore", str(backup))[0] == 0
    _, out, _ = run(capsys, "notes", "search", "performance plan", "--person", "Bob")
    assert "CONFIDENTIAL" not in out
    coach = Coach(load_settings())
    coach.memory.search("stretch project")  # syncs as the app would
    stored = {n.id: n for n in coach.memory.records.notes(None, limit=100)}
    indexed = coach.memory.index.collection().get(ids=[str(i) for i in stored], include=["metadatas"])
    assert len(indexed["ids"]) == len(stored) == 2
    for note_id, meta in zip(indexed["ids"], indexed["metadatas"], strict=True):
        assert meta["person"] == (stored[int(note_id)].person or ""), "the index kept the replaced note's person"


def test_a_read_never_holds_the_write_lock(coach_home: Path) -> None:
    """Reads run in deferred transactions: a long read (a big OKR table) used to take the
    write lock and make notes added meanwhile fail with "database is locked"."""
    records = Coach(load_settings()).memory.records
    records.add_person("Dana")
    reading = threading.Event()
    release = threading.Event()

    def long_read() -> None:
        with records.db.reading() as conn:
            conn.execute("SELECT COUNT(*) FROM notes").fetchone()
            reading.set()
            release.wait(10)

    reader = threading.Thread(target=long_read)
    reader.start()
    reading.wait(10)
    try:  # the reader holds its transaction past the 3 s busy timeout unless released
        note = records.add_note("Dana", "Added while a read is open.")
    finally:
        release.set()
        reader.join()
    assert note.text == "Added while a read is open."


def test_a_backup_with_a_trigger_coach_did_not_create_is_refused(capsys, tmp_path: Path) -> None:
    backup = _backup_with_notes(capsys, tmp_path)
    conn = sqlite3.connect(backup)
    conn.execute("CREATE TRIGGER wipe AFTER INSERT ON notes BEGIN DELETE FROM notes WHERE id < NEW.id; END")
    conn.commit()
    conn.close()
    before = run(capsys, "notes", "list")[1]
    code, _, err = run(capsys, "restore", str(backup))
    assert code == 2 and "triggers or views coach did not create (trigger wipe)" in err and err.count("\n") == 1
    assert run(capsys, "notes", "list")[1] == before  # nothing was replaced


def test_a_corrupt_backup_is_refused_and_nothing_is_replaced(capsys, tmp_path: Path) -> None:
    backup = _backup_with_notes(capsys, tmp_path)
    data = bytearray(backup.read_bytes())
    data[4096:8192] = os.urandom(4096)  # a page of garbage inside the file
    backup.write_bytes(bytes(data))
    before = run(capsys, "notes", "list")[1]
    code, _, err = run(capsys, "restore", str(backup))
    assert code == 2 and "nothing was restored" in err and err.count("\n") == 1
    assert run(capsys, "notes", "list")[1] == before


def test_a_damaged_database_is_not_backed_up_silently(capsys, coach_home: Path, tmp_path: Path) -> None:
    _backup_with_notes(capsys, tmp_path)
    db = coach_home / "coach.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    page = 4096
    for start in range(page, len(data) - page, page):  # every b-tree page header but the first
        data[start : start + 12] = b"\x0d\xff\xff\xff\xff\xff\xff\xff\x00\x00\x00\x00"
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "backup", str(tmp_path / "second.db"))
    assert code != 0 and ("damaged" in err or "malformed" in err) and not (tmp_path / "second.db").exists()


def test_a_database_from_a_newer_coach_is_not_written(capsys, coach_home: Path) -> None:
    run(capsys, "people", "add", "Dana")
    conn = sqlite3.connect(coach_home / "coach.db")
    conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "people", "add", "Sam")
    assert code != 0 and "written by a newer coach" in err and err.count("\n") == 1


@pytest.mark.parametrize("name", ["back#up.db", "what?.db", "with space & more.db"])
def test_restore_from_a_file_name_with_uri_characters(capsys, tmp_path: Path, name: str) -> None:
    backup = _backup_with_notes(capsys, tmp_path)
    odd = tmp_path / name
    shutil.copyfile(backup, odd)
    code, out, err = run(capsys, "restore", str(odd))
    assert code == 0, err
    assert "Restored" in out


def test_readers_of_a_large_okr_table_never_lock_out_writers(coach_home: Path) -> None:
    """3,000 OKRs: listing them used to hold the write lock for seconds, and notes added
    meanwhile failed with "database is locked"."""
    coach = Coach(load_settings())
    records = coach.memory.records
    records.add_person("Dana")
    with records.db.transaction() as conn:
        person_id = conn.execute("SELECT id FROM people WHERE name = 'Dana'").fetchone()[0]
        fill_okrs(conn, person_id, 3000)
    errors: list[str] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            Coach(load_settings()).memory.records.okrs("Dana")

    readers = [threading.Thread(target=read) for _ in range(2)]
    for reader in readers:
        reader.start()
    time.sleep(0.2)
    for n in range(15):
        try:
            Coach(load_settings()).memory.records.add_note("Dana", f"Note {n} while OKRs are read.")
        except CoachError as exc:
            errors.append(str(exc))
    done.set()
    for reader in readers:
        reader.join()
    assert errors == []


def test_a_damaged_embedded_index_is_rebuilt_not_reported_forever(capsys, coach_home: Path) -> None:
    run(capsys, "people", "add", "Ana")
    run(capsys, "notes", "add", "Ana wants a mentor for the platform work.", "--person", "Ana")
    assert "mentor" in run(capsys, "notes", "search", "mentor")[1]
    index = coach_home / "index" / "chroma.sqlite3"
    data = bytearray(index.read_bytes())
    data[0:100] = b"\x00" * 100  # the header of Chroma's database
    index.write_bytes(bytes(data))
    code, out, err = run(capsys, "notes", "search", "mentor")
    assert code == 0 and "mentor" in out and "unavailable" not in err
    assert run(capsys, "index", "rebuild")[0] == 0
    assert "1 notes" in run(capsys, "index", "status")[1]


@pytest.fixture
def read_only_home(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """A COACH_HOME on a small tmpfs, remounted read-only after coach has written to it."""
    import subprocess as sp

    mount = tmp_path / "mnt"
    mount.mkdir()
    if sp.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here")
    monkeypatch.setenv("COACH_HOME", str(mount / "home"))
    try:
        yield mount
    finally:
        sp.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_read_only_home_still_reads_searches_and_backs_up(read_only_home: Path, tmp_path: Path) -> None:
    import subprocess as sp

    def coach(*args: str) -> sp.CompletedProcess[str]:  # its own process: nothing stays open here
        return sp.run([sys.executable, "-m", "coach", *args], capture_output=True, text=True, env=os.environ.copy())

    coach("people", "add", "Ana")
    coach("notes", "add", "Ana wants a mentor for the platform work.", "--person", "Ana")
    remount = sp.run(["mount", "-o", "remount,ro", str(read_only_home)], capture_output=True, text=True)
    assert remount.returncode == 0, remount.stderr
    listed = coach("notes", "list")
    assert listed.returncode == 0 and "Ana wants a mentor" in listed.stdout, listed.stderr
    found = coach("notes", "search", "mentor")
    assert found.returncode == 0 and "Ana wants a mentor" in found.stdout  # word matches: no index here
    copied = coach("backup", str(tmp_path / "copy.db"))
    assert copied.returncode == 0 and (tmp_path / "copy.db").is_file(), copied.stderr
    added = coach("notes", "add", "One more.", "--person", "Ana")
    assert added.returncode == 3 and "read-only or the disk full" in added.stderr
    assert "Traceback" not in added.stderr
