"""The `coach` command. Each command group is a module of this package with a
`register(subparsers)` function, listed once in `COMMAND_GROUPS` (the one seam where a new
command is added). Imports stay inside the commands, so `coach --help` is instant."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import TextIO

from coach import __version__
from coach.cli.common import CommandParser
from coach.core.errors import CoachError
from coach.core.terminal import CleanStream, clean

COMMAND_GROUPS = ("sessions", "advice", "memory", "summary", "rehearsal", "eval", "setup", "serve")
"""Modules of `coach.cli`, in the order their commands are listed by `coach --help`."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach",
        description="A terminal coaching assistant for performance conversations. Run with no command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"coach {__version__}")
    parser.add_argument(
        "-m", "--model", dest="model_override", default=argparse.SUPPRESS, help="the model to use for this run"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    for group in COMMAND_GROUPS:
        importlib.import_module(f"coach.cli.{group}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Every command's output goes through the terminal sanitiser (people's text may carry
    escape sequences); the app itself draws through Textual, with the real streams."""
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanStream(streams[0]), CleanStream(streams[1])
    try:
        return _run(argv, streams)
    finally:
        sys.stdout, sys.stderr = streams


def _run(argv: Sequence[str] | None, streams: tuple[TextIO, TextIO]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if model := getattr(args, "model_override", None):
        import os

        os.environ["COACH_MODEL"] = model  # read with every other setting, wherever settings load
    func = getattr(args, "func", None)
    if func is None:
        from coach.cli.sessions import cmd_app

        func, args.draws_the_app = cmd_app, True
    if getattr(args, "draws_the_app", False):
        sys.stdout, sys.stderr = streams
    try:
        return int(func(args))
    except CoachError as exc:
        print(f"coach: {clean(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
