"""The guide: asks the framework's questions one at a time, probes vague answers,
tracks coverage, and supports skip, back, why and finish."""

from __future__ import annotations

from dataclasses import dataclass

from coach.core.errors import UsageError
from coach.core.types import Role
from coach.engine.assess import Assessor, OfflineAssessor
from coach.engine.phrasing import COMMANDS_HELP, OfflinePhraser, Phraser
from coach.engine.specifics import acknowledgement
from coach.engine.state import GuideState, QuestionState, Turn
from coach.framework.models import Conversation, PlannedQuestion

COMMANDS = {"/skip": "skip", "/back": "back", "/why": "why", "/done": "finish", "/finish": "finish", "/help": "help"}


MAX_SITUATION_CHARS = 2_000


@dataclass
class GuideOptions:
    max_probes: int = 2
    max_answer_chars: int = 10_000


class Guide:
    """Drives one conversation. Every method returns the new transcript turns and
    leaves `state` ready to be saved; nothing here does I/O."""

    def __init__(
        self,
        conversation: Conversation,
        state: GuideState,
        *,
        options: GuideOptions | None = None,
        phraser: Phraser | None = None,
        assessor: Assessor | None = None,
    ) -> None:
        self.conversation = conversation
        self.state = state
        self.options = options or GuideOptions()
        self.phraser = phraser or OfflinePhraser()
        self.assessor = assessor or OfflineAssessor()
        self._plan = {p.id: p for p in conversation.plan(state.role)}
        missing = [qid for qid in state.order if qid not in self._plan]
        if missing:
            raise UsageError(f"this session refers to questions no longer in '{conversation.id}': {', '.join(missing)}")

    # Construction -------------------------------------------------------------------
    @classmethod
    def start(
        cls,
        conversation: Conversation,
        role: Role,
        person: str | None = None,
        *,
        situation: str | None = None,
        **kwargs: object,
    ) -> tuple[Guide, list[Turn]]:
        try:
            plan = conversation.plan(role)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        state = GuideState(
            conversation_id=conversation.id,
            role=role,
            person=(person or "").strip() or None,
            situation=" ".join((situation or "").split())[:MAX_SITUATION_CHARS] or None,
            order=[p.id for p in plan],
            questions={p.id: QuestionState() for p in plan},
        )
        guide = cls(conversation, state, **kwargs)  # type: ignore[arg-type]
        intro = Turn(speaker="coach", kind="intro", text=guide.phraser.intro(conversation, role, state.person))
        told = []
        if state.situation:  # kept, shown and carried into the brief: never asked for again blind
            answered = conversation.brief_for(role).situation_answers
            state.situation_question = answered if answered in state.questions else None
            if state.situation_question is not None:  # offered as the answer only where it is one
                question = guide._plan[state.situation_question].question
                if not guide.assessor.assess(question, [state.situation]).substantive:
                    state.situation_question = None
            if state.situation_question != plan[0].id:  # else the first question shows it
                told = [Turn(speaker="coach", kind="context", text=f"What you described: “{state.situation}”")]
        return guide, [intro, *told, *guide._ask(plan[0].id)]

    # Queries ------------------------------------------------------------------------
    @property
    def plan(self) -> list[PlannedQuestion]:
        return [self._plan[qid] for qid in self.state.order]

    @property
    def current(self) -> PlannedQuestion | None:
        return self._plan[self.state.current] if self.state.current else None

    # Actions ------------------------------------------------------------------------
    def handle(self, text: str) -> list[Turn]:
        """Route typed input: a slash command, or an answer to the current question."""
        stripped = text.strip()
        if stripped.startswith("/"):
            command = stripped.split()[0].lower()
            action = COMMANDS.get(command)
            if action is None:
                raise UsageError(f"unknown command {command}; try /skip, /back, /why, /done or /help")
            return getattr(self, action)()
        return self.answer(text)

    def check_answer(self, text: str) -> str:
        """The answer, stripped; raises `UsageError` (changing nothing) if it cannot be taken."""
        self._require_active()
        text = text.strip()
        if not text:
            raise UsageError("type an answer first, or /skip to move on")
        if len(text) > self.options.max_answer_chars:
            raise UsageError(
                f"that answer is {len(text):,} characters; the limit is {self.options.max_answer_chars:,}. "
                "Trim it or split it across turns; nothing was saved"
            )
        return text

    def answer(self, text: str) -> list[Turn]:
        text = self.check_answer(text)
        planned = self._require_current()
        qstate = self.state.questions[planned.id]
        qstate.answers.append(text)
        user = Turn(speaker="user", kind="answer", text=text, question_id=planned.id)
        verdict = self.assessor.assess(planned.question, qstate.answers)
        probes_left = min(self.options.max_probes, len(planned.probes)) - qstate.probes_asked
        if verdict.substantive or (verdict.explicit_none and qstate.probes_asked >= 1):
            qstate.status = "covered"
            heard = "Noted: nothing there." if verdict.explicit_none else acknowledgement(text)
            ack = Turn(speaker="coach", kind="ack", text=heard, question_id=planned.id)
            return [user, ack, *self._advance()]
        if probes_left > 0:
            probe = planned.probes[qstate.probes_asked]
            qstate.probes_asked += 1
            qstate.status = "partial"
            text = self.phraser.probe(planned, probe, self.state.person)
            return [user, Turn(speaker="coach", kind="probe", text=text, question_id=planned.id)]
        qstate.status = "partial"
        note = Turn(
            speaker="coach",
            kind="note",
            text="I'll mark that answer as thin in your brief; `/back` returns to it later.",
            question_id=planned.id,
        )
        return [user, note, *self._advance()]

    def skip(self) -> list[Turn]:
        self._require_active()
        planned = self._require_current()
        qstate = self.state.questions[planned.id]
        if planned.id == self.state.situation_question and self.state.situation and not qstate.answers:
            qstate.answers.append(self.state.situation)  # what they described stands as the answer
            verdict = self.assessor.assess(planned.question, qstate.answers)
            qstate.status = "covered" if verdict.substantive else "partial"
        elif qstate.status == "open" or (qstate.status == "partial" and not qstate.answers):
            qstate.status = "skipped"
        command = Turn(speaker="user", kind="command", text="/skip", question_id=planned.id)
        return [command, *self._advance()]

    def back(self) -> list[Turn]:
        self._require_active()
        current = self._require_current()
        command = Turn(speaker="user", kind="command", text="/back", question_id=current.id)
        position = self.state.order.index(current.id)
        if position == 0:
            note = Turn(speaker="coach", kind="note", text="This is the first question; there is nothing before it.")
            return [command, note]
        previous = self.state.order[position - 1]
        qstate = self.state.questions[previous]
        qstate.probes_asked = 0
        turns = self._ask(previous)
        if qstate.answers:
            earlier = f"\n\nYou said before: “{qstate.answers[-1]}” Anything you add is kept with it."
            turns[-1] = turns[-1].model_copy(update={"text": turns[-1].text + earlier})
        return [command, *turns]

    def why(self) -> list[Turn]:
        self._require_active()
        planned = self._require_current()
        command = Turn(speaker="user", kind="command", text="/why", question_id=planned.id)
        text = self.phraser.why(planned, self.state.person)
        return [command, Turn(speaker="coach", kind="why", text=text, question_id=planned.id)]

    def help(self) -> list[Turn]:
        return [
            Turn(speaker="user", kind="command", text="/help"),
            Turn(speaker="coach", kind="note", text=COMMANDS_HELP),
        ]

    def finish(self) -> list[Turn]:
        self._require_active()
        command = Turn(speaker="user", kind="command", text="/done", question_id=self.state.current)
        return [command, *self._end()]

    def reopen(self) -> list[Turn]:
        """A finished conversation, open again on its first question not covered; skipped
        questions become open again. Raises `UsageError` when nothing is left open."""
        left = [qid for qid in self.state.order if self.state.questions[qid].status != "covered"]
        if not left:
            raise UsageError("every question of this session is covered; start a new conversation to add more")
        self.state.finished = False
        for qid in left:
            if self.state.questions[qid].status == "skipped":
                self.state.questions[qid].status = "open"
        note = Turn(
            speaker="coach",
            kind="note",
            text=f"Reopened: {len(left)} question(s) left open. Your brief is rewritten when you finish.",
        )
        return [note, *self._ask(left[0])]

    # Internals ----------------------------------------------------------------------
    def _require_active(self) -> None:
        if self.state.finished:
            raise UsageError("this conversation is finished; export its brief or start a new one")

    def _require_current(self) -> PlannedQuestion:
        planned = self.current
        if planned is None:  # pragma: no cover - an active guide always has a question
            raise UsageError("there is no question to answer")
        return planned

    def _ask(self, question_id: str) -> list[Turn]:
        self.state.current = question_id
        number = self.state.order.index(question_id) + 1
        text = self.phraser.question(self._plan[question_id], number, len(self.state.order), self.state.person)
        situation = self.state.situation
        if situation and question_id == self.state.situation_question and not self.state.questions[question_id].answers:
            text += (
                f"\n\nYou described: “{situation.rstrip('.')}.” Add what is missing, "
                "or `/skip` to keep that as your answer."
            )
        return [Turn(speaker="coach", kind="question", text=text, question_id=question_id)]

    def _advance(self) -> list[Turn]:
        order = self.state.order
        start = order.index(self.state.current) + 1 if self.state.current else 0
        for qid in [*order[start:], *order[:start]]:
            if self.state.questions[qid].status == "open":
                return self._ask(qid)
        return self._end()

    def _end(self) -> list[Turn]:
        self.state.finished = True
        self.state.current = None
        covered = self.state.counts()["covered"]
        text = self.phraser.closing(covered, len(self.state.order))
        return [Turn(speaker="coach", kind="end", text=text)]
