"""The one door to coach's core for the CLI and the app: framework, routing, the guide
engine and the session store. The UI calls these from workers and never touches the
database or the embeddings itself."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from coach.config import Settings
from coach.engine.brief import build_brief
from coach.engine.guide import Guide, GuideOptions
from coach.engine.state import GuideState, Turn
from coach.errors import UsageError
from coach.framework.loader import Framework, bundled_knowledge_dir, load_framework
from coach.framework.models import Conversation, Role
from coach.framework.routing import Router, RouteResult
from coach.store.database import Database
from coach.store.sessions import SessionRecord, SessionStore


@dataclass(frozen=True)
class SessionView:
    """What a screen needs to show a session, after the latest turn was saved."""

    id: str
    conversation: Conversation
    state: GuideState
    turns: list[Turn]
    new_turns: list[Turn] = field(default_factory=list)
    created_at: datetime | None = None

    @property
    def finished(self) -> bool:
        return self.state.finished


class CoachService:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._framework: Framework | None = None
        self._router: Router | None = None
        self._store: SessionStore | None = None
        self._lock = threading.Lock()

    # Lazily built parts ------------------------------------------------------------
    @property
    def framework(self) -> Framework:
        if self._framework is None:
            self._framework = load_framework([bundled_knowledge_dir(), self.settings.user_knowledge_dir])
        return self._framework

    @property
    def router(self) -> Router:
        with self._lock:
            if self._router is None:
                embedder = None
                if self.settings.routing.embeddings == "wordllama":
                    from coach.retrieval.embeddings import WordLlamaEmbedder

                    embedder = WordLlamaEmbedder()
                self._router = Router(self.framework, embedder)
            return self._router

    @property
    def store(self) -> SessionStore:
        if self._store is None:
            self._store = SessionStore(Database(self.settings.db_path))
        return self._store

    # Routing -----------------------------------------------------------------------
    def route(self, situation: str, role: Role | None = None) -> RouteResult:
        return self.router.route(situation, role)

    # Sessions ----------------------------------------------------------------------
    def _options(self) -> GuideOptions:
        engine = self.settings.engine
        return GuideOptions(max_probes=engine.max_probes, max_answer_chars=engine.max_answer_chars)

    def _guide(self, conversation: Conversation, state: GuideState) -> Guide:
        return Guide(conversation, state, options=self._options())

    def start_session(self, role: Role, conversation_id: str, person: str | None = None) -> SessionView:
        conversation = self.framework.get(conversation_id)
        guide, turns = Guide.start(conversation, role, person, options=self._options())
        session_id = self.store.create(guide.state, turns)
        return SessionView(session_id, conversation, guide.state, turns, turns)

    def _load(self, session_id: str) -> tuple[SessionRecord, Guide]:
        record = self.store.get(session_id)
        conversation = self.framework.get(record.conversation_id)
        return record, self._guide(conversation, record.state)

    def send(self, session_id: str, text: str) -> SessionView:
        """An answer or a slash command; saved with the new state before returning."""
        record, guide = self._load(session_id)
        new = guide.handle(text)
        return self._save(record, guide, new)

    def act(self, session_id: str, action: str) -> SessionView:
        if action not in ("skip", "back", "why", "finish", "help"):
            raise UsageError(f"unknown action '{action}'")
        record, guide = self._load(session_id)
        new = getattr(guide, action)()
        return self._save(record, guide, new)

    def _save(self, record: SessionRecord, guide: Guide, new: list[Turn]) -> SessionView:
        self.store.append(record.id, new, guide.state)
        if guide.state.finished:
            self.store.save_brief(record.id, self._brief(record.id, guide.conversation, guide.state, record.created_at))
        return SessionView(record.id, guide.conversation, guide.state, self.store.turns(record.id), new, record.created_at)

    def view(self, session_id: str) -> SessionView:
        record, guide = self._load(session_id)
        return SessionView(record.id, guide.conversation, guide.state, self.store.turns(record.id), [], record.created_at)

    def sessions(self, limit: int = 50) -> list[SessionRecord]:
        return self.store.recent(limit)

    def latest_active(self) -> SessionRecord | None:
        return self.store.latest_active()

    # Briefs and export -------------------------------------------------------------
    @staticmethod
    def _brief(session_id: str, conversation: Conversation, state: GuideState, created: datetime) -> str:
        return build_brief(conversation, state, when=created.astimezone().date(), session_id=session_id)

    def brief(self, session_id: str) -> str:
        record, guide = self._load(session_id)
        return self._brief(record.id, guide.conversation, guide.state, record.created_at)

    def export_markdown(self, session_id: str, *, transcript: bool = True) -> str:
        view = self.view(session_id)
        text = self.brief(view.id)
        if transcript:
            lines = ["", "## Transcript", ""]
            for turn in view.turns:
                who = "Coach" if turn.speaker == "coach" else "You"
                body = turn.text.replace("\n", "\n  ")
                lines.append(f"- **{who}:** {body}")
            text = text.rstrip("\n") + "\n" + "\n".join(lines) + "\n"
        return text

    def default_export_path(self, session_id: str) -> Path:
        view = self.view(session_id)
        stamp = (view.created_at or datetime.now()).astimezone().date().isoformat()
        return self.settings.exports_dir / f"{stamp}-{view.conversation.id}-{view.id}.md"

    def export(self, session_id: str, path: Path | None = None) -> Path:
        """Write the brief and transcript as Markdown; a folder gets the default file name."""
        text = self.export_markdown(session_id)
        target = path.expanduser() if path else self.default_export_path(session_id)
        if target.is_dir():
            target = target / self.default_export_path(session_id).name
        try:
            if path is None:
                target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
        return target
