"""`coach logs`: the model calls kept when `[llm] log = true` (prompts and replies, secrets
masked, pruned after `log_days`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.app.components import Components
    from coach.store.model_log import LoggedCall


class ModelLogService:
    def __init__(self, parts: Components) -> None:
        self.parts = parts

    @property
    def enabled(self) -> bool:
        return self.parts.settings.llm.log

    @property
    def days(self) -> int:
        return self.parts.settings.llm.log_days

    def recent(self, limit: int = 20) -> list[LoggedCall]:
        return self.parts.model_log.recent(limit)

    def get(self, call_id: int) -> LoggedCall:
        return self.parts.model_log.get(call_id)

    def clear(self) -> int:
        return self.parts.model_log.clear()
