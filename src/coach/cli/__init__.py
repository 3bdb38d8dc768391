"""The `coach` command. Each command group is a module of this package with a
`register(subparsers)` function, listed once in `COMMAND_GROUPS` (the one seam where a new
command is added). Imports stay inside the commands, so `coach --help` is instant."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from coach import __version__
from coach.cli.common import CommandParser
from coach.core.errors import CoachError

COMMAND_GROUPS = ("sessions", "memory", "summary", "rehearsal", "eval", "setup")
"""Modules of `coach.cli`, in the order their commands are listed by `coach --help`."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach",
        description="A terminal coaching assistant for performance conversations. Run with no command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"coach {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    for group in COMMAND_GROUPS:
        importlib.import_module(f"coach.cli.{group}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        from coach.cli.sessions import cmd_app

        func = cmd_app
    try:
        return func(args)
    except CoachError as exc:
        print(f"coach: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
