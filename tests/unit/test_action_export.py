"""Action items out of coach: overdue and due-soon, the checklist, and a calendar file that
a standard iCalendar parser reads with the right dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar

from coach.memory.action_export import calendar, checklist, due_label, due_or_overdue, timing
from coach.memory.models import TrackedAction

TODAY = date(2026, 11, 27)


def item(
    id: int, due: str | None, status: str = "open", task: str = "send the plan", owner: str = "Sam"
) -> TrackedAction:
    return TrackedAction(id=id, person="Sam", owner=owner, task=task, due=due, status=status)


def test_timing_flags_overdue_and_due_soon() -> None:
    assert timing(item(1, "2026-11-26"), TODAY) == "overdue"
    assert timing(item(2, "2026-11-27"), TODAY) == "due soon"  # today is not overdue
    assert timing(item(3, "2026-12-04"), TODAY) == "due soon"
    assert timing(item(4, "2026-12-05"), TODAY) == "later"
    assert timing(item(5, None), TODAY) == "no date"
    assert timing(item(6, "2026-01-01", status="done"), TODAY) == "done"  # done is never overdue
    assert due_label(item(1, "2026-11-26"), TODAY) == " (due 2026-11-26, overdue)"
    assert due_label(item(5, None), TODAY) == ""
    wanted = due_or_overdue([item(3, "2026-12-04"), item(4, "2026-12-05"), item(1, "2026-11-26"), item(5, None)], TODAY)
    assert [a.id for a in wanted] == [1, 3]


def test_checklist_ticks_done_items_and_keeps_the_due_dates() -> None:
    text = checklist([item(2, None, owner="Dana"), item(1, "2026-11-20"), item(3, "2026-12-01", status="done")], TODAY)
    lines = [line for line in text.splitlines() if line.startswith("- [")]
    assert lines == [
        "- [ ] Sam: send the plan (due 2026-11-20, overdue)",
        "- [ ] Dana: send the plan (about Sam)",
        "- [x] Sam: send the plan (due 2026-12-01)",
    ]


def test_the_calendar_parses_with_all_day_events_on_the_due_dates() -> None:
    awkward = "send the plan, with Q3 numbers; the risks\\ and a long tail — ünïcode " + "x" * 80 + "\nsecond line"
    items = [item(1, "2026-11-24", task=awkward), item(2, "2026-12-01", status="done"), item(3, None)]
    text = calendar(items, uid_domain="abc.coach.invalid", now=datetime(2026, 11, 27, 9, 30, tzinfo=UTC))
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n")), "folded at 75 octets"
    parsed = icalendar.Calendar.from_ical(text.encode())
    events = list(parsed.walk("VEVENT"))
    assert len(events) == 2, "an item with no due date cannot be placed"
    first, second = events
    assert first["DTSTART"].dt == date(2026, 11, 24) and first["DTEND"].dt == date(2026, 11, 25)
    assert str(first["SUMMARY"]) == f"Sam: {' '.join(awkward.split())}"
    assert str(first["UID"]) == "coach-action-1@abc.coach.invalid"
    assert str(second["SUMMARY"]).startswith("Done: ") and str(second["STATUS"]) == "CANCELLED"


def test_a_later_export_keeps_the_uids_and_raises_the_sequence() -> None:
    first = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    one = icalendar.Calendar.from_ical(calendar([item(1, "2026-12-01")], uid_domain="d", now=first).encode())
    two = icalendar.Calendar.from_ical(
        calendar([item(1, "2026-12-03")], uid_domain="d", now=first + timedelta(minutes=5)).encode()
    )
    (before,), (after,) = list(one.walk("VEVENT")), list(two.walk("VEVENT"))
    assert before["UID"] == after["UID"] and int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after["DTSTART"].dt == date(2026, 12, 3)
