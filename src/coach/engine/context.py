"""Keep every turn's prompt under the token budget: the newest turns verbatim, older ones
folded into a running summary (per question, the gist of what was said)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from coach.engine.brief import STATUS_LABEL
from coach.engine.state import GuideState, Turn
from coach.framework.models import Conversation

NOTHING_EARLIER = "(nothing earlier)"
SUMMARY_SHARE = 0.35
"""Of the room left after the fixed parts, how much the running summary may take at most."""
MIN_TURN_TOKENS = 40


@dataclass(frozen=True)
class FittedContext:
    summary: str
    transcript: str
    turns_verbatim: int
    turns_folded: int


def render_turn(turn: Turn) -> str:
    who = "Coach" if turn.speaker == "coach" else "User"
    return f"{who}: {turn.text}"


def question_status(conversation: Conversation, state: GuideState) -> str:
    plan = {p.id: p for p in conversation.plan(state.role)}
    lines = []
    for qid in state.order:
        status = STATUS_LABEL[state.questions[qid].status]
        marker = " <- current" if qid == state.current else ""
        lines.append(f"- {qid} [{status}]{marker}: {plan[qid].wording}")
    return "\n".join(lines)


def clip(text: str, count: Callable[[str], int], limit: int) -> str:
    """Cut `text` to at most `limit` tokens, saying so (the full text stays in the session).
    The cut is estimated from the text's own characters-per-token, then tightened."""
    total = count(text)
    if total <= limit:
        return text
    cut = int(len(text) * limit / total)
    while cut > 0 and count(text[:cut]) > limit:
        cut = int(cut * 0.9)
    return text[:cut].rstrip() + " …[shortened for the prompt]"


def fold(turns: list[Turn], state: GuideState, count: Callable[[str], int], limit: int) -> str:
    """A running summary of older turns: per question, the user's words, shortened evenly."""
    by_question: dict[str, list[str]] = {}
    for turn in turns:
        if turn.speaker == "user" and turn.kind == "answer" and turn.question_id:
            by_question.setdefault(turn.question_id, []).append(turn.text)
    if not by_question:
        return NOTHING_EARLIER
    share = max(MIN_TURN_TOKENS, limit // len(by_question))
    lines = []
    for qid, answers in by_question.items():
        status = STATUS_LABEL[state.questions[qid].status] if qid in state.questions else "earlier"
        lines.append(f"- {qid} ({status}): " + clip(" / ".join(answers), count, share))
    return clip("\n".join(lines), count, limit)


def fit(turns: list[Turn], state: GuideState, count: Callable[[str], int], room: int) -> FittedContext:
    """Split `turns` into a summary and a verbatim tail that together use at most `room` tokens."""
    visible = [t for t in turns if t.kind != "command"]
    summary_cap = int(room * SUMMARY_SHARE)
    tail: list[str] = []
    used = 0
    cut = len(visible)
    for index in range(len(visible) - 1, -1, -1):
        line = render_turn(visible[index])
        cost = count(line) + 1
        if used + cost > room - summary_cap:
            if not tail:  # one huge newest turn: keep it, shortened
                line = clip(line, count, room - summary_cap)
                tail.append(line)
                cut = index
            break
        tail.append(line)
        used += cost
        cut = index
    folded = visible[:cut]
    summary = fold(folded, state, count, max(MIN_TURN_TOKENS, room - used - 1)) if folded else NOTHING_EARLIER
    return FittedContext(summary, "\n".join(reversed(tail)), len(tail), len(folded))
