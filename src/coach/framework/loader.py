"""Load and validate the conversation files; every problem is one line, never a traceback."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from coach.core.errors import KnowledgeError, UsageError
from coach.core.resources import bundled_dir
from coach.core.types import Role
from coach.core.yamlfiles import display_path, load_yaml_model
from coach.framework.models import Conversation

Model = TypeVar("Model", bound=BaseModel)

CONVERSATION_IDS = (
    "goal-planning",
    "progress-update",
    "coaching",
    "upward-feedback",
    "career-growth",
    "manager-prep",
    "self-reflection",
)


def bundled_knowledge_dir() -> Path:
    """The shipped `knowledge/`: inside the wheel, or at the top of a source checkout."""
    return bundled_dir("knowledge")


def load_conversation_file(path: Path) -> Conversation:
    conversation = load_yaml_model(path, Conversation)
    if conversation.id != path.stem:
        raise KnowledgeError(f"{display_path(path)}: id '{conversation.id}' must match the file name '{path.stem}'")
    return conversation


def conversation_files(folder: Path) -> list[Path]:
    conversations = folder / "conversations"
    if not conversations.is_dir():
        return []
    return sorted([*conversations.glob("*.yaml"), *conversations.glob("*.yml")])


@dataclass
class Framework:
    """All conversations, the bundled ones overridden or extended by the user's."""

    conversations: dict[str, Conversation]
    sources: dict[str, Path] = field(default_factory=dict)

    def get(self, conversation_id: str) -> Conversation:
        try:
            return self.conversations[conversation_id]
        except KeyError:
            known = ", ".join(self.conversations)
            raise UsageError(f"unknown conversation '{conversation_id}'; known: {known}") from None

    def for_role(self, role: Role) -> list[Conversation]:
        return [c for c in self.conversations.values() if role in c.roles]

    def __iter__(self) -> Iterator[Conversation]:
        return iter(self.conversations.values())

    def __len__(self) -> int:
        return len(self.conversations)


def load_framework(folders: Sequence[Path]) -> Framework:
    """Load every conversation file of `folders`, later folders overriding earlier ones by id."""
    conversations: dict[str, Conversation] = {}
    sources: dict[str, Path] = {}
    for folder in folders:
        for path in conversation_files(folder):
            conversation = load_conversation_file(path)
            conversations[conversation.id] = conversation
            sources[conversation.id] = path
    if not conversations:
        raise KnowledgeError("no conversation files found in " + ", ".join(map(str, folders)))
    order = {cid: index for index, cid in enumerate(CONVERSATION_IDS)}
    ordered = sorted(conversations, key=lambda cid: (order.get(cid, len(order)), cid))
    return Framework({cid: conversations[cid] for cid in ordered}, sources)
