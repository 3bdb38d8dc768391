"""What every coach screen shares: typed access to the app (and through it, the service)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


class CoachScreen(Screen[None]):
    @property
    def coach(self) -> CoachApp:
        return cast("CoachApp", self.app)
