"""What every data file's model is built from: the strict base model and the constrained
strings (`knowledge/`, personas, vocabularies, eval cases)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
"""A lower-case id with hyphens: `progress-update`, `defensive-behind`."""
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
"""Stripped, non-empty text from a data file."""


class StrictModel(BaseModel):
    """A data-file model: unknown fields are an error, never silently ignored."""

    model_config = ConfigDict(extra="forbid")
