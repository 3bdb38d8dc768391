"""The side panel: the conversation's questions with coverage marks."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from coach.engine.brief import MARK
from coach.engine.state import GuideState
from coach.framework.models import Conversation

LEGEND = "✓ covered   ◐ thin answer\n– skipped   ○ open"


class QuestionPanel(Static):
    def show(self, conversation: Conversation, state: GuideState) -> None:
        plan = {p.id: p for p in conversation.plan(state.role)}
        counts = state.counts()
        text = Text()
        text.append(f"Questions · {counts['covered']}/{len(state.order)} covered\n\n", style="bold")
        for n, qid in enumerate(state.order, 1):
            status = state.questions[qid].status
            current = qid == state.current
            style = "bold reverse" if current else ("dim" if status in ("covered", "skipped") else "")
            text.append(f"{MARK[status]} {n}. ", style=style)
            short = qid.split(".", 1)[1].replace("-", " ")
            text.append(short + ("  ← now" if current else "") + "\n", style=style)
            if current:
                text.append(f"   {plan[qid].question.intent}\n", style="italic")
        text.append(f"\n{LEGEND}", style="dim")
        self.update(text)
