"""Shared fixtures: a temporary COACH_HOME for every test and no outside network."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
collect_ignore = [] if os.environ.get("COACH_TEST_MODEL") else ["model"]
"""tests/model/ serves a real small model: only `make test-model` runs it."""


def _is_local(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) else address
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True, scope="session")
def _block_outside_network() -> Iterator[None]:
    """Any connection to a non-loopback address fails the test that makes it."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: object) -> object:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address):
            raise RuntimeError(f"test tried to reach the outside network: {address!r}")
        return real_connect(self, address)  # type: ignore[arg-type]

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address):
            raise RuntimeError(f"test tried to reach the outside network: {address!r}")
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    socket.socket.connect = guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign]
    yield
    socket.socket.connect = real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = real_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def coach_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own empty COACH_HOME and no stray COACH_/OPENAI_ settings."""
    import os

    for name in list(os.environ):
        if name.startswith(("COACH_", "OPENAI_")):
            monkeypatch.delenv(name)
    home = tmp_path / "coach-home"
    monkeypatch.setenv("COACH_HOME", str(home))
    # coach narrows the umask of its own process (core/privacy.py); a test that makes the
    # home itself gets the same, whichever test ran before it in this worker
    previous = os.umask(0o077)
    yield home
    os.umask(previous)


_METRICS: list[str] = []
TIERS = ("unit", "e2e", "tui", "model")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each test's tier is the folder it lives in (see [tool.pytest.ini_options] markers)."""
    for item in items:
        tier = Path(str(item.fspath)).relative_to(REPO / "tests").parts[0]
        if tier in TIERS:
            item.add_marker(getattr(pytest.mark, tier))


@pytest.fixture
def report_metric(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Record a line (an eval figure) to print in the summary of every test run. It travels
    with the test's report, so it reaches the summary from pytest-xdist workers too."""
    return lambda line: request.node.user_properties.append(("coach-metric", line))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call":
        _METRICS.extend(value for key, value in report.user_properties if key == "coach-metric")


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if _METRICS:
        terminalreporter.section("coach metrics")
        for line in sorted(_METRICS):
            terminalreporter.write_line(line)


@pytest.fixture
def scripted() -> Iterator[object]:
    """A scripted OpenAI-compatible server on a free loopback port, for one test."""
    from coach.testing.scripted_server import ScriptedServer

    with ScriptedServer() as server:
        yield server


@pytest.fixture
async def llm_service(llm_env):  # type: ignore[no-untyped-def]
    """A Coach configured for the scripted server (its client closed afterwards)."""
    from coach.app.coach import Coach
    from coach.core.config import load_settings

    service = Coach(load_settings())
    yield service
    await service.aclose()


@pytest.fixture
def llm_env(scripted, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Point coach at the scripted server, exactly as a user would with COACH_BASE_URL."""
    monkeypatch.setenv("COACH_BASE_URL", scripted.base_url)
    monkeypatch.setenv("COACH_MODEL", "scripted-model")
    monkeypatch.setenv("COACH_LLM__MAX_RETRIES", "1")
    monkeypatch.setenv("COACH_LLM__TIMEOUT", "5")
    return scripted


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, seconds: float, what: str, process: object = None, log: str = "") -> None:
    """Until `url` answers; a RuntimeError naming `what` if `process` exits or time runs out."""
    import time
    import urllib.request

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        code = getattr(process, "poll", lambda: None)()
        if code is not None:
            raise RuntimeError(f"{what} exited ({code}){log}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not start within {seconds:g} s{log}")


class ChromaServer:
    """A real Chroma server (`chroma run`) on a free loopback port, restartable on the same
    port and data folder to test an outage and the recovery."""

    def __init__(self, path: Path) -> None:
        import shutil
        import sys

        self.path = path
        self.port = _free_port()
        self.exe = (
            str(Path(sys.executable).with_name("chroma"))
            if Path(sys.executable).with_name("chroma").exists()
            else shutil.which("chroma")
        )
        self.process = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        import os
        import subprocess

        if not self.exe:
            pytest.skip("the chroma command is not installed")
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
        self.process = subprocess.Popen(
            [self.exe, "run", "--path", str(self.path), "--port", str(self.port), "--host", "127.0.0.1"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        wait_until_up(f"{self.url}/api/v2/heartbeat", 30, "the Chroma server")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server"))
    server.start()
    yield server
    server.stop()
