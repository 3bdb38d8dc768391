"""The summary drafted by a model: structured output (negotiated per server, one repair),
then checked against the input. The meeting is sent with its line numbers and the model
cites the line of each item; coach quotes that line itself (a small model cannot be trusted
to copy words verbatim, and often sends no quote at all). An item whose line does not
support it, or whose owner was not in the meeting, is moved to `unsupported`. A long input
is split at line boundaries into parts that fit the prompt budget, and the parts' summaries
are merged: nothing is cut. `combine` then adds what the model found to coach's own draft,
item by item: the model never takes away what coach found."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Sequence
from datetime import date as Date

from pydantic import Field

from coach.core.datamodels import StrictModel
from coach.core.text import sentences
from coach.core.types import OKRStatus
from coach.llm.client import Message
from coach.llm.errors import LLMError
from coach.llm.evidence import quote_in, supported
from coach.llm.gateway import Gateway
from coach.llm.structured import STRUCTURED_HINT_TOKENS
from coach.summary.cues import FIRST_PERSON, GROUP_PLAN
from coach.summary.extract import sounds_like_commitment
from coach.summary.facts import overview_line
from coach.summary.meeting import Meeting, raw_line, steers
from coach.summary.merge import merge_items
from coach.summary.models import ActionItem, MeetingSummary, OKRUpdate, Unsupported
from coach.summary.wording import (
    content_words,
)

CHARS_PER_TOKEN = 4
PROMPT_SHARE = 0.9
"""Of what the budget leaves after the instructions, the share given to the meeting's text
(line numbers and the odd long token take the rest)."""
MIN_PART_CHARS = 600
FIRM_SHARE = 0.75
"""Of a model's statement's content words, the share one line of the meeting must hold."""


class ModelActionItem(StrictModel):
    owner: str | None
    task: str
    due: str | None
    line: int | None = None
    evidence: str = ""


class ModelOKRUpdate(StrictModel):
    objective: str
    status: OKRStatus
    line: int | None = None
    evidence: str = ""


class ModelSummary(StrictModel):
    participants: list[str] = Field(default_factory=list)
    overview: str = ""
    okr_updates: list[ModelOKRUpdate] = Field(default_factory=list)
    highlights: list[str] = Field(default_factory=list)
    blockers: list[str] = Field(default_factory=list)
    support_requested: list[str] = Field(default_factory=list)
    decisions: list[str] = Field(default_factory=list)
    action_items: list[ModelActionItem] = Field(default_factory=list)
    follow_ups: list[str] = Field(default_factory=list)


def part_chars(budget: int, instructions: int = 0, chars_per_token: float = CHARS_PER_TOKEN) -> int:
    """Characters of meeting per part: what the prompt budget leaves after `instructions`
    (tokens), as characters of this meeting's text."""
    return max(MIN_PART_CHARS, int((budget - instructions) * PROMPT_SHARE * chars_per_token))


def chars_per_token(text: str, count: Callable[[str], int]) -> float:
    """How many characters of this meeting make a token: 4 for plain English, but live a
    recorded call full of names, numbers and half-words made 2.2, and parts cut at 4 per
    token made prompts of 5,768 tokens for a 4,096-token window."""
    tokens = count(text)
    return max(1.5, min(CHARS_PER_TOKEN, len(text) / tokens)) if tokens else CHARS_PER_TOKEN


def _shown(lines: Sequence[tuple[int, str]]) -> str:
    """A part of the meeting as the prompt shows it, each line after its number."""
    return "\n".join(f"{number}| {raw}" for number, raw in lines)


async def _fitted(
    parts: list[list[tuple[int, str]]],
    prompt: Callable[[list[tuple[int, str]]], list[Message]],
    llm: Gateway,
    budget: int,
) -> list[list[tuple[int, str]]]:
    """The parts, each halved until its prompt fits the budget in the served model's own
    tokens, where the server counts them: a meeting denser further on than in the sample its
    parts were sized by (live, a 4,813-token prompt for a 3,496-token budget) is cut again
    here rather than overflowing. Where the server does not count, the parts as they are."""
    fitted: list[list[tuple[int, str]]] = []
    waiting = list(parts)
    while waiting:
        part = waiting.pop(0)
        counted = await llm.served_tokens(prompt(part)) if len(part) > 1 else None
        if counted is None or counted + STRUCTURED_HINT_TOKENS <= budget:
            fitted.append(part)
        else:
            half = len(part) // 2
            waiting[:0] = [part[:half], part[half:]]
    return fitted


def split_parts(meeting: Meeting, max_chars: int) -> list[list[tuple[int, str]]]:
    """(line number, raw line) groups of at most max_chars each. A longer line (a turn of a
    call that runs for minutes) is cut between its sentences into pieces that fit, each
    under the same line number and speaker: live, one such turn made a prompt of 5,767
    tokens that no split of whole lines could bring under a 4,096-token window."""
    parts: list[list[tuple[int, str]]] = [[]]
    size = 0
    for line in meeting.lines:
        for raw in _pieces(line.speaker, line.text, max_chars):
            if parts[-1] and size + len(raw) + 1 > max_chars:
                parts.append([])
                size = 0
            parts[-1].append((line.number, raw))
            size += len(raw) + 1
    return [part for part in parts if part]


def _pieces(speaker: str | None, text: str, max_chars: int) -> list[str]:
    """The line as the model reads it, in pieces of at most `max_chars` cut between sentences
    (between words for a sentence longer than that), each with the speaker's name."""
    label = f"{speaker}: " if speaker else ""
    if len(label) + len(text) + 1 <= max_chars:
        return [label + text]
    room = max(40, max_chars - len(label) - 1)
    chunks = [chunk for sentence in sentences(text) or [text] for chunk in textwrap.wrap(sentence, room)]
    pieces = [""]
    for chunk in chunks:
        if pieces[-1] and len(pieces[-1]) + 1 + len(chunk) > room:
            pieces.append("")
        pieces[-1] = f"{pieces[-1]} {chunk}".strip()
    return [label + piece for piece in pieces if piece]


def line_of(evidence: str, lines: Sequence[tuple[int, str]]) -> int | None:
    """The line the evidence is a span of (several words, or the whole line)."""
    for number, raw in lines:
        if evidence.strip() and quote_in(evidence, raw):
            return number
    return None


def cited(line: int | None, evidence: str, lines: Sequence[tuple[int, str]]) -> tuple[int | None, str]:
    """The line an item comes from and the words coach quotes for it: the line the model
    cited by number (when it is in this part), else the line its quote is found on."""
    raws = dict(lines)
    if line is not None and line in raws:
        return line, raws[line]
    found = line_of(evidence, lines)
    return found, (raws[found] if found is not None else evidence)


MIN_STATEMENT_WORDS = 4
"""A statement of the model's shorter than this is a label ("Spec changes", "Client status
updates": live, a call's topics given as highlights), not something said."""


def parse_due(value: str | None) -> Date | None:
    try:
        return Date.fromisoformat(value.strip()) if value else None
    except ValueError:
        return None


_BROKEN_OFF = re.compile(r"(?<=…)\s+(?=[A-Z])")
"""Speech that breaks off and starts again ("so I'm not sure what… The update is."): two
sentences, for what a model's item must come from."""


class SummaryChecker:
    """Turns the model's parts into one summary, keeping only what the input supports."""

    def __init__(self, meeting: Meeting, text: str) -> None:
        self.meeting = meeting
        self.participants = {p.lower() for p in meeting.participants}
        self.lowered = text.lower()
        self.said = [raw_line(line) for line in meeting.lines if not steers(line)]
        """The meeting's lines less any written to steer the tool: what evidence may cite."""
        self.dropped: list[str] = []
        """Statements of the model's that no line of the meeting supports (left out)."""

    def evidence_problem(self, evidence: str, number: int | None) -> str | None:
        """Why a quote does not count: not a span of several words of one line, or a line
        that instructs the assistant instead of being said in the meeting."""
        if number is None:
            return "its evidence is not in the meeting"
        if steers(self.meeting.line(number)):
            return "its evidence is an instruction to the assistant, not something said in the meeting"
        return None

    def speaker_problem(self, owner: str | None, number: int | None) -> str | None:
        """An item's owner must have said its line, or be named in it (asked or assigned)."""
        if owner is None or number is None:
            return None
        line = self.meeting.line(number)
        first = owner.strip().split()[0].lower() if owner.strip() else ""
        spoken_by = (line.speaker or "").strip().lower()
        if spoken_by and (spoken_by == owner.strip().lower() or spoken_by.split()[0] == first):
            return None
        if first and re.search(rf"\b{re.escape(first)}\b", line.text, re.I):
            return None
        if not spoken_by and not self.meeting.participants:
            return None  # plain notes with no speakers and no attendees: the writer's own items
        return f"{owner} neither says nor is named in line {number}"

    @staticmethod
    def nearest(line: int | None, task: str, lines: Sequence[tuple[int, str]]) -> int | None:
        """The cited line, or the line next to it when that one holds the task and the cited
        one does not: a small model counts lines off by one."""
        raws = dict(lines)
        if line is None or line not in raws:
            return line
        wanted = content_words(task)

        def shared(number: int) -> int:
            return len(wanted & content_words(raws.get(number, "")))

        best = max((line, line - 1, line + 1), key=lambda n: (shared(n), n == line))
        enough = max(2, (len(wanted) + 1) // 2)  # most of the task's words, not one in passing
        return best if shared(best) > shared(line) and shared(best) >= enough else line

    def firmly_supported(self, statement: str) -> bool:
        """A statement of the model's stands when one line of the meeting holds most of its
        words and every name it uses ("Dana is at risk of churn" is not what Sam's line
        "it's at 6.2%, so it's at risk" says)."""
        names = set(re.findall(r"\b[A-Z][a-z]+\b", statement)) - {statement.split()[0]} if statement else set()
        names |= {p for p in self.meeting.participants if re.search(rf"\b{re.escape(p)}\b", statement)}
        return any(
            supported(statement, [line], share=FIRM_SHARE)
            and all(re.search(rf"\b{re.escape(n)}\b", line) for n in names)
            for line in self.said
        )

    def content_problem(self, item: ActionItem) -> str | None:
        """The task must be about what its line says (a word in common), and the line must
        read as a commitment at all."""
        if item.line is None:
            return None
        text = raw_line(self.meeting.line(item.line))
        if not content_words(item.task) & content_words(text):
            return f"line {item.line} says nothing about “{item.task}”"
        if not sounds_like_commitment(text):
            return f"line {item.line} holds no promise, request or action"
        said = [part for sentence in sentences(text) for part in _BROKEN_OFF.split(sentence)] or [text]
        closest = max(said, key=lambda s: len(content_words(item.task) & content_words(s)))
        if len(said) > 1 and not sounds_like_commitment(closest):
            # a turn of several sentences (or of speech broken off with "…"): the one the task
            # comes from must hold the promise ("I also want to actually highlight… the root
            # cause was a Nimbus EL bug"; "we said we were going to get this merged… The
            # update is." gives no "update the spec")
            return f"line {item.line} says “{closest[:60]}”, which is no promise, request or action"
        line = self.meeting.line(item.line)
        named = item.owner and re.search(rf"\b{re.escape(item.owner.split()[0])}\b", line.text, re.IGNORECASE)
        own = FIRST_PERSON.search(line.text) or named  # "Omar, let's…" names Omar; "Omarion" does not
        if not own and GROUP_PLAN.search(line.text):
            return f"line {item.line} is a plan for everyone (“let's”, “we'll”), not one person's promise"
        return None

    def owner_problem(self, owner: str | None) -> str | None:
        if owner is None:
            return None
        name = owner.strip().lower()
        if name in self.participants or (not self.participants and name in self.lowered):
            return None
        return f"{owner} was not in the meeting"

    def merge(
        self,
        parts: list[tuple[ModelSummary, list[tuple[int, str]]]],
        meeting_date: Date,
        conversation: str | None,
        title: str | None,
    ) -> MeetingSummary:
        summary = MeetingSummary(date=meeting_date, conversation=conversation)
        participants = list(self.meeting.participants)
        items: list[ActionItem] = []
        for drafted, lines in parts:
            participants += [p for p in drafted.participants if p.lower() in self.lowered and p not in participants]
            for field in ("highlights", "blockers", "support_requested", "decisions", "follow_ups"):
                for statement in (s.strip() for s in getattr(drafted, field)):
                    if statement and len(statement.split()) >= MIN_STATEMENT_WORDS and self.firmly_supported(statement):
                        getattr(summary, field).append(statement)
                    elif statement:
                        self.dropped.append(statement)
            for update in drafted.okr_updates:
                number, quote = cited(update.line, update.evidence, lines)
                checked = OKRUpdate(objective=update.objective, status=update.status, evidence=quote, line=number)
                problem = self.evidence_problem(update.evidence, checked.line)
                if problem is None and not quote.strip():
                    problem = f"line {number} is empty"  # live: "Implement the storage side: done. “”"
                if problem is None:
                    summary.okr_updates.append(checked)
                else:
                    summary.unsupported.append(Unsupported(kind="okr_update", reason=problem, okr_update=checked))
            for item in drafted.action_items:
                owner = next((p for p in participants if p.lower() == (item.owner or "").strip().lower()), item.owner)
                number, quote = cited(self.nearest(item.line, item.task, lines), item.evidence, lines)
                checked_item = ActionItem(
                    owner=owner, task=item.task.strip(), due=parse_due(item.due), evidence=quote, line=number
                )
                reason = (
                    self.evidence_problem(quote, checked_item.line)
                    or self.owner_problem(owner)
                    or self.speaker_problem(owner, checked_item.line)
                    or self.content_problem(checked_item)
                )
                if reason:
                    summary.unsupported.append(Unsupported(kind="action_item", reason=reason, action_item=checked_item))
                elif checked_item.task:
                    items.append(checked_item)
        summary.action_items = merge_items(items)
        summary.participants = participants
        overviews = [d.overview.strip() for d, _ in parts if d.overview.strip()]
        counts = overview_line(
            title,
            meeting_date,
            participants,
            len(summary.action_items),
            len(summary.okr_updates),
            len(summary.blockers),
            len(summary.decisions),
        )
        overview = overviews[0] if len(overviews) == 1 else ""
        summary.overview = overview if overview and supported(overview, self.said, share=0.34) else counts
        return summary


async def summarise_with_model(
    llm: Gateway,
    text: str,
    meeting: Meeting,
    meeting_date: Date,
    *,
    conversation: str | None = None,
    title: str | None = None,
    budget: int = 6000,
    max_calls: int = 40,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[MeetingSummary, list[str]]:
    """The checked summary, and the model's statements no line of the meeting supports
    (left out). Raises `StructuredOutputFailed` when a part's reply is not valid JSON twice."""

    def prompt(part: str, transcript: str) -> list[Message]:
        return llm.prompts.messages(
            "summary",
            meeting_date=meeting_date.isoformat(),
            weekday=meeting_date.strftime("%A"),
            conversation=conversation or "not given",
            participants=", ".join(meeting.participants) or "none named",
            part=part,
            transcript=transcript,
        )

    empty = prompt("PART 10 OF 10 (lines 1000-1000)", "")
    instructions = max(llm.tokens(empty), await llm.served_tokens(empty) or 0) + STRUCTURED_HINT_TOKENS
    said = "\n".join(f"{line.number}| {raw_line(line)}" for line in meeting.lines)  # as the prompt shows them
    density = chars_per_token(said, llm.count)
    if (served := await llm.served_chars_per_token(said)) is not None:
        density = min(density, served)  # the server's tokens are the ones that fill its window
    parts = split_parts(meeting, part_chars(budget, instructions, density))
    parts = await _fitted(parts, lambda lines: prompt("PART 10 OF 10 (lines 1000-1000)", _shown(lines)), llm, budget)
    if len(parts) > max_calls:
        raise LLMError(
            f"this meeting would take {len(parts)} model calls (the limit is {max_calls}, COACH_LLM__MAX_CALLS); "
            "split it into meetings, or use --offline",
            "bad_request",
        )
    drafted: list[tuple[ModelSummary, list[tuple[int, str]]]] = []
    for index, lines in enumerate(parts, start=1):
        if progress:
            progress(index, len(parts))
        messages = prompt(
            f"PART {index} OF {len(parts)} (lines {lines[0][0]}-{lines[-1][0]})" if len(parts) > 1 else "",
            _shown(lines),
        )
        drafted.append((await llm.structured(messages, ModelSummary, "summary"), lines))
    checker = SummaryChecker(meeting, text)
    return checker.merge(drafted, meeting_date, conversation, title), checker.dropped


STATEMENT_FIELDS = ("highlights", "blockers", "support_requested", "decisions", "follow_ups")
SAME_ITEM = 0.5
"""Share of content words two tasks of one owner must share to be the same item."""


def _same_item(a: ActionItem, b: ActionItem) -> bool:
    if a.line is not None and a.line == b.line:
        return True
    mine, theirs = content_words(a.task), content_words(b.task)
    overlap = len(mine & theirs) / max(1, min(len(mine), len(theirs)))
    return (a.owner or "").lower() == (b.owner or "").lower() and overlap >= SAME_ITEM


def _new_statement(text: str, kept: Sequence[str]) -> bool:
    mine = content_words(text)
    return bool(mine) and all(
        len(mine & content_words(k)) / max(1, min(len(mine), len(content_words(k)))) < SAME_ITEM for k in kept
    )


def combine(offline: MeetingSummary, model: MeetingSummary) -> MeetingSummary:
    """coach's own draft with what the model found that coach did not: each checked item or
    statement of the model's added (marked `by="model"`, or listed in `from_model`), an item
    coach already has kept as coach has it, the model's overview when the checks kept it.
    The model never removes or rewrites what coach found."""
    result = offline.model_copy(deep=True)
    for item in model.action_items:
        if not any(_same_item(item, mine) for mine in result.action_items):
            result.action_items.append(item.model_copy(update={"by": "model"}))
    for update in model.okr_updates:
        if not any(u.line == update.line for u in result.okr_updates):
            result.okr_updates.append(update.model_copy(update={"by": "model"}))
    for field in STATEMENT_FIELDS:
        kept: list[str] = getattr(result, field)
        for text in getattr(model, field):
            if _new_statement(text, kept):
                kept.append(text)
                result.from_model.append(text)
    result.participants += [p for p in model.participants if p not in result.participants]
    result.unsupported += model.unsupported
    return result
