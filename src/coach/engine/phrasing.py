"""How the coach's lines are worded. The offline phraser uses the framework's own text;
an LLM phraser can replace it while the engine keeps the state."""

from __future__ import annotations

import re
from typing import Protocol

from coach.core.types import Role
from coach.framework.models import Conversation, PlannedQuestion

COMMANDS_HELP = (
    "Commands: `/skip` moves on, `/back` returns to the previous question, "
    "`/why` explains the current question, `/done` ends and writes your brief, `/help` shows this."
)


class Phraser(Protocol):
    def intro(self, conversation: Conversation, role: Role, person: str | None) -> str: ...

    def question(self, planned: PlannedQuestion, number: int, total: int, person: str | None) -> str: ...

    def probe(self, planned: PlannedQuestion, probe: str, person: str | None) -> str: ...

    def why(self, planned: PlannedQuestion, person: str | None) -> str: ...

    def closing(self, covered: int, total: int) -> str: ...


def personalise(text: str, person: str | None) -> str:
    """Use the person's name where the framework says "your report" or "your manager"."""
    if not person:
        return text
    text = re.sub(r"\byour (report|manager)'s\b", f"{person}'s", text)
    return re.sub(r"\b[Yy]our (report|manager)\b", person, text)


class OfflinePhraser:
    def intro(self, conversation: Conversation, role: Role, person: str | None) -> str:
        with_whom = f" with {person}" if person else ""
        if conversation.is_solo:
            framing = "I'll ask you one question at a time to help you prepare."
        elif role == conversation.leader:
            framing = (
                f"You'll lead this conversation{with_whom}. I'll help you prepare, one question at a time; "
                "your brief will list what to raise and what to ask."
            )
        else:
            framing = (
                f"Your {conversation.leader} leads this conversation{with_whom}. I'll help you prepare your "
                "answers, one question at a time."
            )
        return f"**{conversation.title}.** {conversation.purpose.strip()}\n\n{framing}\n\n{COMMANDS_HELP}"

    def question(self, planned: PlannedQuestion, number: int, total: int, person: str | None) -> str:
        return personalise(planned.wording, person)

    def probe(self, planned: PlannedQuestion, probe: str, person: str | None) -> str:
        return personalise(probe, person)

    def why(self, planned: PlannedQuestion, person: str | None) -> str:
        covers = "; ".join(planned.question.covers)
        return (
            f"**Why this matters:** {personalise(planned.question.intent, person)}\n\n"
            f"A complete answer covers: {covers}."
        )

    def closing(self, covered: int, total: int) -> str:
        return f"That's the whole conversation: {covered} of {total} questions covered. Your brief is ready."
