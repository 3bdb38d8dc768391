"""The counterpart played offline: replies come from the persona's scripted reactions,
chosen by what the user's line reaches in the framework and how it is put. Good questions
(open, on the topic, after enough trust) let the hidden facts out; closed or accusing ones
get short or defensive answers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.framework.models import Conversation
from coach.rehearsal.intents import ANY_DAY, IntentMatcher
from coach.rehearsal.personas import HiddenFact, Persona, Reactions
from coach.rehearsal.state import RehearsalState
from coach.rehearsal.style import LineStyle, classify
from coach.retrieval.vocabulary import stems
from coach.summary.dates import find_due

GENERIC = Reactions(
    open=["That's a fair question. Let me think about it.", "There's a lot going on, honestly."],
    closed=["Yes.", "No.", "I think so."],
    vague=["It's fine, I guess."],
    accusatory=["That's not how I see it."],
    statement=["Okay.", "I see."],
    empathy=["Thanks. I appreciate that."],
    guarded=["I'd rather not get into that yet."],
    agree=["Okay, that works for me."],
)
_COMMITMENT = re.compile(
    r"\b(?:i'll|i will|you'll|you will|we'll|we will|can you|could you|let's|shall we|agreed?)\b", re.I
)


@dataclass(frozen=True)
class Reply:
    text: str
    revealed: str | None = None
    agreed: bool = False


def mentions(line: str, keywords: list[str]) -> bool:
    """Whether the line uses a keyword, whole words with their endings ("blocks" matches
    "blocking"), a keyword of several words as a phrase."""
    said = stems(line)
    for keyword in keywords:
        wanted = stems(keyword)
        if wanted and any(said[i : i + len(wanted)] == wanted for i in range(len(said) - len(wanted) + 1)):
            return True
    return False


class OfflineCounterpart:
    def __init__(self, persona: Persona, conversation: Conversation, matcher: IntentMatcher) -> None:
        self.persona = persona
        self.conversation = conversation
        self.matcher = matcher

    def _line(self, state: RehearsalState, kind: str, intent: str | None) -> str:
        """The next unused line of this kind: for the question reached, else the persona's
        default, else generic; lines rotate so the counterpart does not repeat itself."""
        for key in (intent, "default"):
            reactions = self.persona.reactions.get(key) if key else None
            lines = reactions.lines(kind) if reactions else []
            if lines:
                counter = f"{key}:{kind}"
                used = state.used.get(counter, 0)
                state.used[counter] = used + 1
                return lines[used % len(lines)]
        lines = GENERIC.lines(kind) or GENERIC.statement
        used = state.used.get(f"generic:{kind}", 0)
        state.used[f"generic:{kind}"] = used + 1
        return lines[used % len(lines)]

    def _earns_trust(self, style: LineStyle) -> int:
        if style.accusatory:
            return -1
        if self.persona.plays == "manager":  # the user gives feedback or makes a case: specifics earn it
            return 1 if (style.specific or style.empathy or style.open) else 0
        return 1 if (style.open and not style.vague) or style.empathy else 0

    def _good_enough(self, style: LineStyle) -> bool:
        if style.accusatory or style.leading:
            return False
        if self.persona.plays == "manager":
            return style.specific or style.open
        return style.open

    def _candidate(self, state: RehearsalState, line: str, reached: list[str]) -> HiddenFact | None:
        for fact in self.persona.hidden_facts:
            if fact.id in state.revealed:
                continue
            if set(fact.topics) & set(reached) or mentions(line, fact.keywords):
                return fact
        return None

    def _next_question(self, state: RehearsalState) -> str | None:
        """A leading persona (a manager) moves through the framework's questions in order."""
        asked = " ".join(t.text for t in state.lines() if t.speaker == "them")
        for question in self.conversation.questions:
            if question.stage == "conversation" and question.live_wording not in asked:
                return question.live_wording
        return None

    def reply(self, state: RehearsalState, line: str) -> Reply:
        style = classify(line)
        reached = self.matcher.reached(line)
        state.trust = max(0, state.trust + self._earns_trust(style))
        if find_due(line, ANY_DAY)[0] and _COMMITMENT.search(line) and not style.accusatory:
            return Reply(self._line(state, "agree", None), agreed=True)
        fact = self._candidate(state, line, reached)
        if fact is not None and self._good_enough(style):
            if state.trust >= self.persona.trust_needed():
                state.revealed.append(fact.id)
                return Reply(fact.reveal, revealed=fact.id)
            return Reply(self._line(state, "guarded", reached[0] if reached else None))
        text = self._line(state, style.reaction, reached[0] if reached else None)
        if self.persona.plays == "manager" and not text.rstrip().endswith("?") and not style.question:
            follow = self._next_question(state)
            if follow:
                text = f"{text} {follow}"
        return Reply(text)
