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
    tail: tuple[Turn, ...] = ()
    """The turns kept verbatim, oldest first (for a prompt that sends them as chat messages)."""


SPOKEN_BY_COACH = frozenset({"question", "probe", "end", "ack", "advice"})
"""The coach turns that are part of the conversation; its intro, help, notes and
explanations are coach's own text and never go back to the model."""


def conversational(turns: list[Turn]) -> list[Turn]:
    """The turns a model sees: what the user said (not their commands) and what coach said
    as part of the conversation."""
    return [
        t
        for t in turns
        if (t.speaker == "user" and t.kind != "command") or (t.speaker == "coach" and t.kind in SPOKEN_BY_COACH)
    ]


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
    visible = conversational(turns)
    summary_cap = int(room * SUMMARY_SHARE)
    tail: list[str] = []
    kept: list[Turn] = []
    used = 0
    cut = len(visible)
    for index in range(len(visible) - 1, -1, -1):
        line = render_turn(visible[index])
        cost = count(line) + 1
        if used + cost > room - summary_cap:
            if not tail:  # one huge newest turn: keep it, shortened
                line = clip(line, count, room - summary_cap)
                tail.append(line)
                kept.append(visible[index].model_copy(update={"text": line.split(": ", 1)[-1]}))
                cut = index
            break
        tail.append(line)
        kept.append(visible[index])
        used += cost
        cut = index
    folded = visible[:cut]
    summary = fold(folded, state, count, max(MIN_TURN_TOKENS, room - used - 1)) if folded else NOTHING_EARLIER
    return FittedContext(summary, "\n".join(reversed(tail)), len(tail), len(folded), tuple(reversed(kept)))
