"""Typed messages that workers post back to screens after calling the service."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from coach.app.rehearsals import RehearsalView
from coach.app.sessions import SessionView
from coach.app.summaries import SavedSummary, SummaryDraft
from coach.routing.router import RouteResult
from coach.store.sessions import SessionRecord


class RouteReady(Message):
    def __init__(self, result: RouteResult, person: str | None = None) -> None:
        super().__init__()
        self.result = result
        self.person = person
        """The one known person the situation names, if any."""


class SessionsListed(Message):
    def __init__(self, records: list[SessionRecord]) -> None:
        super().__init__()
        self.records = records


class SessionReady(Message):
    """A session was started or loaded; `view.new_turns` are what just happened."""

    def __init__(self, view: SessionView) -> None:
        super().__init__()
        self.view = view


class SessionChanged(Message):
    """A turn was saved; the screen may now show it."""

    def __init__(self, view: SessionView, sent: str | None = None) -> None:
        super().__init__()
        self.view = view
        self.sent = sent


class BriefReady(Message):
    def __init__(self, session_id: str, markdown: str, default_path: Path) -> None:
        super().__init__()
        self.session_id = session_id
        self.markdown = markdown
        self.default_path = default_path


class Exported(Message):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path


class Failed(Message):
    """A service call failed with a one-line, user-facing message."""

    def __init__(self, message: str, *, action: str) -> None:
        super().__init__()
        self.message = message[:1].upper() + message[1:]
        self.action = action


class ReplyStarted(Message):
    """The coach's reply has started streaming."""

    def __init__(self, kind: str, question_id: str | None) -> None:
        super().__init__()
        self.kind = kind
        self.question_id = question_id


class ReplyChunk(Message):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class Notice(Message):
    """A warning that did not stop the turn (e.g. a fallback)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class NotesFound(Message):
    """Past notes related to the current question, for the side panel."""

    def __init__(self, result: object) -> None:
        super().__init__()
        self.result = result


class SummaryDrafted(Message):
    def __init__(self, draft: SummaryDraft) -> None:
        super().__init__()
        self.draft = draft


class SummarySaved(Message):
    def __init__(self, saved: SavedSummary, person: str | None) -> None:
        super().__init__()
        self.saved = saved
        self.person = person


class RehearsalChanged(Message):
    """A rehearsal turn or command was saved; `progress` is (topic, reached) per question."""

    def __init__(self, view: RehearsalView, progress: list[tuple[str, bool]], sent: str | None = None) -> None:
        super().__init__()
        self.view = view
        self.progress = progress
        self.sent = sent


class DebriefReady(Message):
    def __init__(self, view: RehearsalView, markdown: str) -> None:
        super().__init__()
        self.view = view
        self.markdown = markdown
