"""A turn with the model: its answer to `/ask`, its wording of the turn the engine decided,
and the coverage tagger that runs alongside. Each streams `FlowEvent`s and leaves its
outcome on the object; a failed or refused model call leaves coach's own turn, with a
`Notice` saying why (never worse than offline)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import TYPE_CHECKING, Any

from coach.app.events import FlowEvent, Notice, ReplyChunk, ReplyStarted, StreamEvent
from coach.engine.phrasing import personalise
from coach.engine.state import Turn
from coach.llm.errors import LLMError

if TYPE_CHECKING:
    from coach.engine.guide import Guide
    from coach.engine.with_model import ModelCoach, TagResult

PHRASED_KINDS = ("question", "probe")
"""The coach turns the model may word; the others (notes, acknowledgements, the closing line
with its count of questions covered, which the model dropped: "Thank you for your feedback")
are coach's."""

HOLD_CHARS = 60
"""A coach turn's first characters are held back and checked before any is shown: an echo
of the prompt shows at the start."""


class _Rejected(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


async def stream_reply(
    llm: ModelCoach,
    messages: list[dict[str, str]],
    started: ReplyStarted | None,
    on_sent: Callable[[], None] | None = None,
    *,
    check: Callable[[str], str | None] | None = None,
    max_tokens: int | None = None,
) -> AsyncIterator[StreamEvent]:
    """Send the request first, then call `on_sent` (which starts the tagger) and announce the
    reply (`started`, unless None), so the screen gets ready while the model works on its
    first token; then the chunks. With `check`, the first HOLD_CHARS are held and checked
    before any is shown: a problem stops the reply with `_Rejected`, nothing of it shown."""
    stream = llm.gateway.stream(messages, max_tokens=max_tokens)
    first = asyncio.ensure_future(anext(stream, None))
    await asyncio.sleep(0)  # let the request go out before anything else runs
    if on_sent is not None:
        on_sent()
    if started is not None:
        yield started
    held = "" if check is not None else None
    try:
        chunk = await first
        while chunk is not None:
            if held is None:
                yield ReplyChunk(chunk)
            else:
                held += chunk
                if len(held) >= HOLD_CHARS:
                    if check is not None and (problem := check(held)):
                        raise _Rejected(problem)
                    yield ReplyChunk(held)
                    held = None
            chunk = await anext(stream, None)
        if held:
            if check is not None and (problem := check(held)):
                raise _Rejected(problem)
            yield ReplyChunk(held)
    finally:
        if not first.done():
            first.cancel()
        await stream.aclose()


def apply_tags(guide: Guide, tags: TagResult, *, answered: str | None) -> None:
    """The model's verified coverage adds to coach's own judgement, never takes from it:
    questions it quoted the user's words for are covered (whatever it called the answer: a
    small model labels nearly everything "advice"), where coach had them open or skipped (an
    answer to one question that also answers another); a question coach judged covered stays
    covered when the model found nothing for it, and one it judged thin stays thin ("I think
    so" quoted as covering "are you on track?" is still thin: live at stop 27, a vague
    self-review's brief said "2 of 5 covered" over five points still to pin down)."""
    for qid, evidence in tags.covered.items():
        question = guide.state.questions.get(qid)
        if question is not None and question.status in ("open", "skipped"):
            question.status = "covered"
            if qid != answered:
                question.answers.append(evidence)  # the user's own words, quoted


class Tagger:
    """The model's coverage tags for one answer. It starts once the turn's own request has
    gone out (a single-slot server would cut the turn for it), or after the turn when no
    model turn was asked for; `close` ends it whatever happened."""

    def __init__(self, tagging: Coroutine[Any, Any, TagResult] | None, answered: str | None) -> None:
        self._pending = tagging
        self._answered = answered
        self._task: asyncio.Task[TagResult] | None = None

    def start(self) -> None:
        if self._pending is not None and self._task is None:
            self._task = asyncio.ensure_future(self._pending)

    async def apply(self, guide: Guide, *, said: str | None) -> AsyncIterator[Notice]:
        """Add the verified tags to the guide's state; a failure is said, unless it is the
        fault already said for the turn (`said`)."""
        self.start()
        if self._task is None:
            return
        try:
            apply_tags(guide, await self._task, answered=self._answered)
        except LLMError as exc:
            if str(exc) != said:
                yield Notice(f"coverage tagging failed ({exc}); the offline judgement stands for this answer")

    def close(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        elif self._task is not None and not self._task.cancelled():
            self._task.exception()  # seen; the turn's own outcome is what the user is told
        elif self._task is None and self._pending is not None:
            self._pending.close()  # never started


class AdviceAnswer:
    """The model's answer to a question asked mid-conversation, grounded in the advice
    base's entries. `answer` is its text, or None when the model failed (then coach shows
    the entries, as offline)."""

    def __init__(self, llm: ModelCoach, messages: list[dict[str, str]], current: str | None) -> None:
        self._llm = llm
        self._messages = messages
        self._current = current
        self.answer: str | None = None

    async def events(self) -> AsyncIterator[FlowEvent]:
        chunks: list[str] = []
        try:
            async for event in stream_reply(self._llm, self._messages, ReplyStarted("advice", self._current)):
                if isinstance(event, ReplyChunk):
                    chunks.append(event.text)
                yield event
        except LLMError as exc:
            yield Notice(f"the model could not answer ({exc}); here is what coach's advice base says")
            return
        self.answer = "".join(chunks).strip()


class TurnWording:
    """The model's words for the turn the engine decided (`turns[index]`). The
    turn is checked as it streams and whole (an echo of the prompt, another question than
    the one due, assistant-speak, length); a bad start is asked once more, never shown.
    `turns` are the engine's turns (`engine_turns`: its acknowledgement and notes too, as
    offline) with the model's wording in place of the directive's only when it passed;
    `failed` is the model's fault, if it had one."""

    def __init__(
        self,
        llm: ModelCoach,
        guide: Guide,
        turns: list[Turn],
        index: int,
        messages: list[dict[str, str]],
        note: str,
        tagger: Tagger,
        engine_turns: list[Turn] | None = None,
    ) -> None:
        from coach.engine.with_model import instructions_of

        self._llm = llm
        self._guide = guide
        self.turns = turns
        self._index = index
        self._messages = messages
        self._tagger = tagger
        self._engine_turns = engine_turns if engine_turns is not None else list(turns)
        self.failed: str | None = None
        directive = turns[self._index]
        plan = guide.conversation.plan(guide.state.role)
        planned = {p.id: p for p in plan}.get(directive.question_id or "")
        # every system message: the 0.5B model answered a closing turn with the last line of
        # the turn instruction ("At most three sentences, no headings, …")
        self._instructions = instructions_of(
            messages, personalise(directive.text, guide.state.person), planned.question.intent if planned else "", note
        )
        self._answers = [t.text for t in turns[: self._index] if t.speaker == "user"]
        self._others = [
            wording
            for p in plan
            if p.id != directive.question_id
            for wording in (p.wording, personalise(p.wording, guide.state.person))
        ]

    def _check(self, text: str, *, whole: bool = False) -> str | None:
        from coach.engine.with_model import turn_problem

        directive = self.turns[self._index]
        return turn_problem(
            text,
            self._guide.conversation,
            self._instructions,
            asks=whole and directive.kind in ("question", "probe"),
            answers=self._answers,
            other_questions=self._others,
        )

    async def events(self) -> AsyncIterator[FlowEvent]:
        from coach.engine.with_model import TURN_TOKENS

        directive = self.turns[self._index]
        started = ReplyStarted(directive.kind, directive.question_id)
        phrased, problem = "", None
        for attempt in (1, 2):  # one more try when the start was already wrong; never a shown one
            chunks: list[str] = []
            try:
                async for event in stream_reply(
                    self._llm,
                    self._messages,
                    started if attempt == 1 else None,
                    on_sent=self._tagger.start if attempt == 1 else None,
                    check=self._check,
                    max_tokens=TURN_TOKENS,
                ):
                    if isinstance(event, ReplyChunk):
                        chunks.append(event.text)
                    yield event
            except _Rejected as rejected:
                problem = rejected.reason
                continue
            except LLMError as exc:  # never worse than offline: the engine's own turn stands
                problem, self.failed = f"failed ({exc})", str(exc)
                break
            phrased = "".join(chunks).strip()
            problem = self._check(phrased, whole=True)
            break
        self.turns = list(self._engine_turns)  # coach's "Noted: …" and notes stay, as offline
        if phrased and problem is None:
            at = next(i for i, turn in enumerate(self.turns) if turn is directive)
            self.turns[at] = directive.model_copy(update={"text": phrased, "worded_by": "model"})
            return
        if problem:
            yield Notice(f"the model's turn {problem}; coach asked in its own words")
