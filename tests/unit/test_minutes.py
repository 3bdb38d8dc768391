"""Real minutes conventions (issue 14, item 3): attendee lists under a heading, scribes'
"Name - text" lines, subjectless lines, Action lines with several owners, an owner in
brackets, or none."""

from __future__ import annotations

from datetime import date

from coach.summary.extract import summarise_offline
from coach.summary.meeting import parse_meeting

DAY = date(2026, 11, 26)


def summary(text: str):  # type: ignore[no-untyped-def]
    return summarise_offline(parse_meeting(text), DAY)


MINUTES = """## Present

* Priya Raman @priya (chair)
* Tomás de la Cruz (guest)
* Wen Li

## Discussion

* Wen - the release notes are late again.
* Priya, once the vendor answers, will share the quote with the group.
Tomás: will feed back on the draft today.
Action: Priya and Wen to update the onboarding guide by Friday.
Action: Remove the old dashboard (Tomás to confirm with finance).
Action: Revisit the budget question next month.
"""


def test_attendees_under_a_heading_and_scribed_speakers() -> None:
    meeting = parse_meeting(MINUTES)
    assert meeting.participants == ["Priya Raman", "Tomás de la Cruz", "Wen Li"]
    assert [line.speaker for line in meeting.lines if line.speaker] == ["Wen Li", "Priya Raman", "Tomás de la Cruz"]


def test_minutes_items_have_their_owners() -> None:
    items = {(i.owner, i.task) for i in summary(MINUTES).action_items}
    assert ("Priya Raman", "share the quote with the group") in items
    assert ("Tomás de la Cruz", "feed back on the draft") in items
    assert ("Priya Raman", "update the onboarding guide") in items and (
        "Wen Li",
        "update the onboarding guide",
    ) in items
    assert ("Tomás de la Cruz", "confirm with finance") in items
    assert all(owner is not None for owner, _ in items)


def test_an_action_nobody_owns_is_a_follow_up() -> None:
    drafted = summary(MINUTES)
    assert "Revisit the budget question next month." in drafted.follow_ups
    assert "Remove the old dashboard" in drafted.follow_ups
    assert not any("budget question" in i.task for i in drafted.action_items)


def test_first_names_in_the_notes_are_the_attendees() -> None:
    drafted = summary(MINUTES + "* Agreed: Wen will send the slides to the board.\n")
    assert ("Wen Li", "send the slides to the board") in {(i.owner, i.task) for i in drafted.action_items}
