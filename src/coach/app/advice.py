"""Advice: answers from the curated advice base, for `/ask` in a conversation and for
`coach advise`. Offline, the best entries themselves; with a model, an answer written from
those entries (and what coach knows about the person), citing them by title."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.app.components import Components
from coach.app.memory import MemoryService
from coach.app.memory_context import notes_block
from coach.core.errors import UsageError
from coach.core.types import Role
from coach.framework.advice import AdviceEntry

MAX_QUESTION_CHARS = 2_000
DEFAULT_ENTRIES = 3
_CITATION = re.compile(r"\[([^\[\]]{3,120})\]")


@dataclass(frozen=True)
class Advice:
    title: str
    text: str
    source: str

    def to_json(self) -> dict[str, str]:
        return {"title": self.title, "text": self.text, "source": self.source}


def advice_of(entry: AdviceEntry) -> Advice:
    return Advice(entry.title, " ".join(entry.text.split()), entry.attribution)


def render_advice(items: list[Advice]) -> str:
    """Markdown for the conversation and the terminal: the title, the advice, its source."""
    if not items:
        return "I have no advice on that yet."
    return "\n\n".join(f"**{a.title}.** {a.text} *({a.source})*" for a in items)


def numbered_entries(items: list[Advice]) -> str:
    """The entries as a model reads them."""
    return "\n".join(f"- [{a.title}] {a.text} (source: {a.source})" for a in items)


def cited_titles(answer: str, items: list[Advice]) -> list[str]:
    """Titles the answer cites in square brackets that are among the entries it was given."""
    known = {a.title.casefold(): a.title for a in items}
    return [known[c.casefold()] for c in _CITATION.findall(answer) if c.casefold() in known]


def strip_unknown_citations(answer: str, items: list[Advice]) -> str:
    """A bracketed "citation" of an entry the model was not given is removed, not shown as a source."""
    known = {a.title.casefold() for a in items}
    return _CITATION.sub(lambda m: m.group(0) if m.group(1).casefold() in known else "", answer)


@dataclass(frozen=True)
class AdviceAnswer:
    """What `coach advise` shows: the model's answer (None offline) and the entries it drew on."""

    advice: list[Advice]
    answer: str | None = None
    cited: list[str] = field(default_factory=list)
    notice: str | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"advice": [a.to_json() for a in self.advice]}
        if self.answer is not None:
            data["answer"] = self.answer
            data["cited"] = self.cited
        return data


class AdviceService:
    def __init__(self, parts: Components, memory: MemoryService) -> None:
        self.parts = parts
        self.memory = memory

    def check_question(self, question: str) -> str:
        question = " ".join(question.split())
        if not question:
            raise UsageError('ask a question, e.g. coach advise "how do I say this without sounding harsh?"')
        if len(question) > MAX_QUESTION_CHARS:
            raise UsageError(f"that question is {len(question):,} characters; the limit is {MAX_QUESTION_CHARS:,}")
        return question

    def find(
        self, question: str, *, role: Role | None = None, conversation: str | None = None, k: int = DEFAULT_ENTRIES
    ) -> list[Advice]:
        """The best entries for `question`, for `role` (entries for the other role are never
        shown), favouring those of `conversation`."""
        question = self.check_question(question)
        if conversation is not None:
            self.parts.framework.get(conversation)  # an unknown id fails with the known ones listed
        if k < 1:
            raise UsageError("the number of entries must be at least 1")
        entries = self.parts.advice.search(question, role=role, conversation=conversation, k=k)
        return [advice_of(e) for e in entries]

    def for_reaction(self, reaction: str, role: Role) -> Advice | None:
        entry = self.parts.advice.for_reaction(reaction, role)
        return advice_of(entry) if entry else None

    def person_notes(self, question: str, person: str | None) -> str:
        """The person's notes that bear on the question, cited by id and date ("" without one)."""
        if not person:
            return ""
        name = self.memory.records.person(person).name  # an unknown person fails in one line
        return notes_block(self.memory.search(question, k=3, person=name).hits)

    async def write(
        self,
        question: str,
        *,
        role: Role | None = None,
        conversation: str | None = None,
        person: str | None = None,
        offline: bool = False,
    ) -> AdviceAnswer:
        """With a model: an answer written from the entries found (and the person's notes),
        citing entries by title; offline, or if the model fails, the entries themselves."""
        import asyncio

        from coach.llm.errors import LLMError

        found = await asyncio.to_thread(self.find, question, role=role, conversation=conversation)
        gateway = None if offline else self.parts.gateway
        if gateway is None:
            return AdviceAnswer(found)
        context = await asyncio.to_thread(self.person_notes, question, person)
        title = self.parts.framework.get(conversation).title if conversation else "(none)"
        messages = gateway.prompts.messages(
            "advice",
            entries=numbered_entries(found),
            context=context or "(nothing)",
            conversation_title=title,
            role=role or "(not said)",
            wording="(none)",
            request=self.check_question(question),
        )
        try:
            answer = strip_unknown_citations((await gateway.complete(messages)).strip(), found)
        except LLMError as exc:
            return AdviceAnswer(found, notice=f"the model could not answer ({exc}); showing the advice base's entries")
        if not answer:
            return AdviceAnswer(found, notice="the model's answer was empty; showing the advice base's entries")
        return AdviceAnswer(found, answer, cited_titles(answer, found))
