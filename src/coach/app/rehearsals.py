"""The rehearsal side of the service: personas, a rehearsal turn by turn (offline from the
persona file, or played by the model), the commands /hint, /pause, /restart and /end, and
the debrief with its trend."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coach.app.events import Notice, RehearsalEvent, RehearsalSaved, ReplyChunk, ReplyStarted, StreamEvent
from coach.app.views import RehearsalView
from coach.core.errors import UsageError
from coach.core.types import Role
from coach.llm.errors import LLMError
from coach.rehearsal.intents import IntentMatcher
from coach.store.memory import MemoryStore
from coach.store.rehearsals import RehearsalStore

if TYPE_CHECKING:
    from coach.app.components import Components
    from coach.framework.models import Conversation
    from coach.llm.gateway import Gateway
    from coach.rehearsal.counterpart import Reply
    from coach.rehearsal.debrief import Scorecard
    from coach.rehearsal.personas import Persona
    from coach.rehearsal.state import RehearsalState
    from coach.store.rehearsals import RehearsalRecord

REPLY_TOKENS = 160
"""A counterpart says one to three sentences: a model that runs on is cut here."""
COMMANDS = ("/hint", "/pause", "/restart", "/end", "/help")
HELP = "Commands: /hint suggests a next question, /pause keeps the rehearsal for later, /restart starts over, /end ends it and shows the debrief."


@dataclass
class _ModelReply:
    text: str | None = None


class RehearsalService:
    def __init__(self, parts: Components) -> None:
        self.parts = parts
        self.settings = parts.settings
        self._advice_titles: dict[str, str] | None = None

    @property
    def memory(self) -> MemoryStore:
        return self.parts.memory

    @property
    def rehearsals(self) -> RehearsalStore:
        return self.parts.rehearsals

    def matcher(self, conversation: Conversation) -> IntentMatcher:
        return self.parts.matcher(conversation)

    @property
    def advice_titles(self) -> dict[str, str]:
        """The advice base's titles by entry id (bundled and the user's), for the debrief."""
        from coach.framework.advice import load_advice

        if self._advice_titles is None:
            self._advice_titles = {e.id: e.title for e in load_advice(self.parts.knowledge_dirs)}
        return self._advice_titles

    # Personas ------------------------------------------------------------------------
    @property
    def personas(self) -> dict[str, Persona]:
        return self.parts.personas

    def rehearsable(self) -> list[Conversation]:
        """The conversations that have at least one persona to rehearse against (from the data)."""
        return [c for c in self.parts.framework if self.personas_for(c.id)]

    def build_persona(
        self,
        conversation_id: str,
        *,
        name: str,
        title: str,
        difficulty: int,
        situation: str,
        traits: str,
        opening: str,
        facts: str,
    ) -> Persona:
        """A persona from the builder's fields: `traits` separated by commas, `facts` one a line
        as `what is true :: what they say when asked well`. Problems are one-line UsageErrors."""
        from coach.app.persona_building import build_persona

        return build_persona(
            self.parts,
            conversation_id,
            name=name,
            title=title,
            difficulty=difficulty,
            situation=situation,
            traits=traits,
            opening=opening,
            facts=facts,
        )

    def export_debrief(self, rehearsal_id: str, markdown: str, path: Path | str | None) -> Path:
        """The debrief as Markdown, to `path` (a file or a folder) or to the exports folder."""
        from coach.core.exporting import write_markdown

        return write_markdown(markdown, path, self.settings.exports_dir / f"debrief-{rehearsal_id}.md")

    def personas_for(self, conversation_id: str | None = None) -> list[Persona]:
        found = [p for p in self.personas.values() if conversation_id is None or conversation_id in p.conversations]
        return sorted(found, key=lambda p: (p.conversations[0] != conversation_id, p.difficulty, p.id))

    def save_persona(self, persona: Persona) -> Path:
        """Into `$COACH_HOME/knowledge/personas/`, where it replaces a persona with the same id."""
        import yaml

        from coach.core.yamlfiles import display_path
        from coach.rehearsal.personas import check_against

        folder = self.settings.user_knowledge_dir / "personas"
        path = folder / f"{persona.id}.yaml"
        check_against(persona, self.parts.framework, display_path(path))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(
                yaml.safe_dump(persona.model_dump(exclude_defaults=True), sort_keys=False, allow_unicode=True),
                encoding="utf-8",
            )
        except OSError as exc:
            raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
        self.parts.forget_personas()
        return path

    def persona_from_person(self, name: str, conversation_id: str, traits: list[str] | None = None) -> Persona:
        """A counterpart built from what coach knows about a person (see persona_building);
        `traits` replace the ones read from their notes."""
        from coach.app.persona_building import persona_from_person

        return persona_from_person(self.parts, self.personas_for, name, conversation_id, traits)

    def builder_fields(self, name: str, conversation_id: str) -> dict[str, str]:
        """The persona built from a person's notes as the builder's fields, to edit and save."""
        from coach.app.persona_building import builder_fields

        return builder_fields(self.persona_from_person(name, conversation_id))

    def start(
        self, conversation_id: str | None = None, persona_id: str | None = None, persona: Persona | None = None
    ) -> RehearsalView:
        from coach.rehearsal.personas import pick
        from coach.rehearsal.state import RehearsalState, RehearsalTurn

        if persona is None:
            if persona_id:
                persona = pick(self.personas, persona_id)
            else:
                if not conversation_id:
                    raise UsageError("give a conversation or a persona to rehearse; `coach rehearse --help` lists them")
                choices = self.personas_for(self.parts.framework.get(conversation_id).id)
                if not choices:
                    raise UsageError(
                        f"no persona fits {conversation_id}; build one in the app or pick another conversation"
                    )
                persona = choices[0]
        conversation = self.parts.framework.get(conversation_id or persona.conversation)
        if conversation.id not in persona.conversations:
            raise UsageError(
                f"{persona.name} ({persona.id}) is for {', '.join(persona.conversations)}, not {conversation.id}"
            )
        role: Role = "manager" if persona.plays == "contributor" else "contributor"
        intro = (
            f"Rehearsal: {conversation.title}, with {persona.name}, {persona.title.lower()} (difficulty {persona.difficulty} of 5). "
            f"You are the {role}. {HELP}"
        )
        state = RehearsalState(persona=persona, conversation_id=conversation.id, role=role)
        state.turns = [
            RehearsalTurn(speaker="coach", text=intro, kind="notice"),
            RehearsalTurn(speaker="them", text=persona.opening),
        ]
        rehearsal_id = self.rehearsals.create(state)
        return RehearsalView(rehearsal_id, state, conversation, list(state.turns))

    def get(self, rehearsal_id: str) -> RehearsalView:
        record = self.rehearsals.get(rehearsal_id)
        return RehearsalView(
            record.id, record.state, self.parts.framework.get(record.state.conversation_id), [], record.scorecard
        )

    def unfinished(self, limit: int = 20) -> list[RehearsalRecord]:
        """Rehearsals that were paused or left before the debrief, newest first."""
        return [r for r in self.rehearsals.recent(limit * 3) if r.state.status != "ended"][:limit]

    def progress(self, view: RehearsalView) -> list[tuple[str, bool]]:
        """Each framework question's topic and whether the rehearsal has reached it yet."""
        from coach.rehearsal.scorecard import score

        lines = view.state.scored_lines()
        covered = (
            set(score(lines, view.conversation, self.matcher(view.conversation)).covered_questions) if lines else set()
        )
        return [(q.id.split(".", 1)[1].replace("-", " "), q.id in covered) for q in view.conversation.questions]

    def hint(self, view: RehearsalView) -> str:
        """The next question of the framework not reached yet, put the way the framework puts
        it, with a word on how the last question was asked."""
        from coach.rehearsal.scorecard import score
        from coach.rehearsal.style import classify

        lines = view.state.scored_lines()
        card = score(lines, view.conversation, self.matcher(view.conversation))
        missing = [q for q in view.conversation.questions if q.id not in card.covered_questions]
        user = view.state.user_lines()
        style = classify(user[-1]) if user else None
        tip = ""
        if style is not None and style.accusatory:
            tip = " Your last line sounded like blame; acknowledging their side first tends to open people up."
        elif style is not None and style.question and not style.open:
            tip = " Your last question could be answered with a word; start with what or how to open it up."
        if not missing:
            return (
                "You have reached every question of the framework. Agree a next step with an owner and a date, then /end."
                + tip
            )
        question = missing[0]
        topic = question.id.split(".", 1)[1].replace("-", " ")
        return f"Try the {topic} question: “{question.live_wording}”{tip}"

    async def rehearse(self, rehearsal_id: str, text: str) -> AsyncIterator[RehearsalEvent]:
        """One turn: events while the counterpart replies (offline at once; a model streams),
        then `RehearsalSaved`. A command changes the rehearsal instead. A model that fails or
        writes an unusable reply leaves the scripted line, with a `Notice` saying why."""
        from coach.rehearsal.state import RehearsalTurn

        view = await asyncio.to_thread(self.get, rehearsal_id)
        state = view.state
        stripped = text.strip()
        if not stripped:
            raise UsageError("say something to the other person, or type /hint")
        if state.status == "ended":
            raise UsageError("this rehearsal has ended; start a new one (the debrief stays)")
        command = stripped.split()[0].lower() if stripped.startswith("/") else None
        if command == "/end":
            ended, warning = await self.end(view.id)
            if warning:
                yield Notice(warning)
            yield RehearsalSaved(ended)
            return
        if command:
            yield RehearsalSaved(await asyncio.to_thread(self._command, view, command))
            return
        state.status = "active"
        user_turn = RehearsalTurn(speaker="user", text=stripped)
        state.turns.append(user_turn)
        # The offline counterpart decides the turn (trust, what may come out, an agreement);
        # a model only phrases that decision, and its reply is checked against it.
        from coach.rehearsal.counterpart import OfflineCounterpart

        counterpart = OfflineCounterpart(state.persona, view.conversation, self.matcher(view.conversation))
        told_before = list(state.revealed)
        decision = await asyncio.to_thread(counterpart.reply, state, stripped)
        reply_text = decision.text
        llm = self.parts.gateway
        if llm is not None:
            state.revealed = told_before  # the model must say it for it to count
            reply = _ModelReply()
            async for event in self._model_reply(llm, view, decision, reply):
                yield event
            if reply.text is None:
                reply_text = decision.text
                state.revealed = told_before + ([decision.revealed] if decision.revealed else [])
            else:
                reply_text = reply.text
                allowed = {*told_before, *([decision.revealed] if decision.revealed else [])}
                told = [f for f in state.persona.facts_told(reply_text) if f in allowed and f not in state.revealed]
                state.revealed += told
        them = RehearsalTurn(speaker="them", text=reply_text)
        state.turns.append(them)
        await asyncio.to_thread(self.rehearsals.save, view.id, state)
        view.new = [user_turn, them]
        yield RehearsalSaved(view)

    async def _model_reply(
        self, llm: Gateway, view: RehearsalView, decision: Reply, reply: _ModelReply
    ) -> AsyncIterator[StreamEvent]:
        """Stream the persona's reply into `reply.text`; a reply the guard rejects (out of
        character, a fact not earned, a denial of one told) is asked again once with a
        reminder, and `reply.text` stays None when that fails too (the offline line is used)."""
        from datetime import date

        from coach.rehearsal.scorecard import next_steps
        from coach.rehearsal.with_model import REMINDER, persona_messages, reply_problem, turn_messages

        state = view.state
        persona = state.persona
        agreed = await asyncio.to_thread(next_steps, state.scored_lines(), date.today(), persona.name)
        turn = turn_messages(llm, persona, state, decision, agreed)
        await llm.learn_context()
        budget = llm.budget - llm.tokens(turn)
        messages = [*persona_messages(llm, persona, view.conversation, state, budget), *turn]
        problem = None
        for attempt in (1, 2):
            if attempt == 2:
                messages = [*messages, {"role": "system", "content": REMINDER.format(name=persona.name)}]
            yield ReplyStarted("rehearsal" if attempt == 1 else "rehearsal-retry", None)
            # held back until checked: a leaked fact must never reach the screen
            try:
                text = (await llm.complete(messages, max_tokens=REPLY_TOKENS)).strip()
            except LLMError as exc:  # never worse than offline: the scripted line stands
                yield Notice(f"the model could not reply for {persona.name} ({exc}); used the scripted reply")
                return
            if (problem := reply_problem(text, persona, state, decision.revealed)) is None:
                yield ReplyChunk(text)
                reply.text = text
                return
        yield Notice(
            f"the model's reply for {persona.name} was not usable twice ({problem}); used the scripted reply for this turn"
        )

    @staticmethod
    def _note_revealed(state: RehearsalState, reply: str) -> None:
        state.revealed += [fid for fid in state.persona.facts_told(reply) if fid not in state.revealed]

    def _command(self, view: RehearsalView, command: str) -> RehearsalView:
        """/help, /hint, /pause or /restart (/end is `end_rehearsal`)."""
        from coach.rehearsal.state import RehearsalTurn

        state = view.state
        if command not in COMMANDS:
            raise UsageError(f"unknown command {command}; {HELP}")
        if command == "/help":
            new = [RehearsalTurn(speaker="coach", text=HELP, kind="notice")]
        elif command == "/hint":
            new = [RehearsalTurn(speaker="coach", text=self.hint(view), kind="hint")]
        elif command == "/pause":
            state.status = "paused"
            new = [
                RehearsalTurn(
                    speaker="coach",
                    text="Paused. Resume it from the rehearsal screen (Ctrl+G) any time.",
                    kind="notice",
                )
            ]
        else:  # /restart
            state.turns = state.turns[:1]  # the introduction
            state.trust, state.revealed, state.used = 0, [], {}
            state.attempt += 1
            new = [
                RehearsalTurn(speaker="coach", text=f"Starting over (attempt {state.attempt}).", kind="restart"),
                RehearsalTurn(speaker="them", text=state.persona.opening),
            ]
        state.turns.extend(new)
        self.rehearsals.save(view.id, state)
        view.new = new
        return view

    def end_now(self, view: RehearsalView) -> RehearsalView:
        """End without the model: the deterministic scorecard only."""
        from coach.rehearsal.scorecard import point_to_advice, score

        state = view.state
        lines = state.scored_lines()
        if not any(who == "user" for who, _ in lines):
            raise UsageError("say something first: there is nothing to debrief yet")
        card = score(lines, view.conversation, self.matcher(view.conversation), state.persona)
        point_to_advice(card, self.advice_titles)
        if state.revealed:  # offline reveals are known exactly
            card.hidden_facts_found = [
                f.id for f in state.persona.hidden_facts if f.id in state.revealed or f.id in card.hidden_facts_found
            ]
        state.status = "ended"
        self.rehearsals.save(view.id, state, card)
        view.scorecard, view.new = card, []
        return view

    async def end(self, rehearsal_id: str) -> tuple[RehearsalView, str | None]:
        """The scorecard, and with a model the moments to rephrase (a model failure keeps the
        scorecard and says why in the second value)."""
        view = await asyncio.to_thread(self.get, rehearsal_id)
        if view.state.status != "ended":
            view = await asyncio.to_thread(self.end_now, view)
        warning = None
        llm = self.parts.gateway
        if llm is not None and view.scorecard is not None and not view.scorecard.moments:
            from coach.rehearsal.with_model import find_moments

            try:
                view.scorecard.moments = await find_moments(llm, view.persona, view.conversation, view.state)
                await asyncio.to_thread(self.rehearsals.save, view.id, view.state, view.scorecard)
            except LLMError as exc:
                warning = f"{exc}; the debrief has no suggested rephrasings"
        return view, warning

    def debrief_markdown(self, view: RehearsalView) -> str:
        from coach.rehearsal.scorecard import render_scorecard

        if view.scorecard is None:
            raise UsageError("this rehearsal has not ended yet; /end ends it")
        trend = [
            (r.created_at.date().isoformat(), r.scorecard)
            for r in self.rehearsals.trend(view.conversation.id)
            if r.scorecard
        ]
        return render_scorecard(view.scorecard, view.conversation, view.persona, trend)

    def score_transcript(
        self, text: str, conversation_id: str | None = None, persona_id: str | None = None
    ) -> tuple[Scorecard, Conversation, Persona | None]:
        """`coach debrief`: the deterministic scorecard of a transcript."""
        from coach.rehearsal.personas import pick
        from coach.rehearsal.scorecard import score
        from coach.rehearsal.transcript import parse_rehearsal

        persona = pick(self.personas, persona_id) if persona_id else None
        user_is = "report" if persona is not None and persona.plays == "manager" else "manager"
        lines = parse_rehearsal(text, user_is=user_is)
        if conversation_id is None:
            conversation_id = (
                persona.conversation
                if persona
                else self.parts.router.route(" ".join(t for _, t in lines)[:2000]).best_in_scope
            )
        from coach.rehearsal.scorecard import point_to_advice

        conversation = self.parts.framework.get(conversation_id)
        card = score(lines, conversation, self.matcher(conversation), persona)
        point_to_advice(card, self.advice_titles)
        return card, conversation, persona
