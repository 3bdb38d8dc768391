"""YAML files read into validated pydantic models; every problem is one line naming the file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from coach.core.errors import CoachError, KnowledgeError

Model = TypeVar("Model", bound=BaseModel)


_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it: the same documents, several times faster."""


def parse_yaml(text: str) -> Any:
    """`yaml.safe_load`, through libyaml when it is there (the eval cases are megabytes)."""
    return yaml.load(text, Loader=_LOADER)


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
        data = parse_yaml(raw)
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
