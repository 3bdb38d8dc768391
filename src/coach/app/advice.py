"""Advice: answers from the curated advice base, for `/ask` in a conversation and for
`coach advise`. Offline, the best entries themselves; with a model, an answer written from
those entries (and what coach knows about the person), citing them by title."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from coach.app.components import Components
from coach.app.memory import MemoryService
from coach.app.memory_context import notes_block
from coach.core.errors import UsageError
from coach.core.types import Role
from coach.engine.with_model import COPY_WORDS, copies, copy_words, instructions_of
from coach.framework.advice import AdviceEntry
from coach.routing.scope import GIBBERISH, OutOfScope

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
        return "Nothing in the advice base matches that; ask again in other words, e.g. how do I raise this without her getting defensive?"
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


def id_pattern(ids: Iterable[str], words: Iterable[str] = ()) -> re.Pattern[str]:
    """Internal ids that would read as code to a user: dotted and hyphenated ones, except
    those the user already reads as words (`words`: the titles coach shows, such as "Self-
    reflection before a review", make "self-reflection" a word, not an id)."""
    seen = " ".join(words).lower()
    shown = sorted(
        {i for i in ids if ("." in i or "-" in i) and not re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", seen)},
        key=len,
        reverse=True,
    )
    return re.compile("|".join(rf"(?<![\w-]){re.escape(i)}(?![\w-])" for i in shown) or r"(?!x)x")


def leaks(text: str, pattern: re.Pattern[str]) -> list[str]:
    return pattern.findall(text)


MAX_ANSWER_WORDS = 180
"""Five sentences, the prompt asks; well past that the model is rambling or repeating."""
BEST_ENTRIES = 2
"""An answer must draw on one of the entries coach ranks best: live, the 0.5B model answered
"how do I ask for a raise?" from "Asking your manager for feedback", the third entry given."""
ANSWER_TOKENS = 360
"""What an answer may take: a little more than `MAX_ANSWER_WORDS`, so that a rambling answer
is cut (and then refused) in seconds rather than running to the context window's end (live,
one ran past the 180 s deadline on a CPU server)."""
_SCAFFOLD = re.compile(r"\((?:none|nothing|not said)\)|\bI am the (?:manager|contributor)\b|\bmy question is\b", re.I)
"""The prompt's own fields read back ("I am the contributor, and my question is (none)")."""


_PREAMBLE = re.compile(
    r"^\s*(?:based on (?:the )?(?:advice |context |information )?(?:entries|entry|context|information)\b[^:\n\[]{0,100}:"
    r"|(?:the )?advice entr(?:y|ies)\b[^:\n\[]{0,80}\b(?:is|are)\s*(?::|(?=\[))"
    r"|[^:\n\[]{0,120}\b(?:you can use|i would suggest|i suggest)\b[^:\n\[]{0,40}:)\s*",
    re.I,
)
"""An opening that talks about the prompt, not to the user: live, the 0.5B model began "Based
on the advice entries provided, here's a practical, specific, kind response to the user's
question:" and "The advice entry that best fits this context is:"."""


def without_preamble(answer: str) -> str:
    return _PREAMBLE.sub("", answer, count=1).strip()


COPIED_SHARE = 0.8
"""An answer made this much of the entries' own words (runs of `COPY_WORDS`) adds nothing to
showing the entries themselves, which say more: live, the 0.5B model's answers were mostly one
entry copied whole after a preamble."""


def copied_share(answer: str, sources: list[str], run: int = COPY_WORDS) -> float:
    """The share of the answer's words that sit in a run of `run` words copied from a source."""
    said = copy_words(answer)
    if len(said) < run:
        return 0.0
    runs = {
        tuple(tokens[i : i + run])
        for source in sources
        for tokens in [copy_words(source)]
        for i in range(len(tokens) - run + 1)
    }
    covered = [False] * len(said)
    for start in range(len(said) - run + 1):
        if tuple(said[start : start + run]) in runs:
            covered[start : start + run] = [True] * run
    return sum(covered) / len(said)


def answer_problem(answer: str, found: list[Advice], prompt: list[str], ids: re.Pattern[str]) -> str | None:
    """Why the model's answer is not shown, or None: empty, its instructions read back, no
    entry of the advice base cited (the answer must be built from them), too long, or saying
    no more than the entries shown offline (a copy of them, a note about "the user", the
    asker's own voice). A 0.5B model answered: "The conversation is about self-reflection
    before a review. I am the contributor, and my question is (none)."
    """
    if not answer.strip():
        return "was empty"
    if _SCAFFOLD.search(answer) or copies(answer, prompt):
        return "repeated its instructions"
    if leaks(answer, ids):
        return "showed an internal id"
    cited = cited_titles(answer, found)
    if not cited:
        return "cited none of the advice base's entries"
    if not set(cited) & {a.title for a in found[:BEST_ENTRIES]}:
        return "drew only on entries coach ranks lower"
    if len(answer.split()) > MAX_ANSWER_WORDS:
        return f"ran to {len(answer.split())} words"
    entries = [f"{a.title} {a.text} {a.source}" for a in found]
    if _ABOUT_THE_USER.search(answer):
        return "talked about the user instead of to them"
    own = _CITATION.sub(" ", answer)
    for entry in entries:
        own = own.replace(entry, " ")
    if len(_FIRST_PERSON.findall(own)) >= 3 and len(_FIRST_PERSON.findall(own)) > len(_SECOND_PERSON.findall(own)):
        return "answered as if it were the user"
    if copied_share(answer, entries) >= COPIED_SHARE:
        return "only repeated the advice base's entries"
    return None


_ABOUT_THE_USER = re.compile(
    r"\bthe user(?:['’]s)?\b|\b(?:this|the above) (?:response|answer|advice) (?:acknowledges|provides|helps|encourages|suggests)\b",
    re.I,
)
"""Live: "This response acknowledges the user's initial concern about crying in the meeting…",
"This advice encourages the manager to identify and prioritize their workload…"."""
_FIRST_PERSON = re.compile(r"\b(?:I|my|me)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your)\b", re.I)
"""Live, asked how to make a promotion case, the model answered as the asker: "I can make the
case that I deserve a promotion by showing that my work…"."""


@dataclass(frozen=True)
class AdviceAnswer:
    """What `coach advise` shows: the model's answer (None offline) and the entries it drew on."""

    advice: list[Advice]
    answer: str | None = None
    cited: list[str] = field(default_factory=list)
    notice: str | None = None
    out_of_scope: OutOfScope | None = None
    """Set for a question coach does not cover ("how do I fire someone"): its answer instead."""

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"advice": [a.to_json() for a in self.advice]}
        if self.out_of_scope is not None:
            data["out_of_scope"] = self.out_of_scope.to_json()
        if self.answer is not None:
            data["answer"] = self.answer
            data["cited"] = self.cited
        return data


NO_MATCH = (
    "nothing in the advice base matches that; describe the moment in a few words, "
    'e.g. "she gets defensive when I raise deadlines"'
)


class AdviceService:
    def __init__(self, parts: Components, memory: MemoryService) -> None:
        self.parts = parts
        self.memory = memory

    def internal_ids(self) -> re.Pattern[str]:
        """The ids of entries, conversations and questions that must never reach the user."""
        framework = self.parts.framework
        return id_pattern(
            [
                *(e.id for e in self.parts.advice.entries),
                *(c.id for c in framework),
                *(q.id for c in framework for q in c.questions),
            ],
            words=[c.title for c in framework],
        )

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

        outside = (await asyncio.to_thread(self.parts.router.route, self.check_question(question), role)).out_of_scope
        if outside is not None and outside.topic == GIBBERISH:
            raise UsageError(NO_MATCH)
        if outside is not None:  # "how do I fire someone legally": what coach says instead, not stray entries
            return AdviceAnswer([], out_of_scope=outside)
        found = await asyncio.to_thread(self.find, question, role=role, conversation=conversation)
        if not found:
            raise UsageError(NO_MATCH)
        gateway = None if offline else self.parts.gateway
        if gateway is None:
            return AdviceAnswer(found)
        context = await asyncio.to_thread(self.person_notes, question, person)
        title = self.parts.framework.get(conversation).title if conversation else "(none)"
        entries = numbered_entries(found)
        messages = gateway.prompts.messages(
            "advice",
            entries=entries,
            context=context or "(nothing)",
            conversation_title=title,
            role=role or "(not said)",
            wording="(none)",
            request=self.check_question(question),
        )
        try:
            answer = without_preamble(
                strip_unknown_citations((await gateway.complete(messages, max_tokens=ANSWER_TOKENS)).strip(), found)
            )
        except LLMError as exc:
            return AdviceAnswer(found, notice=f"the model could not answer ({exc}); showing the advice base's entries")
        instructions = instructions_of(messages, entries, context or "(nothing)")  # quoting an entry is no echo
        if problem := answer_problem(answer, found, [instructions], self.internal_ids()):
            return AdviceAnswer(found, notice=f"the model's answer {problem}; showing the advice base's entries")
        return AdviceAnswer(found, answer, cited_titles(answer, found))
