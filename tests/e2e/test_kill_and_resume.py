"""Kill the app process mid-conversation with SIGKILL; resume with nothing lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.tui.app import make_app
from coach.tui.screens.conversation import ConversationScreen

HELPER = Path(__file__).with_name("app_to_kill.py")


async def test_sigkill_mid_conversation_then_resume() -> None:
    from tests.e2e.app_to_kill import ANSWERS

    child = subprocess.Popen(
        [sys.executable, str(HELPER)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.startswith("READY"), (
            f"child did not get ready: {line!r} {child.stderr.read() if child.stderr else ''}"
        )
        _, session_id, current = line.split()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    service = Coach(load_settings())
    view = service.sessions.view(session_id)
    assert [t.text for t in view.turns if t.kind == "answer"] == ANSWERS
    assert view.state.current == current == "self-reflection.connection"
    assert not view.finished

    async with make_app(service=service, session_id=session_id).run_test(size=(100, 30)) as pilot:
        for _ in range(3):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, ConversationScreen)
        shown = [str(w.render()) for w in screen.query(".turn.user")]
        assert all(any(a in s for s in shown) for a in ANSWERS)
        screen.query_one("#answer").insert(
            "Our launch feeds the Q4 self-serve milestone, which matters because of churn."
        )
        await pilot.press("enter")
        for _ in range(3):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
    assert service.sessions.view(session_id).state.questions["self-reflection.connection"].status == "covered"
