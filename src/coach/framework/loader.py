"""Load and validate the conversation files; every problem is one line, never a traceback."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from coach.errors import CoachError, KnowledgeError, UsageError
from coach.framework.models import Conversation, Role
from coach.resources import bundled_dir

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


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the current folder when inside it."""
    try:
        return os.path.relpath(path) if path.resolve().is_relative_to(Path.cwd()) else str(path)
    except (OSError, ValueError):
        return str(path)


def format_validation_error(exc: ValidationError) -> str:
    """`questions[2].text: field required` from pydantic's first error."""
    first = exc.errors()[0]
    loc = ""
    for part in first["loc"]:
        loc += f"[{part}]" if isinstance(part, int) else (f".{part}" if loc else str(part))
    message = str(first["msg"]).removeprefix("Value error, ")
    if not loc and ": " in message:  # model-level checks already name their field
        return message
    message = message[:1].lower() + message[1:]
    return f"{loc}: {message}" if loc else message


def load_yaml_model(path: Path, model: type[Model], error: type[CoachError] = KnowledgeError) -> Model:
    """A YAML file validated by `model`; any problem raises `error` with one line naming the file."""
    where = display_path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise error(f"{where}: not UTF-8 text") from None
    except OSError as exc:
        raise error(f"{where}: cannot read: {exc.strerror}") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or "unreadable"
        raise error(f"{where}: {line}invalid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise error(f"{where}: expected a mapping of fields, found {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise error(f"{where}: {format_validation_error(exc)}") from None


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

    def __iter__(self) -> Iterable[Conversation]:  # type: ignore[override]
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
