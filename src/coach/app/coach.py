"""`Coach`: the one door to coach's core for both front ends. Each group of use cases is a
service of its own, composed here over the shared parts; the CLI and the app call these
(the app from workers) and never touch the database, the index or the model themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.app.advice import AdviceService
from coach.app.components import Components
from coach.app.memory import MemoryService
from coach.app.model_log import ModelLogService
from coach.app.rehearsals import RehearsalService
from coach.app.sessions import SessionService
from coach.app.summaries import SummaryService
from coach.core.privacy import exposed, private_files

if TYPE_CHECKING:
    from coach.core.config import Settings
    from coach.framework.loader import Framework


class Coach:
    def __init__(self, settings: Settings) -> None:
        private_files()  # everything coach writes from here on is for its user alone
        self.settings = settings
        self.parts = Components(settings)
        self.memory = MemoryService(self.parts)
        self.advice = AdviceService(self.parts, self.memory)
        self.sessions = SessionService(self.parts, self.memory, self.advice)
        self.summaries = SummaryService(self.parts, self.sessions)
        self.rehearsals = RehearsalService(self.parts)
        self.logs = ModelLogService(self.parts)

    @property
    def framework(self) -> Framework:
        """The conversations and their questions (read-only knowledge)."""
        return self.parts.framework

    def privacy_warning(self) -> str | None:
        """Set when coach's home (or a file in it) is readable by other users."""
        return exposed(self.settings.home)

    @property
    def mode_label(self) -> str:
        """ "Offline guide …" or the model and its server, for the header."""
        return self.parts.mode_label

    def keep_theme(self, name: str) -> None:
        """The theme chosen in the app, kept in the config file for next time."""
        from coach.core.config import config_file_path, set_config_value

        set_config_value(config_file_path(), "ui", "theme", name)
        self.settings.ui.theme = name

    def warm_up(self) -> None:
        """Load what the first route needs (framework, embeddings), off the UI thread."""
        self.parts.router.route("warm up", None)

    async def aclose(self) -> None:
        await self.parts.aclose()
