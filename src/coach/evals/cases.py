"""Reading eval case files: YAML validated by a pydantic model, one-line errors."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from coach.errors import UsageError
from coach.framework.loader import format_validation_error

Suite = TypeVar("Suite", bound=BaseModel)


def load_case_file(path: Path, model: type[Suite]) -> Suite:
    try:
        return model.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: cannot read the cases: {str(exc).splitlines()[0]}") from None
    except ValidationError as exc:
        raise UsageError(f"{path}: {format_validation_error(exc)}") from None
