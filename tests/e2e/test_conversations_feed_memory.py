"""Conversations feed memory (issue 13, item 6): a finished conversation's brief is kept as a
note about the person, its next steps can be tracked once, and it can be reopened."""

from __future__ import annotations

import pytest

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.core.errors import UsageError


@pytest.fixture
def service() -> Coach:
    return Coach(load_settings())


def finish(service: Coach, conversation: str, role: str, person: str | None, answers: dict[str, str]) -> str:
    view = service.sessions.start(role, conversation, person)  # type: ignore[arg-type]
    while not view.finished:
        view = service.sessions.send(view.id, answers.get(view.state.current or "", "/skip"))
    return view.id


def test_a_finished_brief_is_kept_as_a_note_about_the_person(service: Coach) -> None:
    service.memory.add_person("Marco")
    view = service.sessions.start("manager", "progress-update", "Marco")
    assert view.person_known
    assert not service.sessions.start("manager", "progress-update", "Nobody Known").person_known
    session = finish(
        service,
        "progress-update",
        "manager",
        "Marco",
        {"progress-update.okr-status": "Onboarding completion is 45% against a 60% target, flat for three weeks."},
    )
    (note,) = service.memory.records.notes("Marco", kind="brief")
    assert note.text == service.sessions.brief(session).strip() and "45% against a 60% target" in note.text


def test_a_self_reflection_is_kept_as_a_reflection(service: Coach) -> None:
    finish(service, "self-reflection", "contributor", None, {"self-reflection.on-track": "CTR went from 31% to 36%."})
    (note,) = service.memory.records.notes(None, kind="reflection")
    assert "31% to 36%" in note.text


def test_next_steps_are_tracked_once_with_owners_and_dates(service: Coach) -> None:
    service.memory.add_person("Alex")
    session = finish(
        service,
        "goal-planning",
        "manager",
        "Alex",
        {"goal-planning.next-steps": "Alex drafts the OKRs by 8 January and I review them on 10 January."},
    )
    proposed = service.sessions.proposed_actions(session)
    assert [(p.owner, p.task, p.when) for p in proposed] == [
        ("Alex", "draft the OKRs", "by 8 January"),
        ("me", "review them", "on 10 January"),
    ]
    assert proposed[0].due is not None and proposed[0].due.endswith("-01-08")
    added = service.sessions.track_actions(session)
    assert [(a.owner, a.person) for a in added] == [("Alex", "Alex"), ("me", "Alex")]
    assert service.sessions.track_actions(session) == []  # not twice


def test_a_session_without_steps_says_so(service: Coach) -> None:
    session = finish(service, "self-reflection", "contributor", None, {})
    with pytest.raises(UsageError, match="no next steps"):
        service.sessions.track_actions(session)


def test_a_finished_session_reopens_on_what_was_left_open(service: Coach) -> None:
    session = finish(
        service,
        "progress-update",
        "manager",
        "Sam",
        {"progress-update.okr-status": "Churn is at 6.2% against a 5% target since the October release."},
    )
    view = service.sessions.reopen(session)
    assert not view.finished and view.state.current == "progress-update.capabilities"
    assert view.new_turns[0].text.startswith("Reopened: 4 question(s) left open")
    view = service.sessions.send(session, "Sam needs SQL training; the course on 3 December would do it.")
    assert view.state.questions["progress-update.capabilities"].status == "covered"
    view = service.sessions.act(session, "finish")
    assert "SQL training" in service.sessions.brief(session)
    assert service.memory.records.find_person("Sam") is None  # not among the user's people: kept, unlinked
    assert any("SQL training" in n.text for n in service.memory.records.notes(None, kind="brief"))


def test_a_fully_covered_session_cannot_be_reopened(service: Coach) -> None:
    answer = "Activation is at 27% against 40%, flat since the 3 November release; Sam owns it."
    session = finish(
        service,
        "goal-planning",
        "manager",
        None,
        dict.fromkeys(
            ["goal-planning.focus", "goal-planning.alignment", "goal-planning.key-results", "goal-planning.next-steps"],
            answer,
        ),
    )
    with pytest.raises(UsageError, match="every question of this session is covered"):
        service.sessions.reopen(session)
