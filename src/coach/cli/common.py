"""What every command shares: the `Coach` facade, JSON and table output, reading a file or
standard input, and the parser class that takes options between a command's words."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.app.coach import Coach


def make_coach() -> Coach:
    from coach.app.coach import Coach
    from coach.core.config import load_settings

    return Coach(load_settings())


def print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


class CommandParser(argparse.ArgumentParser):
    """A command's parser that takes options between its words, as people type them:
    `coach notes add --person Sam "text"` (plain argparse stops at the option)."""

    _parsing = False

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def,override]
        if self._parsing:  # the intermixed parse calls back in here
            return super().parse_known_args(args, namespace)
        self._parsing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._parsing = False


