"""The model's part of a conversation, through the shared `llm.gateway`. The engine keeps the
state (order, coverage, brief sections); the model tags coverage with evidence, phrases the
coach's turns, writes the brief and answers requests for advice. Every prompt stays under the
token budget."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field

from coach.engine.brief import ATTRIBUTION
from coach.engine.context import NOTHING_EARLIER, clip, fit, question_status, render_turn
from coach.engine.phrasing import personalise
from coach.engine.state import GuideState, Turn
from coach.framework.models import Conversation
from coach.llm.client import Message
from coach.llm.evidence import MIN_QUOTE_WORDS, quote_found
from coach.llm.gateway import NO_CONTEXT, Gateway

TURN_ACTIONS = {
    "question": "Ask the next question of the framework in your own words (coach has already noted their answer).",
    "probe": "Ask one follow-up that makes their last answer more specific (an example, a number, a date).",
    "end": "Close the conversation: thank them in one sentence and say their brief is ready.",
}


TURN_TOKENS = 220
"""A coach turn is two or three sentences; a model that runs on is cut here."""
MAX_TURN_WORDS = 90
_ECHO = re.compile(
    r"\[coach:|write coach's next turn|the question: “|why it matters:|where the conversation stands|"
    r"your next turn|question id:|wording:|action:|^\s*(?:coach|assistant)\s*:|\bas an ai\b|language model|"
    r"i'd be (?:happy|glad) to help|how can i (?:help|assist)|^\s*#|^\s*\*\*[^*]+\*\*\s*$",
    re.IGNORECASE | re.MULTILINE,
)


COPY_WORDS = 8
"""A run of this many words from the user's answer or another question is a copy."""


_COPY_WORD = re.compile(r"[\w'%]+")


def copy_words(text: str) -> list[str]:
    """The words a copy is measured in: lower case, punctuation and spacing aside."""
    return _COPY_WORD.findall(text.lower())


def copies(text: str, sources: list[str], words: int = COPY_WORDS) -> bool:
    """Whether `text` repeats a run of `words` words of any source (case and spacing aside)."""
    said = " ".join(copy_words(text))
    for source in sources:
        tokens = copy_words(source)
        for start in range(len(tokens) - words + 1):
            if " ".join(tokens[start : start + words]) in said:
                return True
    return False


READ_BACK_WORDS = 6
"""A turn whose first words all come, in order, from the instructions is reading them back."""


def instructions_of(messages: list[Message], *given: str) -> str:
    """The system messages as the echo check reads them: without what coach gave the model
    to say (the question's wording, why it matters, coach's notes), which a turn may use."""
    text = "\n".join(m["content"] for m in messages if m["role"] == "system")
    for value in given:
        if value.strip():
            text = text.replace(value, " ")
    return text


def turn_problem(
    text: str,
    conversation: Conversation,
    system: str = "",
    *,
    asks: bool = False,
    answers: list[str] | None = None,
    other_questions: list[str] | None = None,
) -> str | None:
    """Why a model's coach turn cannot be shown, or None: empty, an echo of its instructions
    (their labels, a heading, a sentence of the system prompt), a question id, assistant-speak,
    too long, or (`asks`: the whole of a turn that must ask something) no question at all, as
    when a small model answers its own question with advice ("You could offer training...").
    Checked on the first part of a streaming turn, and again on the whole."""
    if not text.strip():
        return "was empty"
    if asks and "?" not in text:
        return "asked no question"
    if answers and copies(text, answers):
        return "repeated the user's words back"
    if other_questions and copies(text, other_questions, 6):
        return "asked another question than the one due"
    if _ECHO.search(text):
        return "echoed its instructions"
    if any(q.id in text for q in conversation.questions):
        return "showed a question id"
    lowered = " ".join(text.lower().split())
    flat = " ".join(system.lower().split())
    if len(lowered.split()) >= READ_BACK_WORDS and lowered.rstrip(" .,;:…") in flat:
        return "echoed its instructions"  # the start of a turn that reads the prompt back, as it streams
    # each line, and each sentence once the prompt's wrapped lines are joined again
    for sentence in [*re.split(r"(?<=[.!?:])\s+|\n", system), *re.split(r"(?<=[.!?:])\s+", flat)]:
        said = " ".join(sentence.lower().split())
        if len(said.split()) >= 8 and said in lowered:
            return "echoed its instructions"
    if len(text.split()) > MAX_TURN_WORDS:
        return f"ran to {len(text.split())} words"
    return None


class CoveredQuestion(BaseModel):
    id: str
    evidence: str


class CoverageTag(BaseModel):
    intent: Literal["answer", "advice"]
    covered: list[CoveredQuestion] = Field(default_factory=list)


@dataclass
class TagResult:
    intent: Literal["answer", "advice"]
    covered: dict[str, str] = field(default_factory=dict)
    """Question id -> evidence quote found in what the user wrote."""
    rejected: list[tuple[str, str]] = field(default_factory=list)
    """(id, evidence) pairs dropped: unknown id, or a quote that is not in the transcript."""


_QUOTE = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"")


_PROMPT_MARKER = re.compile(r"^\s*(?:END OF (?:DRAFT|TRANSCRIPT)|DRAFT BRIEF:|TRANSCRIPT:)\s*$", re.MULTILINE)
_POINT = re.compile(r"^\s*(?:[-*]|\d+\.)\s+")
_LABEL = re.compile(r"^\*\*[^*]{2,40}:\*\*")
_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _plain(line: str) -> str:
    """A point as words only: no list marker, no emphasis, typography and spacing set aside."""
    line = _POINT.sub("", line).translate(_TYPOGRAPHY).replace("*", "")
    return " ".join(line.lower().split()).strip(" .;:-")


def _points(text: str) -> dict[str, list[str]]:
    """Each section's points (bullets and numbered lines), by its heading."""
    points: dict[str, list[str]] = {}
    heading = ""
    for line in text.splitlines():
        if line.startswith("## "):
            heading = line.strip()
        elif _POINT.match(line):
            points.setdefault(heading, []).append(line.strip())
    return points


def changed_point(text: str, draft: str) -> str | None:
    """A point of the draft the model's version dropped, changed or moved, or one it added;
    or a labelled line ("**Opening line:**") it dropped. The model may reword the brief's
    prose; its points are coach's and stay as they are. Seen live: the 0.5B model left out
    "she caught the data-loss bug", turned "treating a red key result as a failure" (to
    avoid) into "treating it as information, not a failure", dropped a tip, dropped the
    opening line, and listed the contributor's own preparation questions as questions to
    ask the manager."""
    mine, theirs = _points(draft), _points(text)
    for heading, points in mine.items():
        kept = {_plain(point) for point in theirs.get(heading, [])}
        for point in points:
            if _plain(point) not in kept:
                return point.strip(" -*")
    for heading, points in theirs.items():
        wanted = {_plain(point) for point in mine.get(heading, [])}
        for point in points:
            if _plain(point) not in wanted:
                return point.strip(" -*")
    labels = {match.group(0) for line in text.splitlines() if (match := _LABEL.match(line))}
    for line in draft.splitlines():
        if (match := _LABEL.match(line)) and match.group(0) not in labels:
            return match.group(0).strip("*")
    return None


def tidy_brief(text: str, draft: str) -> str:
    """What a small model gets wrong in form only, put right: the title at another heading
    level ("## Brief: …"), and the prompt's delimiters ("END OF DRAFT") left in."""
    lines = [line for line in text.strip().splitlines() if not _PROMPT_MARKER.match(line)]
    title = draft.splitlines()[0] if draft.strip() else ""
    if lines and title and lines[0].lstrip("# ").strip() == title.lstrip("# ").strip():
        lines[0] = title
    if ATTRIBUTION in draft.splitlines() and ATTRIBUTION not in lines:
        lines += ["", "---", ATTRIBUTION]  # the source of the framework, which it dropped
    return "\n".join(lines).strip() + "\n"


def brief_problem(text: str, draft: str, said: list[str]) -> str | None:
    """Why the model's brief cannot replace the draft, or None: it must keep the draft's
    title, every section, every labelled line and every point as coach wrote it, add no
    point, and quote only what the user said (or the draft says)."""
    if not text.startswith("#"):
        return "the model's brief lost its structure"
    if _PROMPT_MARKER.search(text):
        return "the model's brief read its prompt back"  # live: "END OF DRAFT" at its end
    if ATTRIBUTION in draft.splitlines() and ATTRIBUTION not in text.splitlines():
        return "the model's brief dropped the attribution to the framework's source"
    missing = [line for line in draft.splitlines() if line.startswith("## ") and line not in text.splitlines()]
    if missing:
        return f"the model's brief dropped the section {missing[0][3:]!r}"
    first = text.splitlines()[0].strip()
    if first != draft.splitlines()[0].strip():
        if first in draft.splitlines():  # live: it began at "## What to raise"
            return "the model's brief dropped its title, the situation and the opening line"
        return "the model's brief changed its title"
    if changed := changed_point(text, draft):
        return f"the model's brief did not keep “{changed[:60]}” as coach wrote it"
    for match in _QUOTE.finditer(text):
        quote = match.group(1) or match.group(2)
        if len(quote.split()) >= MIN_QUOTE_WORDS and not quote_found(quote, [*said, draft]):
            return f"the model's brief quotes words the user never said (“{quote[:40]}”)"
    return None


class ModelCoach:
    """The conversation's prompts, built on the shared gateway."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway
        self.prompts = gateway.prompts
        self.count = gateway.count

    @property
    def budget(self) -> int:
        return self.gateway.budget

    def clip_context(self, context: str) -> str:
        """The person's context, at most a quarter of the budget; "(none)" when empty."""
        return clip(context, self.count, self.budget // 4) if context.strip() else NO_CONTEXT

    # Coverage -----------------------------------------------------------------------
    async def tag(self, conversation: Conversation, state: GuideState, answer: str, user_texts: list[str]) -> TagResult:
        plan = {p.id: p for p in conversation.plan(state.role)}
        questions = "\n".join(
            f"- {qid}: {plan[qid].wording} (a complete answer covers: {'; '.join(plan[qid].question.covers)})"
            for qid in state.order
        )
        messages = self.prompts.messages(
            "coverage",
            conversation_id=conversation.id,
            questions=questions,
            question_id=state.current or "",
            answer=answer,
        )
        tag = await self.gateway.structured(messages, CoverageTag, "coverage")
        result = TagResult(tag.intent)
        sources = [*user_texts, answer]
        for item in tag.covered:
            if item.id in plan and quote_found(item.evidence, sources):
                result.covered[item.id] = item.evidence
            else:
                result.rejected.append((item.id, item.evidence))
        return result

    # Turns --------------------------------------------------------------------------
    def turn_messages(
        self,
        conversation: Conversation,
        state: GuideState,
        turns: list[Turn],
        directive: Turn,
        *,
        note: str = "",
        context: str = NO_CONTEXT,
    ) -> list[Message]:
        """The stance and state as a system message, the conversation so far as chat
        messages (user and assistant: a small model sent one block of transcript echoes it),
        then what to do next as a closing system message."""
        plan = {p.id: p for p in conversation.plan(state.role)}
        planned = plan.get(directive.question_id or "")
        values = {
            "conversation_title": conversation.title,
            "conversation_id": conversation.id,
            "purpose": conversation.purpose.strip(),
            "role": state.role,
            "person_line": f" The other person is {state.person}." if state.person else "",
            "situation_line": f" The situation, as they described it (data): “{state.situation}”"
            if state.situation
            else "",
            "question_status": question_status(conversation, state),
            "context": context,
            "action": TURN_ACTIONS.get(directive.kind, TURN_ACTIONS["question"]),
            "question_id": directive.question_id or "(none)",
            "wording": personalise(directive.text, state.person),
            "intent": planned.question.intent if planned else "(wrap up the conversation)",
            "note": f"Coach's notes on the last answer: {note}" if note else "",
            "transcript": "",
        }

        def build(summary: str, tail: tuple[Turn, ...]) -> list[Message]:
            system, *closing = self.prompts.messages("coach", summary=summary, **values)
            history: list[Message] = [
                {"role": "assistant" if t.speaker == "coach" else "user", "content": t.text} for t in tail
            ]
            return [system, *history, *closing]

        return self._fitted(build, turns, state)

    def _fitted(
        self, build: Callable[[str, tuple[Turn, ...]], list[Message]], turns: list[Turn], state: GuideState
    ) -> list[Message]:
        """`build(summary, tail)` with as much of the conversation as fits the budget. Token
        counts of joined text are not exactly additive, so the result is measured and, if need
        be, rebuilt with less room."""
        room = self.budget - self.gateway.tokens(build("", ()))
        while True:
            fitted = fit(turns, state, self.count, max(100, room))
            messages = build(fitted.summary, fitted.tail)
            over = self.gateway.tokens(messages) - self.budget
            if over <= 0 or room <= 100:
                return messages
            room -= over + 16

    def _within_budget(
        self, build: Callable[[str, str], list[Message]], turns: list[Turn], state: GuideState
    ) -> list[Message]:
        """`build(summary, transcript)`, the conversation as one block of text (for the brief)."""
        return self._fitted(lambda summary, tail: build(summary, "\n".join(render_turn(t) for t in tail)), turns, state)

    # Brief and advice ---------------------------------------------------------
    async def brief(self, state: GuideState, turns: list[Turn], draft: str) -> tuple[str, str | None]:
        """The model's edit of the draft brief, and None; or the draft and why the model's
        version was not used (a section lost, or a quote of the user they never said)."""
        messages = self._within_budget(
            lambda summary, transcript: self.prompts.messages(
                "brief",
                transcript=f"(earlier, summarised)\n{summary}\n\n{transcript}"
                if summary not in ("", NOTHING_EARLIER)
                else transcript,
                draft=draft,
            ),
            turns,
            state,
        )
        text = tidy_brief(await self.gateway.complete(messages), draft)
        said = [state.situation or "", *(a for q in state.questions.values() for a in q.answers)]
        problem = brief_problem(text, draft, said)
        return (draft, problem) if problem else (text, None)

    def advice_messages(
        self,
        conversation: Conversation,
        state: GuideState,
        request: str,
        entries: str,
        context: str = NO_CONTEXT,
    ) -> list[Message]:
        """`entries`: the advice-base entries found for the request, one per line, each
        starting with its title in square brackets (the model cites them that way)."""
        current = {p.id: p for p in conversation.plan(state.role)}.get(state.current or "")
        return self.prompts.messages(
            "advice",
            entries=entries,
            context=context,
            conversation_title=conversation.title,
            role=state.role,
            wording=personalise(current.wording, state.person) if current else "(none)",
            request=request,
        )
