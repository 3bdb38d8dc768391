"""Live coverage evals: a model plays the scenario's persona and answers coach's questions
(the scripted answers become facts it can draw on)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.app.coach import Coach
    from coach.evals.coverage import CoverageCase


class SimulatedUser:
    def __init__(self, service: Coach, case: CoverageCase) -> None:
        self.service = service
        self.case = case

    async def answer(self, session_id: str, current: str | None) -> str:
        llm = self.service.parts.gateway
        if llm is None or current is None:
            return "/done"
        view = self.service.sessions.view(session_id)
        asked = next((t.text for t in reversed(view.turns) if t.speaker == "coach"), "")
        facts = (
            " ".join(a for answers in self.case.answers.values() for a in answers if not a.startswith("/"))
            or "none given"
        )
        messages = llm.prompts.messages(
            "simulate",
            conversation_title=view.conversation.title,
            persona=self.case.persona or "",
            facts=facts,
            question=asked,
        )
        return (await llm.client.complete(messages, temperature=0.0)).strip() or "/skip"
