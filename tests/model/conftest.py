"""`make test-model`: a real small model (Qwen2.5-Coder 0.5B Instruct, Q4_K_M) served by
llama-cpp-python on 127.0.0.1 from the GGUF that scripts/model-env.sh joins from its wheels.
Collected only when COACH_TEST_MODEL is set (tests/conftest.py); `make test` stays offline."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, _free_port, wait_until_up

CONTEXT = 4096
"""The context the server is started with: what a user running a small model on a laptop
would set (llama-cpp-python's default of 2,048 is exercised by the scripted server)."""


class ModelServer:
    def __init__(self, gguf: Path, python: Path) -> None:
        self.port = _free_port()
        self.gguf = gguf
        self.python = python
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> None:
        log = open(REPO / ".model" / "server.log", "wb")  # noqa: SIM115 - the server's whole life
        self.process = subprocess.Popen(
            [
                str(self.python),
                "-m",
                "llama_cpp.server",
                "--model",
                str(self.gguf),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--n_ctx",
                str(CONTEXT),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_until_up(f"{self.base_url}/models", 180, "the model server", self.process, "; see .model/server.log")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)


@pytest.fixture(scope="session")
def model_server() -> Iterator[ModelServer]:
    gguf = Path(os.environ.get("COACH_TEST_GGUF", REPO / ".model" / "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"))
    python = REPO / ".model" / "venv" / "bin" / "python"
    if not gguf.exists() or not python.exists():
        pytest.fail("no model: run `make test-model` (scripts/model-env.sh sets it up once)")
    server = ModelServer(gguf, python)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def model_env(model_server: ModelServer, monkeypatch: pytest.MonkeyPatch) -> ModelServer:
    """coach pointed at the real model exactly as a user would: the llama-cpp-python preset."""
    monkeypatch.setenv("COACH_PROVIDER", "llama-cpp-python")
    monkeypatch.setenv("COACH_BASE_URL", model_server.base_url)
    monkeypatch.setenv("COACH_LLM__TIMEOUT", "120")
    monkeypatch.setenv("COACH_LLM__DEADLINE", "300")
    return model_server
