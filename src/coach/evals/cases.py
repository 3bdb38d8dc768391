"""Reading eval case files: YAML validated by a pydantic model, one-line errors."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from coach.core.errors import UsageError
from coach.core.yamlfiles import load_yaml_model

Suite = TypeVar("Suite", bound=BaseModel)


def load_case_file(path: Path, model: type[Suite]) -> Suite:
    return load_yaml_model(path, model, UsageError)
