"""The coherence check of the offline counterpart (issue 15): a long rehearsal is replayed
and its replies read for the two ways a scripted person stops being believable: saying the
same line again within a few turns, and withholding what it has already let out ("I'd
rather not get into that yet" after explaining it)."""

from __future__ import annotations

from coach.framework.models import Conversation
from coach.rehearsal.counterpart import GENERIC, REPEAT_WINDOW, OfflineCounterpart
from coach.rehearsal.state import RehearsalState, RehearsalTurn


def script_for(conversation: Conversation, turns: int = 30) -> list[str]:
    """A user who asks the conversation's questions openly and closed, accuses, acknowledges,
    asks again, proposes a next step: `turns` lines, cycling."""
    questions = [q.live_wording for q in conversation.questions if q.stage == "conversation"]
    moves = [
        *questions,
        "Is it on track?",
        "Why didn't you tell me earlier?",
        "That sounds hard. Thank you for telling me.",
        *(f"Can we come back to this: {q[0].lower()}{q[1:]}" for q in questions[:2]),
        "Could you send me a short plan by Friday, and I'll review it on Monday?",
        "You always have a reason.",
        "What else should I know?",
    ]
    return [moves[i % len(moves)] for i in range(turns)]


def replay(counterpart: OfflineCounterpart, state: RehearsalState, lines: list[str]) -> list[str]:
    """The counterpart's replies to `lines`, each turn saved to `state` as the app saves it."""
    replies = []
    for line in lines:
        state.turns.append(RehearsalTurn(speaker="user", text=line))
        reply = counterpart.reply(state, line)
        state.turns.append(RehearsalTurn(speaker="them", text=reply.text))
        replies.append(reply.text)
    return replies


def problems(counterpart: OfflineCounterpart, state: RehearsalState) -> list[str]:
    """ "turn 12 repeats turn 9", "turn 20 withholds on-call after letting it out at turn 4"."""
    found = []
    said = [t.text for t in state.lines() if t.speaker == "them"]
    for turn, text in enumerate(said, start=1):
        earlier = said[max(0, turn - 1 - REPEAT_WINDOW) : turn - 1]
        if text in earlier:
            found.append(f"turn {turn} repeats a line of the {REPEAT_WINDOW} before it: {text!r}")
    withheld = set(GENERIC.guarded)
    for reactions in counterpart.persona.reactions.values():
        withheld |= set(reactions.guarded)
    revealed_at: dict[str, int] = {}
    for turn, text in enumerate(said, start=1):
        for fact in counterpart.persona.hidden_facts:
            if fact.reveal == text:
                revealed_at.setdefault(fact.id, turn)
        if text in withheld and revealed_at:
            first = min(revealed_at.values())
            if turn > first:
                found.append(f"turn {turn} withholds after letting out {', '.join(revealed_at)}: {text!r}")
    return found
