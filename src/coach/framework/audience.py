"""Lines addressed to the wrong person: for a user in one role, the follow-ups written for
the other person, and the headings of a brief that belong to someone else's meeting."""

from __future__ import annotations

from collections.abc import Iterable

from coach.core.types import Role
from coach.framework.models import Conversation


def wrong_audience(conversation: Conversation, role: Role) -> set[str]:
    """What a user in `role` must never be shown in this conversation."""
    allowed: set[str] = set()
    wrong: set[str] = set()
    for planned in conversation.plan(role):
        question = planned.question
        mine, theirs = (
            (question.prep_probes, question.probes) if planned.is_prep else (question.probes, question.prep_probes)
        )
        allowed |= set(mine)
        wrong |= set(theirs)
    wrong -= allowed
    return wrong


def wrong_headings(conversation: Conversation, role: Role) -> set[str]:
    """Brief headings that belong to another user's brief (matched exactly)."""
    wrong = set()
    if role != conversation.leader or not conversation.answerer:
        wrong.add("## Tips for leading it")
    if role == "contributor":
        wrong.add("## Questions to ask your report")
    return wrong


def wrong_lines_in(
    texts: Iterable[str], conversation: Conversation, role: Role, person: str | None = None
) -> list[str]:
    """The wrong-audience lines that appear in `texts`: follow-ups for the other person (also
    with the person's name in place of "your report"), and headings of someone else's brief."""
    shown = list(texts)
    found = []
    for line in sorted(wrong_audience(conversation, role)):
        variants = {line}
        if person:
            variants |= {line.replace("your report", person), line.replace("your manager", person)}
        if any(v in text for v in variants for text in shown):
            found.append(line)
    found += [h for h in sorted(wrong_headings(conversation, role)) if any(h in text for text in shown)]
    return found
