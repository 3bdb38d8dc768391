"""Guided conversations: routing a situation, a session turn by turn (offline, or phrased by
the model with its coverage tags checked), briefs and export."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from coach.app.advice import Advice, AdviceService, numbered_entries, render_advice, strip_unknown_citations
from coach.app.brief_extras import brief_extras
from coach.app.components import Components
from coach.app.events import FlowEvent, Notice, TurnSaved
from coach.app.memory import MemoryService
from coach.app.memory_context import person_context
from coach.app.model_turns import PHRASED_KINDS, AdviceAnswer, Tagger, TurnWording
from coach.app.session_memory import ProposedAction, proposed_actions, save_brief_note
from coach.app.views import SessionView
from coach.core.errors import UsageError
from coach.core.types import Role
from coach.engine.assess import is_advice_request
from coach.engine.brief import build_brief
from coach.engine.guide import Guide, GuideOptions
from coach.engine.state import GuideState, Turn
from coach.framework.loader import Framework
from coach.framework.models import Conversation
from coach.llm.errors import LLMError
from coach.memory.models import TrackedAction
from coach.routing.router import RouteResult
from coach.store.sessions import SessionRecord, SessionStore

if TYPE_CHECKING:
    from coach.engine.with_model import ModelCoach


class SessionService:
    def __init__(self, parts: Components, memory: MemoryService, advice: AdviceService) -> None:
        self.parts = parts
        self.settings = parts.settings
        self.memory = memory
        self.advice = advice

    @property
    def framework(self) -> Framework:
        return self.parts.framework

    @property
    def store(self) -> SessionStore:
        return self.parts.sessions

    @property
    def model(self) -> ModelCoach | None:
        """The model's side of the conversation, or None for the offline guide."""
        from coach.engine.with_model import ModelCoach

        gateway = self.parts.gateway
        return ModelCoach(gateway) if gateway is not None else None

    # Routing -----------------------------------------------------------------------
    def route(self, situation: str, role: Role | None = None) -> RouteResult:
        return self.parts.router.route(situation, role)

    async def route_with_model(self, situation: str, role: Role | None = None) -> tuple[RouteResult, str | None]:
        """The offline router's choice; where the router is unsure, the model picks between
        the conversations the router found close and its pick leads the runners-up the user
        is offered (never worse than offline); the second value says why when the model fails."""
        from coach.routing.router import infer_role
        from coach.routing.with_model import route_with_model

        offline = await asyncio.to_thread(self.route, situation, role)
        gateway = self.parts.gateway
        if gateway is None or offline.out_of_scope is not None or not offline.unsure:
            return offline, None  # out of scope or sure: the model is not asked
        effective = role or infer_role(situation)
        close = {offline.conversation, *(a.conversation for a in offline.alternatives[:2])}
        candidates = [c for c in self.framework if c.id in close and (effective is None or effective in c.roles)]
        try:
            chosen = await route_with_model(gateway, candidates, situation, effective)
        except LLMError as exc:
            return offline, f"{exc}; used the offline router"
        if chosen.conversation == offline.conversation:
            return offline, None
        # The router's pick stands (a real 0.5B model, asked where the router was unsure, was
        # right less often than the router); the model's pick leads the runners-up, which the
        # app offers when it asks the user to choose.
        model_first = [a for a in offline.alternatives if a.conversation == chosen.conversation]
        rest = [a for a in offline.alternatives if a.conversation != chosen.conversation]
        return replace(offline, alternatives=[*model_first, *rest]), None

    # Sessions ----------------------------------------------------------------------
    def _options(self) -> GuideOptions:
        engine = self.settings.engine
        return GuideOptions(max_probes=engine.max_probes, max_answer_chars=engine.max_answer_chars)

    def _guide(self, conversation: Conversation, state: GuideState) -> Guide:
        return Guide(conversation, state, options=self._options())

    def start(
        self, role: Role, conversation_id: str, person: str | None = None, *, situation: str | None = None
    ) -> SessionView:
        """A new session; `situation` is what the user described on the start screen."""
        conversation = self.framework.get(conversation_id)
        guide, turns = Guide.start(conversation, role, person, situation=situation, options=self._options())
        if guide.state.person and (known := person_context(self.memory.records, self.store, guide.state.person)):
            turns.insert(1, Turn(speaker="coach", kind="context", text=known))
        session_id = self.store.create(guide.state, turns)
        is_known = self.person_known(guide.state.person) if guide.state.person else True
        return SessionView(session_id, conversation, guide.state, turns, turns, person_known=is_known)

    def _load(self, session_id: str) -> tuple[SessionRecord, Guide]:
        record = self.store.get(session_id)
        conversation = self.framework.get(record.conversation_id)
        return record, self._guide(conversation, record.state)

    def send(self, session_id: str, text: str) -> SessionView:
        """An answer, `/ask ...` or a slash command, offline; saved before returning."""
        record, guide = self._load(session_id)
        return self._save(record, guide, self._offline_turns(guide, text))

    def _offline_turns(self, guide: Guide, text: str) -> list[Turn]:
        request = self._advice_request(text)
        if request is None and is_advice_request(text):
            request = text.strip()
        if request is not None:
            found = self.advice.find(request, role=guide.state.role, conversation=guide.conversation.id)
            return self._advice_turns(guide, text.strip(), render_advice(found))
        return guide.handle(text)

    @staticmethod
    def _advice_request(text: str) -> str | None:
        stripped = text.strip()
        if stripped.split(maxsplit=1)[:1] != ["/ask"]:
            return None
        request = stripped[len("/ask") :].strip()
        if not request:
            raise UsageError("write your question after /ask, e.g. /ask how do I say this without sounding harsh?")
        return request

    @staticmethod
    def _advice_turns(guide: Guide, asked: str, advice: str, *, by_model: bool = False) -> list[Turn]:
        """Advice steps out of the flow: the state is untouched and the flow resumes."""
        current = guide.current
        worded_by: Literal["coach", "model"] = "model" if by_model else "coach"
        turns = [
            Turn(speaker="user", kind="ask", text=asked, question_id=guide.state.current),
            Turn(speaker="coach", kind="advice", text=advice, question_id=guide.state.current, worded_by=worded_by),
        ]
        if current is not None:
            wording = guide.phraser.question(current, 0, 0, guide.state.person)
            turns.append(
                Turn(speaker="coach", kind="note", text=f"Back to where we were: {wording}", question_id=current.id)
            )
        return turns

    async def respond(self, session_id: str, text: str) -> AsyncIterator[FlowEvent]:
        """One turn, offline or with the model: events while it works, then `TurnSaved`.
        The engine decides the turn; the model only words it (and tags coverage). A model
        call that fails leaves coach's own wording, with a `Notice` saying why, so a server
        that is down never stops a conversation. Errors that are not the model's are
        `CoachError`s, and then nothing is saved."""
        record, guide = await asyncio.to_thread(self._load, session_id)
        llm = self.model
        if llm is None:
            offline = await asyncio.to_thread(self._offline_turns, guide, text)
            yield TurnSaved(await asyncio.to_thread(self._save, record, guide, offline))
            return
        await llm.gateway.learn_context()
        history = await asyncio.to_thread(self.store.turns, record.id)
        request = self._advice_request(text)
        stripped = text.strip()
        tagger = Tagger(None, None)
        new: list[Turn] = []
        if request is None and not stripped.startswith("/"):
            answer = guide.check_answer(text)
            if is_advice_request(answer):
                request = answer
            else:
                # The engine decides the flow at once (offline assessor) so the reply can
                # stream without waiting; the model tags coverage meanwhile.
                before = guide.state.model_copy(deep=True)
                user_texts = [t.text for t in history if t.speaker == "user"]
                tagger = Tagger(llm.tag(guide.conversation, before, answer, user_texts), before.current)
                new = guide.answer(answer)
        elif request is None:
            new = guide.handle(stripped)
        failed: str | None = None  # the model's fault in this turn, said once
        try:
            if request is not None:
                found = await asyncio.to_thread(
                    self.advice.find, request, role=guide.state.role, conversation=guide.conversation.id
                )
                new = self._advice_turns(guide, stripped, render_advice(found))  # also when nothing grounds an answer
                if found:
                    reply = AdviceAnswer(
                        llm,
                        await self._advice_messages(llm, record, guide, history, request, found),
                        guide.state.current,
                    )
                    async for event in reply.events():
                        yield event
                    if reply.answer is not None:
                        answered = strip_unknown_citations(reply.answer, found)
                        new = self._advice_turns(guide, stripped, answered, by_model=True)
            elif any(t.kind == "answer" or t.text == "/skip" for t in new) and any(
                t.speaker == "coach" and t.kind in PHRASED_KINDS for t in new
            ):
                wording = await self._wording(llm, record, guide, history, new, tagger)
                async for event in wording.events():
                    yield event
                new, failed = wording.turns, wording.failed
            async for notice in tagger.apply(guide, said=failed):
                yield notice
        finally:
            tagger.close()
        brief = None
        if guide.state.finished:
            draft = self._brief(record.id, guide.conversation, guide.state, record.created_at)
            try:
                brief, problem = await llm.brief(guide.state, history + new, draft)
            except LLMError as exc:
                brief, problem = draft, str(exc)
            if problem:
                yield Notice(f"{problem}; kept coach's own brief")
        yield TurnSaved(await asyncio.to_thread(self._save, record, guide, new, brief))

    async def _advice_messages(
        self,
        llm: ModelCoach,
        record: SessionRecord,
        guide: Guide,
        history: list[Turn],
        request: str,
        found: list[Advice],
    ) -> list[dict[str, str]]:
        context = await asyncio.to_thread(
            self.memory.model_context, record.id, guide.conversation, guide.state, history
        )
        return llm.advice_messages(
            guide.conversation, guide.state, request, numbered_entries(found), context=llm.clip_context(context)
        )

    async def _wording(
        self, llm: ModelCoach, record: SessionRecord, guide: Guide, history: list[Turn], new: list[Turn], tagger: Tagger
    ) -> TurnWording:
        """The model's wording of the turn the engine decided: coach's notes go to the model
        as notes; coach's "Noted: …" and notes stay in the saved turns as offline (the model
        only words the question: a small model's acknowledgement was generic when it gave one)."""
        note = " ".join(t.text for t in new if t.kind == "note")
        engine_turns, new = new, [t for t in new if t.kind not in ("note", "ack")]
        index = max(i for i, t in enumerate(new) if t.speaker == "coach" and t.kind in PHRASED_KINDS)
        context = await asyncio.to_thread(
            self.memory.model_context, record.id, guide.conversation, guide.state, history + new
        )
        messages = llm.turn_messages(
            guide.conversation,
            guide.state,
            history + new[:index],
            new[index],
            note=note,
            context=llm.clip_context(context),
        )
        return TurnWording(llm, guide, new, index, messages, note, tagger, engine_turns)

    def act(self, session_id: str, action: str) -> SessionView:
        if action not in ("skip", "back", "why", "finish", "help"):
            raise UsageError(f"unknown action '{action}'")
        record, guide = self._load(session_id)
        new = getattr(guide, action)()
        return self._save(record, guide, new)

    def _save(self, record: SessionRecord, guide: Guide, new: list[Turn], brief: str | None = None) -> SessionView:
        self.store.append(record.id, new, guide.state)
        if guide.state.finished and any(t.kind == "end" for t in new):
            brief = brief or self._brief(record.id, guide.conversation, guide.state, record.created_at)
            self.store.save_brief(record.id, brief)
            day = record.created_at.astimezone().date()
            save_brief_note(self.memory.records, guide.conversation, guide.state, brief, day)
        return SessionView(
            record.id, guide.conversation, guide.state, self.store.turns(record.id), new, record.created_at
        )

    # Conversations and memory ------------------------------------------------------
    def person_known(self, name: str | None) -> bool:
        """Whether coach already has `name` among the user's people (None: no one named)."""
        return bool(name) and self.memory.records.find_person(name or "") is not None

    def proposed_actions(self, session_id: str) -> list[ProposedAction]:
        """The next steps of a session, ready to be tracked as action items."""
        record, guide = self._load(session_id)
        return proposed_actions(guide.conversation, guide.state, record.created_at.astimezone().date())

    def track_actions(self, session_id: str) -> list[TrackedAction]:
        """Track the session's next steps as action items about its person (once: steps
        already tracked from this session are not added again)."""
        record, guide = self._load(session_id)
        proposals = proposed_actions(guide.conversation, guide.state, record.created_at.astimezone().date())
        if not proposals:
            raise UsageError("this session has no next steps with an owner to track")
        records = self.memory.records
        person = records.find_person(guide.state.person) if guide.state.person else None
        tracked = {(a.owner, a.task) for a in records.actions(None, status=None) if a.source_session_id == record.id}
        whose = person.name if person else None
        return [
            records.add_action(whose, step.owner, step.task, due=step.due, source_session_id=record.id)
            for step in proposals
            if (step.owner, step.task) not in tracked
        ]

    def reopen(self, session_id: str) -> SessionView:
        """A finished session, open again on its first question that is not covered."""
        record, guide = self._load(session_id)
        if not guide.state.finished:
            return SessionView(
                record.id, guide.conversation, guide.state, self.store.turns(record.id), [], record.created_at
            )
        return self._save(record, guide, guide.reopen())

    def view(self, session_id: str) -> SessionView:
        record, guide = self._load(session_id)
        return SessionView(
            record.id, guide.conversation, guide.state, self.store.turns(record.id), [], record.created_at
        )

    def recent(self, limit: int = 50) -> list[SessionRecord]:
        return self.store.recent(limit)

    def latest_active(self) -> SessionRecord | None:
        return self.store.latest_active()

    # Briefs and export -------------------------------------------------------------
    def _brief(self, session_id: str, conversation: Conversation, state: GuideState, created: datetime) -> str:
        extras = brief_extras(self.memory.records, self.advice, state)
        return build_brief(conversation, state, when=created.astimezone().date(), session_id=session_id, extras=extras)

    def brief(self, session_id: str) -> str:
        """The saved brief of a finished session (the model's, when it wrote one), else a
        fresh one from the engine's state."""
        record, guide = self._load(session_id)
        if record.brief and guide.state.finished:
            return record.brief
        return self._brief(record.id, guide.conversation, guide.state, record.created_at)

    def export_markdown(self, session_id: str, *, transcript: bool = True) -> str:
        view = self.view(session_id)
        text = self.brief(view.id)
        if transcript:
            lines = ["", "## Transcript", ""]
            for turn in view.turns:
                who = (
                    "You"
                    if turn.speaker == "user"
                    else "Coach (worded by the model)"
                    if turn.worded_by == "model"
                    else "Coach"
                )
                body = turn.text.replace("\n", "\n  ")
                lines.append(f"- **{who}:** {body}")
            text = text.rstrip("\n") + "\n" + "\n".join(lines) + "\n"
        return text

    def default_export_path(self, session_id: str) -> Path:
        view = self.view(session_id)
        stamp = (view.created_at or datetime.now()).astimezone().date().isoformat()
        return self.settings.exports_dir / f"{stamp}-{view.conversation.id}-{view.id}.md"

    def delete(self, session_id: str) -> SessionRecord:
        """A session, its turns and its brief; what it made (notes, action items) stays."""
        return self.store.delete(session_id)

    def export(self, session_id: str, path: Path | str | None = None) -> Path:
        """Write the brief and transcript as Markdown; a folder gets the default file name."""
        from coach.core.exporting import write_markdown

        return write_markdown(self.export_markdown(session_id), path, self.default_export_path(session_id))
