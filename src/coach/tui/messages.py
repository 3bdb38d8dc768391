"""Typed messages, as dataclasses. Workers post the results of service calls back to their
screen; screens post navigation requests up to the app (they never call the app)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from textual.message import Message

from coach.app.summaries import SavedSummary, SummaryDraft
from coach.app.views import RehearsalView, SearchResult, SessionRecord, SessionView
from coach.memory.models import Note, TrackedAction
from coach.rehearsal.personas import Persona
from coach.routing.router import RouteResult

# Results of service calls ---------------------------------------------------------------


@dataclass
class RouteReady(Message):
    result: RouteResult
    person: str | None = None
    """The one known person the situation names, if any."""


@dataclass
class SessionsListed(Message):
    records: list[SessionRecord]


@dataclass
class SessionReady(Message):
    """A session was started or loaded; `view.new_turns` are what just happened."""

    view: SessionView


@dataclass
class SessionChanged(Message):
    """A turn was saved; the screen may now show it."""

    view: SessionView
    sent: str | None = None


@dataclass
class BriefReady(Message):
    session_id: str
    markdown: str
    default_path: Path


@dataclass
class Exported(Message):
    path: Path


@dataclass
class Failed(Message):
    """A service call failed with a one-line, user-facing message; `action` is the worker's group."""

    message: str
    action: str

    def __post_init__(self) -> None:
        super().__post_init__()
        self.message = self.message[:1].upper() + self.message[1:]


@dataclass
class ReplyStarted(Message):
    """The coach's reply has started streaming."""

    kind: str
    question_id: str | None


@dataclass
class ReplyChunk(Message):
    text: str


@dataclass
class Notice(Message):
    """A warning that did not stop the turn (e.g. a fallback)."""

    text: str


@dataclass
class NotesFound(Message):
    """Past notes related to the current question, for the side panel."""

    result: SearchResult


@dataclass
class SummaryDrafted(Message):
    draft: SummaryDraft


@dataclass
class SummarySaved(Message):
    saved: SavedSummary
    person: str | None


@dataclass
class KeyResultsUpdated(Message):
    """The OKR updates of a saved summary the user accepted, applied."""

    count: int
    person: str | None


@dataclass
class RehearsalChanged(Message):
    """A rehearsal turn or command was saved; `progress` is (topic, reached) per question."""

    view: RehearsalView
    progress: list[tuple[str, bool]]
    sent: str | None = None


@dataclass
class DebriefReady(Message):
    view: RehearsalView
    markdown: str


@dataclass
class PeopleListed(Message):
    rows: list[tuple[str, str, int, int, int]]


@dataclass
class ProfileReady(Message):
    name: str
    markdown: str
    items: list[TrackedAction | Note] = field(default_factory=list)
    """The person's open action items and recent notes, to act on."""


@dataclass
class PersonChanged(Message):
    """Something about people was added, changed or deleted: `text` says what."""

    text: str
    person: str | None = None
    """A person just added, to show."""


@dataclass
class RehearsalChoices(Message):
    """The conversations that can be rehearsed (title, id), and each one's personas."""

    conversations: list[tuple[str, str]]
    personas: dict[str, list[Persona]]


@dataclass
class RehearsalsListed(Message):
    rows: list[tuple[str, str, str, str, str, str]]


@dataclass
class PersonaSaved(Message):
    path: Path


@dataclass
class BuilderFilled(Message):
    """A persona read from a person's notes, as the builder's fields, to edit before saving."""

    fields: dict[str, str]


@dataclass
class MeetingLoaded(Message):
    """A session's answers as meeting notes, to prefill the summary input."""

    text: str
    day: str
    person: str | None


# Navigation: posted by a screen, handled by the app --------------------------------------


@dataclass
class OpenSession(Message):
    view: SessionView


@dataclass
class ResumeSession(Message):
    session_id: str


@dataclass
class ShowBrief(Message):
    session_id: str


@dataclass
class OpenRehearsal(Message):
    rehearsal_id: str
    replace: bool = False
    """Replace the current screen (rehearse again from a debrief) instead of opening on top."""


@dataclass
class ShowDebrief(Message):
    rehearsal_id: str


@dataclass
class GoHome(Message):
    pass


@dataclass
class Summarise(Message):
    session_id: str | None = None


@dataclass
class PersonAdded(Message):
    name: str


@dataclass
class ActionsTracked(Message):
    count: int
    person: str | None
