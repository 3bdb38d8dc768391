"""`coach serve` end to end in a real headless Chromium (Debian's `chromium`, driven by
Playwright through `executable_path`: nothing is downloaded): the start screen renders,
a situation typed in the page routes, and the page needs the token when one is set. The
terminal is drawn on a canvas, so what the app shows is read from what its socket sends.
Set COACH_SERVE_SCREENSHOT=docs/serve.png to keep the run's screenshot (the one in docs/
was taken so); otherwise it goes to the test's own folder."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from coach.cli.serve import check_binding, same_origin
from coach.core.errors import UsageError
from tests.conftest import wait_until_up

TOKEN = "a-test-token-that-is-long-enough"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_another_address_needs_a_token_and_a_foreign_page_gets_no_socket() -> None:
    check_binding("127.0.0.1", None)
    check_binding("::1", None)
    with pytest.raises(UsageError, match="would show your notes to anyone"):
        check_binding("0.0.0.0", None)
    with pytest.raises(UsageError, match="too short"):
        check_binding("0.0.0.0", "short")
    check_binding("0.0.0.0", TOKEN)

    class Request:
        def __init__(self, origin: str | None) -> None:
            self.headers = {"Host": "127.0.0.1:8000"} | ({"Origin": origin} if origin else {})

    assert same_origin(Request("http://127.0.0.1:8000")) and same_origin(Request(None))
    assert not same_origin(Request("http://evil.example"))


@pytest.fixture
def served(coach_home: Path):  # type: ignore[no-untyped-def]
    port = free_port()
    coach_home.mkdir(parents=True, exist_ok=True, mode=0o700)
    log = open(coach_home / "serve.log", "wb")  # noqa: SIM115 - the server's whole life
    process = subprocess.Popen(
        [sys.executable, "-m", "coach", "serve", "--port", str(port), "--token", TOKEN],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=dict(os.environ),
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/static/js/textual.js", 60, "coach serve", process)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def test_the_page_needs_the_token(served: int) -> None:
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"http://127.0.0.1:{served}/")
    assert refused.value.code == 401
    with urllib.request.urlopen(f"http://127.0.0.1:{served}/?token={TOKEN}") as page:
        assert page.status == 200 and "coach_token=" in page.headers.get("Set-Cookie", "")


def test_the_app_in_headless_chromium_renders_and_routes(served: int, tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    shown: list[str] = []

    def seen() -> str:
        """What the app drew, without its escape codes (styles split the text)."""
        return re.sub(r"\x1b\[[0-9;?$]*[A-Za-z]|\x1b\][^\x07]*\x07", "", "".join(shown))

    def wait_for(*texts: str, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not any(text in seen() for text in texts):
            if time.monotonic() > deadline:
                raise AssertionError(f"the page never showed {texts!r}; it showed {seen()[-600:]!r}")
            page.wait_for_timeout(100)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            asked: list[str] = []
            page.on("request", lambda request: asked.append(request.url))
            page.on(
                "websocket",
                lambda socket: socket.on(
                    "framereceived",
                    lambda frame: shown.append(frame if isinstance(frame, str) else frame.decode("utf-8", "replace")),
                ),
            )
            page.goto(f"http://127.0.0.1:{served}/?token={TOKEN}")
            if page.is_visible("#start"):  # textual-serve shows a Start button when asked to wait
                page.click("#start")
            wait_for("Prepare a performance conversation")
            page.wait_for_timeout(500)
            page.focus(".xterm-helper-textarea")  # the terminal's keyboard
            page.keyboard.type("My report keeps missing deadlines and gets defensive when I bring it up")
            page.keyboard.press("Enter")
            wait_for("Suggested:", "Not sure which fits")
            page.wait_for_timeout(800)
            page.screenshot(path=os.environ.get("COACH_SERVE_SCREENSHOT") or str(tmp_path / "serve.png"))
        finally:
            browser.close()
    assert "Manager-led coaching" in seen() or "Progress update" in seen()
    assert all(url.startswith(("http://127.0.0.1", "ws://127.0.0.1")) for url in asked), "nothing from other sites"
