"""The advice base: short, curated answers to the hard moments of performance conversations
(`knowledge/advice/*.yaml`), in the project's own words, each with a title a user reads and,
where the idea comes from a published source, its attribution."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import Field

from coach.core.datamodels import Slug, StrictModel, Text
from coach.core.errors import KnowledgeError
from coach.core.types import Role
from coach.core.yamlfiles import display_path, load_yaml_model
from coach.framework.models import Reaction

OWN_WORDS = "coach"
"""The `source` of an entry written from the project's own experience."""


class AdviceEntry(StrictModel):
    id: Slug
    """Internal: used to override an entry, never shown."""
    title: Text
    text: Text
    roles: list[Role] = Field(min_length=1)
    """Who the entry is written for."""
    conversation: Slug | None = None
    """The conversation it belongs to; none when it applies to any."""
    reaction: Reaction | None = None
    source: Text = OWN_WORDS

    @property
    def document(self) -> str:
        """What search matches: the title and the text."""
        return f"{self.title}. {' '.join(self.text.split())}"

    @property
    def attribution(self) -> str:
        return "coach's advice base" if self.source == OWN_WORDS else self.source


class AdviceFile(StrictModel):
    entries: list[AdviceEntry] = Field(min_length=1)


def advice_files(folder: Path) -> list[Path]:
    advice = folder / "advice"
    return sorted([*advice.glob("*.yaml"), *advice.glob("*.yml")]) if advice.is_dir() else []


def load_advice(folders: Sequence[Path]) -> list[AdviceEntry]:
    """Every entry of `folders`, a later folder's entry replacing an earlier one with its id;
    the same id twice in one folder is an error (one of them would silently vanish)."""
    entries: dict[str, AdviceEntry] = {}
    for folder in folders:
        seen: dict[str, Path] = {}
        for path in advice_files(folder):
            for entry in load_yaml_model(path, AdviceFile).entries:
                if entry.id in seen:
                    raise KnowledgeError(
                        f"{display_path(path)}: advice id '{entry.id}' is also used in {display_path(seen[entry.id])}"
                    )
                seen[entry.id] = path
                entries[entry.id] = entry
    return list(entries.values())
