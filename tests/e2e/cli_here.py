"""`coach …` run in the test's own process: the CLI's own `main`, its real parser and output,
over real HTTP to the scripted server. `tests/e2e/test_cli.py` runs the installed command in
processes of their own; a process per call elsewhere cost about a second of CPU each, to import
coach again, and the suite has a time budget."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout


def coach_here(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """As `subprocess.run(["coach", *args], input=stdin, env={**os.environ, **env})` would
    answer: the exit code, stdout and stderr."""
    from coach.cli import main

    out, err, before = io.StringIO(), io.StringIO(), {name: os.environ.get(name) for name in env}
    saved_stdin = sys.stdin
    os.environ.update(env)
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode()))
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(list(args))
    finally:
        sys.stdin = saved_stdin
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())
