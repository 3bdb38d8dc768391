"""The note index and hybrid search, embedded and against a real Chroma server."""

from __future__ import annotations

import itertools

import pytest

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.retrieval.note_index import HNSW_HEADER, blank_unused_slots

NOTES = [
    ("Sam", "2026-09-10", "note", "Sam said the data pipeline blocks the churn work; key result at 40%."),
    ("Sam", "2026-10-05", "summary", "Agreed Sam sends the churn analysis by Friday."),
    ("Sam", "2026-11-02", "note", "Sam wants to lead the 2027 platform project and asked for a mentor."),
    ("Ana", "2026-10-20", "note", "Ana is exhausted after the launch and worried about burnout."),
    ("Ana", "2026-11-12", "reflection", "Ana would like to move into product management next year."),
]
_collections = itertools.count()


@pytest.fixture(params=["embedded", "server"])
def service(request, monkeypatch) -> Coach:  # type: ignore[no-untyped-def]
    if request.param == "server":
        server = request.getfixturevalue("chroma_server")
        monkeypatch.setenv("COACH_CHROMA_URL", server.url)
        monkeypatch.setattr("coach.retrieval.note_index.COLLECTION", f"notes_{next(_collections)}")
    service = Coach(load_settings())
    for name in ("Sam", "Ana"):
        service.memory.records.add_person(name)
    for person, day, kind, text in NOTES:
        _note, warning = service.memory.add_note(person, text, date=day, kind=kind)
        assert warning is None
    return service


def texts(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [hit.note.text for hit in result.hits]


def test_hybrid_search_finds_meaning_and_words(service: Coach) -> None:
    by_meaning = service.memory.search("tired and overworked", k=2)
    assert texts(by_meaning)[0].startswith("Ana is exhausted")
    by_words = service.memory.search("churn analysis Friday", k=1)
    assert texts(by_words) == ["Agreed Sam sends the churn analysis by Friday."]
    hit = by_words.hits[0]
    assert hit.citation == f"[note {hit.note.id}, 2026-10-05]" and hit.vector_rank and hit.lexical_rank


def test_filters_by_person_kind_and_date(service: Coach) -> None:
    assert {h.note.person for h in service.memory.search("career", k=5, person="ana").hits} == {"Ana"}
    assert [h.note.kind for h in service.memory.search("churn", k=5, kind="summary").hits] == ["summary"]
    recent = service.memory.search("project", k=5, since="2026-11-01")
    assert recent.hits and all(h.note.date >= "2026-11-01" for h in recent.hits)


def test_forget_leaves_nothing_to_find(service: Coach) -> None:
    service.memory.forget("Sam")
    for query in ("data pipeline churn", "platform mentor", "Sam"):
        assert all(h.note.person != "Sam" for h in service.memory.search(query, k=5).hits)
    assert service.memory.index.indexed_ids() == service.memory.records.note_ids()


def test_forget_blanks_what_the_vector_files_hold_beyond_their_elements(coach_home, monkeypatch) -> None:
    """hnswlib writes its whole buffer, capacity included; the unused part is old memory of
    the process, which can hold a forgotten person's words. Forget zeroes it."""
    service = Coach(load_settings())
    service.memory.records.add_person("Zebediah")
    service.memory.add_note("Zebediah", "Zebediah is worried about the reorg.")
    service.memory.search("reorg")
    (segment,) = [p for p in (coach_home / "index").iterdir() if p.is_dir()]
    planted = segment / "data_level0.bin"
    with planted.open("r+b") as file:  # what the old memory would have left there
        file.seek(planted.stat().st_size - 4096)
        file.write(b"Zebediah is worried about the reorg.")
    assert blank_unused_slots(segment)
    assert b"Zebediah" not in planted.read_bytes()
    service.memory.forget("Zebediah")
    assert service.memory.search("reorg").hits == []
    for data in (coach_home / "index").rglob("data_level0.bin"):
        _, _, capacity, count, size = HNSW_HEADER.unpack_from((data.parent / "header.bin").read_bytes())
        assert data.read_bytes()[count * size :] == bytes((capacity - count) * size)


def test_the_index_catches_up_with_sqlite(service: Coach) -> None:
    index = service.memory.index
    index.delete(sorted(index.indexed_ids())[:2])  # as if two notes never reached the index
    assert len(index.indexed_ids()) == len(NOTES) - 2
    report = index.sync(service.memory.records)
    assert (report.added, report.removed) == (2, 0) and len(index.indexed_ids()) == len(NOTES)


def test_a_change_of_embeddings_rebuilds_the_index(service: Coach, scripted, monkeypatch) -> None:
    monkeypatch.setenv("COACH_EMBEDDINGS__BACKEND", "openai")
    monkeypatch.setenv("COACH_EMBEDDINGS__MODEL", "nomic-embed-text")
    monkeypatch.setenv("COACH_EMBEDDINGS__BASE_URL", scripted.base_url)
    switched = Coach(load_settings())
    report = switched.memory.index.sync(switched.memory.records)
    assert report.rebuilt and report.added == len(NOTES)
    meta = switched.memory.index.collection().metadata
    assert (meta["embedder"], meta["model"], meta["dim"]) == ("openai", "nomic-embed-text", 64)
    assert any(r["path"].endswith("/embeddings") for r in scripted.requests)
    assert switched.memory.search("churn analysis", k=1).hits


def test_server_down_keeps_notes_and_catches_up(chroma_server, monkeypatch) -> None:
    monkeypatch.setenv("COACH_CHROMA_URL", chroma_server.url)
    monkeypatch.setattr("coach.retrieval.note_index.COLLECTION", f"notes_{next(_collections)}")
    service = Coach(load_settings())
    service.memory.records.add_person("Ana")
    service.memory.add_note("Ana", "Ana is exhausted after the launch.")
    chroma_server.stop()
    try:
        _note, warning = Coach(load_settings()).memory.add_note("Ana", "Ana asked for a week off in December.")
        assert warning and "unavailable" in warning and "will catch up" in warning and "\n" not in warning
        result = Coach(load_settings()).memory.search("week off December", k=2)
        assert result.warning and "word matches only" in result.warning
        assert texts(result)[0] == "Ana asked for a week off in December."
    finally:
        chroma_server.start()
    recovered = Coach(load_settings())
    assert recovered.memory.search("holiday in December", k=1).warning is None
    assert recovered.memory.index.indexed_ids() == recovered.memory.records.note_ids()


async def test_the_app_rebuilds_a_missing_index_by_itself(coach_home) -> None:
    import shutil

    from coach.tui.app import make_app
    from tests.tui.conftest import settle

    service = Coach(load_settings())
    service.memory.records.add_person("Ana")
    service.memory.add_note("Ana", "Ana is exhausted after the launch.")
    shutil.rmtree(coach_home / "index")  # the index is derived: losing it loses nothing
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()  # as in the next run of coach, a new process
    fresh = Coach(load_settings())
    async with make_app(service=fresh).run_test() as pilot:
        await settle(pilot)
    assert fresh.memory.index.indexed_ids() == fresh.memory.records.note_ids()


def test_a_named_person_comes_first_but_others_are_still_found(service: Coach) -> None:
    """Naming someone ranks their notes first without hiding a note filed under another person."""
    service.memory.records.add_person("Priya")
    service.memory.add_note(
        "Priya", "Priya said Sam helped her debug the billing alerts at midnight.", date="2026-11-20"
    )
    about_sam = service.memory.search("Sam helping with billing alerts", k=5)
    assert any(h.note.person == "Priya" for h in about_sam.hits)
    assert service.memory.search("Sam's ambitions", k=1).hits[0].note.text.startswith("Sam wants to lead")
