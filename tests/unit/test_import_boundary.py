"""The core (framework, routing, engine, store, services, CLI) imports without Textual,
and importing coach creates nothing on disk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE = [
    "coach.core.config",
    "coach.framework.loader",
    "coach.routing.router",
    "coach.engine.guide",
    "coach.engine.brief",
    "coach.store.sessions",
    "coach.app.coach",
    "coach.evals.routing",
    "coach.cli",
]


def test_core_imports_without_textual() -> None:
    code = (
        "import sys\n"
        f"for name in {CORE!r}: __import__(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_nothing_is_created_at_import(coach_home: Path) -> None:
    code = "import coach.tui.app, coach.app.coach, coach.cli, coach.core.config; import coach.llm.embeddings"
    subprocess.run([sys.executable, "-c", code], check=True)
    assert not coach_home.exists()


def test_outside_network_is_blocked_for_the_whole_suite() -> None:
    import socket

    import pytest

    with socket.socket() as sock, pytest.raises(RuntimeError, match="outside network"):
        sock.connect(("10.255.255.1", 80))


def test_building_the_cli_parser_imports_nothing_heavy() -> None:
    """`coach --help` stays fast: the parser is built without config, services or evals."""
    import subprocess
    import sys

    code = (
        "import sys, coach.cli as c; c.build_parser(); "
        "print(sorted(m for m in ('coach.core.config', 'coach.app.coach', 'coach.evals.runner', 'pydantic', 'yaml', 'textual') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
