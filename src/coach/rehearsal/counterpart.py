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
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s?%")
_DOUBT = re.compile(r"\b(?:never believed|don't believe|not realistic|unrealistic|can't promise|won't make)\b", re.I)
REPEAT_WINDOW = 5
"""The counterpart never says a line it said in its last this many turns."""
_COMMITMENT = re.compile(
    r"\b(?:i'll|i will|you'll|you will|we'll|we will|can you|could you|let's|shall we|agreed?)\b", re.I
)


@dataclass(frozen=True)
class Reply:
    text: str
    revealed: str | None = None
    agreed: bool = False


_INTERJECTION = re.compile(r"^(?:honestly[?,!.]?|if i'm honest,|to be honest,|look,|well,|okay,|ok,)\s*", re.I)


def said_before(reveal: str) -> str:
    """ "Honestly? Since October I've been covering on-call. ..." -> "since October I've
    been covering on-call": the gist of a fact let out, to refer back to it."""
    parts = [_INTERJECTION.sub("", part) for part in re.split(r"(?<=[.!?])\s+", reveal.strip())]
    gist = next((part for part in parts if len(part.split()) > 3), reveal).rstrip(".!?")
    return gist if gist.startswith(("I ", "I'")) else gist[:1].lower() + gist[1:]


def mentions(line: str, keywords: list[str]) -> bool:
    """Whether the line uses a keyword, whole words with their endings ("blocks" matches
    "blocking"), a keyword of several words as a phrase."""
    said = stems(line)
    for keyword in keywords:
        wanted = stems(keyword)
        if wanted and any(said[i : i + len(wanted)] == wanted for i in range(len(said) - len(wanted) + 1)):
            return True
    return False


_ASKS_ABOUT_TROUBLE = re.compile(
    r"\b(?:hard|difficult|problems?|wrong|issues?|block\w*|struggl\w*|worr\w*|concern\w*|stuck|bother\w*|trouble\w*|"
    r"confus\w*|unclear|unhappy|stress\w*|overwhelm\w*|any\s+questions|need\s+(?:any\s+)?(?:help|anything))\b",
    re.IGNORECASE,
)


def fits_the_question(reply: str, asked: str) -> bool:
    """A yes or no that answers the question the way the persona means it: to "is anything
    making that hard?" a new hire who hides it says "No, no problems.", not "Yes, all good!"
    (tried in the app); to "is it going well?" the other way round."""
    first = (re.findall(r"[a-z']+", reply.lower()) or [""])[0]
    trouble = bool(_ASKS_ABOUT_TROUBLE.search(asked))
    return not ((trouble and first == "yes") or (not trouble and first in ("no", "nope")))


class OfflineCounterpart:
    def __init__(self, persona: Persona, conversation: Conversation, matcher: IntentMatcher) -> None:
        self.persona = persona
        self.conversation = conversation
        self.matcher = matcher

    def _line(self, state: RehearsalState, kind: str, intent: str | None, asked: str = "") -> str:
        """A line of this kind: for the question reached, else the persona's default, else
        generic, rotating within each; never one said in the last few turns (the next pool
        is tried instead, and at the end a line that builds on what was said). A yes or no
        answers the question `asked` the right way round."""
        recent = set(self.recent_replies(state))
        pools = [
            (f"{key}:{kind}", reactions.lines(kind))
            for key in (intent, "default")
            if key and (reactions := self.persona.reactions.get(key)) is not None
        ]
        pools.append((f"generic:{kind}", GENERIC.lines(kind) or GENERIC.statement))
        for counter, lines in pools:
            lines = [line for line in lines if fits_the_question(line, asked)] if asked else lines
            if not lines:
                continue
            used = state.used.get(counter, 0)
            for offset in range(len(lines)):
                candidate = lines[(used + offset) % len(lines)]
                if candidate not in recent:
                    state.used[counter] = used + offset + 1
                    return candidate
        return self._building_on(state, recent)

    def _building_on(self, state: RehearsalState, recent: set[str]) -> str:
        """When every scripted line was said lately: a line that refers back to what this
        person let out, or a plain holding line."""
        revealed = [f for f in self.persona.hidden_facts if f.id in state.revealed]
        options = [f"Like I said: {said_before(f.reveal)}." for f in revealed]
        options += ["I've said what I can for now.", "I'm not sure what else to add.", "Give me a second on that."]
        fresh = [o for o in options if o not in recent]
        return fresh[0] if fresh else options[len(state.lines()) % len(options)]

    @staticmethod
    def recent_replies(state: RehearsalState) -> list[str]:
        """What the counterpart said in its last REPEAT_WINDOW turns."""
        return [t.text for t in state.lines() if t.speaker == "them"][-REPEAT_WINDOW:]

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

    def _told_about(self, state: RehearsalState, line: str, reached: list[str]) -> HiddenFact | None:
        """A fact already let out that this line asks about again: the answer must stand by
        it rather than a scripted line that would deny it ("Blocked? Not exactly."). What
        is still to let out comes first, when the question is good enough (see `reply`)."""
        told = [f for f in self.persona.hidden_facts if f.id in state.revealed]
        by_words = [f for f in told if mentions(line, f.keywords)]
        by_topic = [f for f in told if reached and reached[0] in f.topics]
        # the fact the line names beats one on its topic; on a topic, the fact it comes first for
        by_topic.sort(key=lambda f: f.topics.index(reached[0]))
        best = by_words or by_topic
        return best[0] if best else None

    def _disputed(self, line: str) -> HiddenFact | None:
        """A next step that asks for a figure this person disputes ("get it to 40% by the
        end of the quarter" from someone who never believed in 40%)."""
        asked = set(_FIGURE.findall(line))
        return next(
            (
                f
                for f in self.persona.hidden_facts
                if asked & set(_FIGURE.findall(f.reveal)) and _DOUBT.search(f.reveal)
            ),
            None,
        )

    def _hold(self, state: RehearsalState, position: HiddenFact) -> Reply:
        """Holding its position until the user earns a change, and saying why."""
        if position.id not in state.revealed:
            state.revealed.append(position.id)
            return Reply(position.reveal, revealed=position.id)
        return Reply(f"I can't sign up to that. {self._consistent(state, position, classify('?'))}")

    def _consistent(self, state: RehearsalState, fact: HiddenFact, style: LineStyle) -> str:
        """Standing by what was said, in the tone the question earned."""
        first = said_before(fact.reveal)
        rest = re.split(r"(?<=[.!?])\s+", fact.reveal.strip(), maxsplit=1)[1:]  # what else it said then
        options = (
            [f"I already told you: {first}.", f"It's what I said before: {first}."]
            if style.accusatory
            else [*rest, f"As I said, {first}.", f"Same as before: {first}.", f"I stand by what I said: {first}."]
        )
        recent = set(self.recent_replies(state))
        return next((o for o in options if o not in recent), self._building_on(state, recent))

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
            if (position := self._disputed(line)) is not None:
                return self._hold(state, position)
            return Reply(self._line(state, "agree", None), agreed=True)
        told = self._told_about(state, line, reached)
        fact = self._candidate(state, line, reached)
        if fact is not None and self._good_enough(style):
            if state.trust >= self.persona.trust_needed():
                state.revealed.append(fact.id)
                return Reply(fact.reveal, revealed=fact.id)
            if told is None:
                return Reply(self._line(state, "guarded", reached[0] if reached else None))
        if told is not None and (style.question or style.accusatory):
            return Reply(self._consistent(state, told, style))  # never a scripted line that denies it
        text = self._line(state, style.reaction, reached[0] if reached else None, line if style.question else "")
        if self.persona.plays == "manager" and not text.rstrip().endswith("?") and not style.question:
            follow = self._next_question(state)
            if follow:
                text = f"{text} {follow}"
        return Reply(text)
