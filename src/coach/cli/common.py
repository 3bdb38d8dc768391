"""What every command shares: the `Coach` facade, JSON and table output, reading a file or
standard input, and the parser class that takes options between a command's words."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.core.errors import UsageError

if TYPE_CHECKING:
    from coach.app.coach import Coach


def make_coach() -> Coach:
    from coach.app.coach import Coach
    from coach.core.config import load_settings

    coach = Coach(load_settings())
    if warning := coach.privacy_warning():
        print(f"coach: warning: {warning}", file=sys.stderr)
    return coach


def print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def print_data(data: object, as_json: bool, lines: list[str]) -> int:
    """Data as JSON (dataclasses included), or the given lines for people."""
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False, default=lambda o: asdict(o)))
    else:
        print("\n".join(lines))
    return 0


MAX_INPUT_BYTES = 20 * 1024 * 1024


def read_source(source: str) -> tuple[bytes, str]:
    if source == "-":
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1), "standard input"
    path = Path(source).expanduser()
    if not path.exists():
        raise UsageError(f"{source} does not exist")
    if path.is_dir():
        raise UsageError(f"{source} is a folder; give one file of notes or a transcript")
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_INPUT_BYTES + 1), source
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror}") from None


MAX_ID = 2**63 - 1
"""SQLite's largest integer: an id past it cannot exist."""
MAX_LIMIT = 10_000


def record_id(text: str) -> int:
    """An argparse type: a positive id that SQLite can hold."""
    value = _whole_number(text, "id")
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text} is not an id (ids are whole numbers from 1)")
    return value


def limit(text: str) -> int:
    """An argparse type: how many rows to show, 1 to 10,000."""
    value = _whole_number(text, "number")
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"{text} is out of range: give 1 to {MAX_LIMIT:,}")
    return value


def finite(text: str) -> float:
    """An argparse type: an ordinary number (not inf or nan)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"{text} is not a finite number")
    return value


def _whole_number(text: str, what: str) -> int:
    cleaned = text.strip()
    if not cleaned.lstrip("-").isdigit() or len(cleaned) > 30:
        raise argparse.ArgumentTypeError(f"{text[:40]} is not a whole {what}")
    return int(cleaned)


class CommandParser(argparse.ArgumentParser):
    """A command's parser that takes options between its words, as people type them:
    `coach notes add --person Sam "text"` (plain argparse stops at the option). Every
    command takes `-m/--model` (the model for this run, as COACH_MODEL)."""

    _parsing = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.add_argument(
            "-m", "--model", dest="model_override", default=argparse.SUPPRESS, help="the model to use for this run"
        )

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._parsing:  # the intermixed parse calls back in here
            return super().parse_known_args(args, namespace)
        self._parsing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._parsing = False
