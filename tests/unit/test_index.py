"""The note index and hybrid search, embedded and against a real Chroma server."""

from __future__ import annotations

import itertools

import pytest

from coach.core.config import load_settings
from coach.services import CoachService

NOTES = [
    ("Sam", "2026-09-10", "note", "Sam said the data pipeline blocks the churn work; key result at 40%."),
    ("Sam", "2026-10-05", "summary", "Agreed Sam sends the churn analysis by Friday."),
    ("Sam", "2026-11-02", "note", "Sam wants to lead the 2027 platform project and asked for a mentor."),
    ("Ana", "2026-10-20", "note", "Ana is exhausted after the launch and worried about burnout."),
    ("Ana", "2026-11-12", "reflection", "Ana would like to move into product management next year."),
]
_collections = itertools.count()


@pytest.fixture(params=["embedded", "server"])
def service(request, monkeypatch) -> CoachService:  # type: ignore[no-untyped-def]
    if request.param == "server":
        server = request.getfixturevalue("chroma_server")
        monkeypatch.setenv("COACH_CHROMA_URL", server.url)
        monkeypatch.setattr("coach.retrieval.note_index.COLLECTION", f"notes_{next(_collections)}")
    service = CoachService(load_settings())
    for name in ("Sam", "Ana"):
        service.memory.add_person(name)
    for person, day, kind, text in NOTES:
        note, warning = service.add_note(person, text, date=day, kind=kind)
        assert warning is None
    return service


def texts(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [hit.note.text for hit in result.hits]


def test_hybrid_search_finds_meaning_and_words(service: CoachService) -> None:
    by_meaning = service.search_notes("tired and overworked", k=2)
    assert texts(by_meaning)[0].startswith("Ana is exhausted")
    by_words = service.search_notes("churn analysis Friday", k=1)
    assert texts(by_words) == ["Agreed Sam sends the churn analysis by Friday."]
    hit = by_words.hits[0]
    assert hit.citation == f"[note {hit.note.id}, 2026-10-05]" and hit.vector_rank and hit.lexical_rank


def test_filters_by_person_kind_and_date(service: CoachService) -> None:
    assert {h.note.person for h in service.search_notes("career", k=5, person="ana").hits} == {"Ana"}
    assert [h.note.kind for h in service.search_notes("churn", k=5, kind="summary").hits] == ["summary"]
    recent = service.search_notes("project", k=5, since="2026-11-01")
    assert recent.hits and all(h.note.date >= "2026-11-01" for h in recent.hits)


def test_forget_leaves_nothing_to_find(service: CoachService) -> None:
    service.forget("Sam")
    for query in ("data pipeline churn", "platform mentor", "Sam"):
        assert all(h.note.person != "Sam" for h in service.search_notes(query, k=5).hits)
    assert service.note_index.indexed_ids() == service.memory.note_ids()


def test_the_index_catches_up_with_sqlite(service: CoachService) -> None:
    index = service.note_index
    index.delete(sorted(index.indexed_ids())[:2])  # as if two notes never reached the index
    assert len(index.indexed_ids()) == len(NOTES) - 2
    report = index.sync(service.memory)
    assert (report.added, report.removed) == (2, 0) and len(index.indexed_ids()) == len(NOTES)


def test_a_change_of_embeddings_rebuilds_the_index(service: CoachService, scripted, monkeypatch) -> None:
    monkeypatch.setenv("COACH_EMBEDDINGS__BACKEND", "openai")
    monkeypatch.setenv("COACH_EMBEDDINGS__MODEL", "nomic-embed-text")
    monkeypatch.setenv("COACH_EMBEDDINGS__BASE_URL", scripted.base_url)
    switched = CoachService(load_settings())
    report = switched.note_index.sync(switched.memory)
    assert report.rebuilt and report.added == len(NOTES)
    meta = switched.note_index.collection().metadata
    assert (meta["embedder"], meta["model"], meta["dim"]) == ("openai", "nomic-embed-text", 64)
    assert any(r["path"].endswith("/embeddings") for r in scripted.requests)
    assert switched.search_notes("churn analysis", k=1).hits


def test_server_down_keeps_notes_and_catches_up(chroma_server, monkeypatch) -> None:
    monkeypatch.setenv("COACH_CHROMA_URL", chroma_server.url)
    monkeypatch.setattr("coach.retrieval.note_index.COLLECTION", f"notes_{next(_collections)}")
    service = CoachService(load_settings())
    service.memory.add_person("Ana")
    service.add_note("Ana", "Ana is exhausted after the launch.")
    chroma_server.stop()
    try:
        note, warning = CoachService(load_settings()).add_note("Ana", "Ana asked for a week off in December.")
        assert warning and "unavailable" in warning and "will catch up" in warning and "\n" not in warning
        result = CoachService(load_settings()).search_notes("week off December", k=2)
        assert result.warning and "word matches only" in result.warning
        assert texts(result)[0] == "Ana asked for a week off in December."
    finally:
        chroma_server.start()
    recovered = CoachService(load_settings())
    assert recovered.search_notes("holiday in December", k=1).warning is None
    assert recovered.note_index.indexed_ids() == recovered.memory.note_ids()


async def test_the_app_rebuilds_a_missing_index_by_itself(coach_home) -> None:
    import shutil

    from coach.tui.app import make_app

    from ..tui.conftest import settle

    service = CoachService(load_settings())
    service.memory.add_person("Ana")
    service.add_note("Ana", "Ana is exhausted after the launch.")
    shutil.rmtree(coach_home / "index")  # the index is derived: losing it loses nothing
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()  # as in the next run of coach, a new process
    fresh = CoachService(load_settings())
    async with make_app(service=fresh).run_test() as pilot:
        await settle(pilot)
    assert fresh.note_index.indexed_ids() == fresh.memory.note_ids()


def test_a_named_person_comes_first_but_others_are_still_found(service: CoachService) -> None:
    """Naming someone ranks their notes first without hiding a note filed under another person."""
    service.memory.add_person("Priya")
    service.add_note("Priya", "Priya said Sam helped her debug the billing alerts at midnight.", date="2026-11-20")
    about_sam = service.search_notes("Sam helping with billing alerts", k=5)
    assert any(h.note.person == "Priya" for h in about_sam.hits)
    assert service.search_notes("Sam's ambitions", k=1).hits[0].note.text.startswith("Sam wants to lead")
