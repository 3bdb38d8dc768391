"""The summary side of the service: draft a meeting summary (with the model when one is
configured, else offline), and save what the user accepted as a `summary` note whose action
items open the next conversation with that person."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import TYPE_CHECKING

from coach.core.errors import UsageError
from coach.core.text import counted
from coach.store.memory import MemoryStore

if TYPE_CHECKING:
    from coach.app.components import Components
    from coach.app.sessions import SessionService
    from coach.memory.models import KeyResult, Note, TrackedAction
    from coach.summary.models import MeetingSummary
    from coach.summary.okr_proposals import KeyResultProposal

UNASSIGNED = "unassigned"


@dataclass
class SummaryDraft:
    summary: MeetingSummary
    person: str | None
    """The known person the meeting was with: the one given, or the only known participant."""
    drafted_by: str
    """"model" (coach's draft with the model's checked additions) or "offline"."""
    notices: list[str] = field(default_factory=list)


@dataclass
class SavedSummary:
    note: Note
    actions: list[TrackedAction]
    index_warning: str | None
    okr_proposals: list[KeyResultProposal] = field(default_factory=list)
    """The person's key results the summary's OKR updates would change: offered, not applied."""


class SummaryService:
    def __init__(self, parts: Components, sessions: SessionService) -> None:
        self.parts = parts
        self.settings = parts.settings
        self.sessions = sessions

    @property
    def memory(self) -> MemoryStore:
        return self.parts.memory

    def summary_person(self, given: str | None, participants: Sequence[str]) -> str | None:
        if given:
            return self.memory.person(given).name
        known = {name.lower(): name for name in self.memory.person_names()}
        found = [known[p.lower()] for p in participants if p.lower() in known]
        return found[0] if len(found) == 1 else None

    async def draft(
        self,
        text: str,
        *,
        meeting_date: Date,
        person: str | None = None,
        conversation: str | None = None,
        offline: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> SummaryDraft:
        """coach's own draft, with what the model found added item by item when a model is
        configured; a failed model call leaves coach's draft and says so in a notice.
        Raises UsageError for input that is not a meeting."""
        from coach.summary.extract import looks_like_a_meeting, summarise_offline
        from coach.summary.meeting import parse_meeting

        title = self.parts.framework.get(conversation).title if conversation else None
        if person:
            person = self.memory.person(person).name
        meeting = await asyncio.to_thread(parse_meeting, text)
        people = self.memory.person_names()
        offline_summary = await asyncio.to_thread(
            summarise_offline, meeting, meeting_date, people=people, conversation=conversation, title=title
        )
        if not looks_like_a_meeting(meeting, offline_summary):
            raise UsageError(
                "this does not look like meeting notes or a transcript: no speakers, action items, decisions or updates found"
            )
        who = self.summary_person(person, offline_summary.participants)
        gateway = self.parts.gateway
        if offline or gateway is None:
            return SummaryDraft(offline_summary, who, "offline")
        from coach.llm.errors import LLMError
        from coach.summary.with_model import combine, summarise_with_model

        try:
            await gateway.learn_context()
            drafted, dropped = await summarise_with_model(
                gateway,
                text,
                meeting,
                meeting_date,
                conversation=conversation,
                title=title,
                budget=gateway.budget,
                max_calls=self.settings.llm.max_calls,
                progress=progress,
            )
        except LLMError as exc:  # never worse than offline: coach's draft stands
            return SummaryDraft(
                offline_summary, who, "offline", [f"the model's draft failed ({exc}); this is coach's own draft"]
            )
        summary = combine(offline_summary, drafted)
        added = sum(1 for i in summary.action_items if i.by == "model")
        added += sum(1 for u in summary.okr_updates if u.by == "model") + len(summary.from_model)
        notices = [
            f"the model added {counted(added, 'item')} to coach's draft, each marked “by the model”"
            if added
            else "the model found nothing coach had not; this is coach's own draft"
        ]
        if drafted.unsupported:
            notices.append(
                f"{counted(len(drafted.unsupported), 'item')} of the model's not supported by the meeting are left out unless "
                "you keep them"
            )
        if dropped:
            notices.append(
                f"{len(dropped)} statement(s) of the model's that no line of the meeting supports were left out"
            )
        return SummaryDraft(summary, self.summary_person(person, summary.participants), "model", notices)

    def check_pasted(self, text: str, day: str) -> tuple[str, Date]:
        """Pasted meeting text and a typed date, checked before any drafting starts; with no
        date typed, the one the notes' head gives ("# (02/19/2026) Meeting Minutes"), else today."""
        from coach.summary.dates import date_written, parse_meeting_date
        from coach.summary.meeting import read_input

        checked = read_input(text.encode("utf-8"), "the text")
        meeting_date = parse_meeting_date(day) if day.strip() else (date_written(checked) or Date.today())
        return checked, meeting_date

    def save(self, summary: MeetingSummary, person: str | None) -> SavedSummary:
        """The summary as it stands (what the user accepted) becomes a `summary` note, and its
        action items tracked items of `person`. Items still flagged unsupported are not saved."""
        from coach.summary.render import render_markdown

        if person:
            person = self.memory.person(person).name
        from coach.retrieval.note_index import IndexUnavailable
        from coach.summary.okr_proposals import propose

        proposals = propose(summary.okr_updates, self.memory.okrs(person)) if person else []
        items = [(i.owner or UNASSIGNED, i.task, i.due.isoformat() if i.due else None) for i in summary.action_items]
        note, actions = self.memory.add_note_with_actions(
            person,
            render_markdown(summary, unsupported=False),
            items,
            date=summary.date.isoformat(),
            kind="summary",
            source="summary",
        )
        try:
            self.parts.note_index.add([note], self.memory.index_generation())
        except IndexUnavailable as exc:
            return SavedSummary(note, actions, str(exc), proposals)
        return SavedSummary(note, actions, None, proposals)

    def apply_okr_updates(self, proposals: Sequence[KeyResultProposal], day: Date) -> list[KeyResult]:
        """The proposals the user accepted, each as an update of its key result dated the
        meeting's day, with the meeting's words as the note."""
        return [
            self.memory.update_key_result(
                p.key_result_id,
                current=p.current,
                status=p.status,
                note=f"from the meeting summary: {p.evidence}"[:500],
                date=day.isoformat(),
            )
            for p in proposals
        ]

    @staticmethod
    def markdown(summary: MeetingSummary) -> str:
        """The summary as it is exported and copied."""
        from coach.summary.render import render_markdown

        return render_markdown(summary)

    def export(self, summary: MeetingSummary, path: Path | str | None = None) -> Path:
        """The summary as Markdown, to `path` (a file or a folder) or to the exports folder."""
        from coach.core.exporting import write_markdown

        default = self.settings.exports_dir / f"{summary.date.isoformat()}-summary.md"
        return write_markdown(self.markdown(summary), path, default)

    def session_meeting(self, session_id: str) -> tuple[str, Date, str | None, str]:
        """A session as meeting notes: what the user said, as `Me:` lines (the coach's
        questions are not part of the meeting). Returns (text, date, person, conversation id)."""
        view = self.sessions.view(session_id)
        lines = [
            f"Me: {' '.join(turn.text.split())}" for turn in view.turns if turn.kind == "answer" and turn.text.strip()
        ]
        if not lines:
            raise UsageError("this session has no answers yet: nothing to summarise")
        day = view.created_at or None
        return "\n".join(lines), day.date() if day else Date.today(), view.state.person, view.conversation.id
