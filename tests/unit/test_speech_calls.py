"""Commitments in recorded group calls (issue 14): what is said to run the call, offers
and questions to the room, and a request to everyone are not anyone's item; "I'll be
testing" and "the data that I'm gonna go over" are."""

from __future__ import annotations

from datetime import date

from coach.summary.extract import summarise_offline
from coach.summary.meeting import parse_meeting

CALL = """Rin Sato: Can you guys hear me okay? Let me quickly share the link in the chat.
Ola Berg: Yes.
Rin Sato: Maybe I'll phrase it this way. I'll take that as a no. Please take a look at the PR.
Ola Berg: Sure.
Tam Vu: I got some new data that I'm gonna go over soon.
Rin Sato: Would you like to say something, Ola?
Ola Berg: I will be testing the new image in the coming hours, and also I'll maybe reach out to Marius.
Rin Sato: So please check the next call if you are available. To keep the branch on main.
Tam Vu: I think I can take a good look at it after this call.
"""


def items(text: str) -> list[tuple[str | None, str]]:
    return [(i.owner, i.task) for i in summarise_offline(parse_meeting(text), date(2026, 7, 1)).action_items]


def test_running_the_call_and_questions_to_the_room_are_not_items() -> None:
    found = items(CALL)
    assert not any("hear" in task or "link" in task or "phrase" in task or "as a no" in task for _, task in found)
    assert not any("like to say" in task or "next call" in task or "keep the branch" in task for _, task in found)


def test_commitments_said_in_passing_in_a_call() -> None:
    assert items(CALL) == [
        ("Ola Berg", "take a look at the PR"),  # asked, and Ola said "Sure."
        ("Tam Vu", "go over some new data soon"),
        ("Ola Berg", "test the new image in the coming hours"),
        ("Ola Berg", "reach out to Marius"),
        ("Tam Vu", "take a good look at it after this call"),
    ]


def test_a_request_to_the_room_that_nobody_takes_up_is_no_ones() -> None:
    assert items("Rin Sato: Please take a look at the PR.\nOla Berg: The build is red.\nTam Vu: Yes, I saw.\n") == []


def test_if_you_then_i_accepted_is_two_items_and_a_plan_for_a_case_is_a_follow_up() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Chase Wright: If you can leave a comment on it, then I'll update the spec to reflect that.\n"
            "Tullio: Okay, I'll do. Thanks.\nAna Lee: If the vendor is late, I'll escalate.\nBo Chen: Fine.\n"
            "Ana Lee: If you could send the logs, I'll look at them.\nBo Chen: No, not today.\n"
        ),
        date(2026, 7, 1),
    )
    assert [(i.owner, i.task) for i in drafted.action_items] == [
        ("Tullio", "leave a comment on it"),
        ("Chase Wright", "update the spec to reflect that"),
    ]
    assert "Ana Lee: If the vendor is late, I'll escalate." in drafted.follow_ups
