"""Where the data shipped with coach lives: inside the wheel, or at the top of a checkout."""

from __future__ import annotations

from pathlib import Path

from coach.core.errors import CoachError


def bundled_dir(name: str) -> Path:
    """`knowledge` or `prompts`: the wheel's copy (coach/_bundled/NAME), else the checkout's."""
    package_root = Path(__file__).resolve().parent.parent  # src/coach, from src/coach/core
    installed = package_root / "_bundled" / name
    if installed.is_dir():
        return installed
    checkout = package_root.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise CoachError(f"the bundled {name} folder is missing (looked in {installed})")
