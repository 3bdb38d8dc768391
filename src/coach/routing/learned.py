"""A routing model learned from labelled situations (`knowledge/routing-model.json`).

A multinomial logistic regression over what the router already computes for a situation:
its wordllama embedding, its similarity and BM25 scores against each conversation, and the
role. It is trained by `evals/train_router.py` on the synthetic cases, the conversations'
example situations and the real dev set (never a held-out file), and its temperature is
fitted on cross-validated predictions so that its probabilities can be read as
confidence. The router uses it only when it was trained for the same embedder and the
same conversations; otherwise it falls back to the hand-weighted scores.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from pydantic import Field, ValidationError, model_validator

from coach.core.datamodels import Slug, StrictModel
from coach.core.errors import KnowledgeError
from coach.core.yamlfiles import display_path, format_validation_error

MODEL_FILE = "routing-model.json"
FEATURES_VERSION = 2
"""The features `Router.features` computes; a model trained on others is not used.
2: the scores of what the writer asks for, and situations read without their wrapping."""
ROLE_FEATURES = ("manager", "contributor", None)


class RoutingModel(StrictModel):
    version: int = Field(ge=1)
    """The `FEATURES_VERSION` the model was trained on."""
    embedder: str
    """`<name>/<model>` of the embedder whose vectors the weights were fitted on."""
    conversations: list[Slug] = Field(min_length=2)
    mean: list[float]
    scale: list[float]
    weights: list[list[float]]
    """One row per feature, one column per conversation."""
    bias: list[float]
    temperature: float = Field(gt=0)
    trained_on: dict[str, int] = Field(default_factory=dict)
    """Examples per source, for the record."""
    cross_validated_accuracy: float | None = None

    @model_validator(mode="after")
    def _shapes(self) -> RoutingModel:
        features, classes = len(self.mean), len(self.conversations)
        if len(self.scale) != features or len(self.weights) != features:
            raise ValueError(f"mean, scale and weights must all have {features} rows")
        if any(len(row) != classes for row in self.weights) or len(self.bias) != classes:
            raise ValueError(f"weights and bias need one column per conversation ({classes})")
        if len(set(self.conversations)) != classes:
            raise ValueError("conversations are listed twice")
        return self

    def logits(self, features: np.ndarray) -> np.ndarray:
        mean, scale = np.asarray(self.mean), np.asarray(self.scale)
        return ((features - mean) / scale) @ np.asarray(self.weights) + np.asarray(self.bias)

    def probabilities(self, features: np.ndarray, allowed: Sequence[str]) -> dict[str, float]:
        """Calibrated probabilities over the `allowed` conversations (the role's)."""
        logits = self.logits(features) / self.temperature
        index = [self.conversations.index(c) for c in allowed]
        chosen = logits[index]
        weights = np.exp(chosen - chosen.max())
        return {c: float(w) for c, w in zip(allowed, weights / weights.sum(), strict=True)}


def role_features(role: str | None) -> np.ndarray:
    return np.array([float(role == r) for r in ROLE_FEATURES])


def load_routing_model(dirs: Sequence[Path]) -> RoutingModel | None:
    """The last `routing-model.json` found in `dirs` (the user's replaces the bundled one)."""
    found = [d / MODEL_FILE for d in dirs if (d / MODEL_FILE).is_file()]
    if not found:
        return None
    path = found[-1]
    where = display_path(path)
    try:
        return RoutingModel.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{where}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise KnowledgeError(f"{where}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except ValidationError as exc:
        raise KnowledgeError(f"{where}: {format_validation_error(exc)}") from None
