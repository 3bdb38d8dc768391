"""Helpers to drive the real app built by `make_app()`."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.tui.app import CoachApp, make_app

GOOD = "I shipped the billing migration on 3 March, two weeks early, and cut costs by 12%."


async def settle(pilot: Pilot) -> None:
    """Wait for workers and the messages they post to be handled."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def answer(pilot: Pilot, text: str) -> None:
    box = pilot.app.screen.query_one("#answer")
    box.insert(text)
    await pilot.press("enter")
    await settle(pilot)


@pytest.fixture
def app() -> CoachApp:
    return make_app()


@pytest.fixture
def service() -> Coach:
    return Coach(load_settings())
