"""How far a confidence is from how often it is right: the expected calibration error, used
to report routing's calibration (evals) and to pick its temperature (training), and its
one-sided part, the overconfidence, which the routing eval holds to a threshold."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

CALIBRATION_BINS = (0.0, 0.5, 0.7, 0.9, 0.99, 1.01)


def _bins(predictions: Sequence[tuple[float, bool]]) -> Iterator[tuple[float, float, float]]:
    """Per non-empty confidence bin: its share of the predictions, mean confidence and share right."""
    for low, high in itertools.pairwise(CALIBRATION_BINS):
        inside = [(c, ok) for c, ok in predictions if low <= c < high]
        if inside:
            confidence = sum(c for c, _ in inside) / len(inside)
            accuracy = sum(ok for _, ok in inside) / len(inside)
            yield len(inside) / len(predictions), confidence, accuracy


def calibration_error(predictions: Sequence[tuple[float, bool]]) -> float:
    """Expected calibration error: over confidence bins, the gap between the mean confidence
    and the share right, weighted by the bin's size. 0 when "0.8" means right 8 times in 10."""
    return sum(weight * abs(confidence - accuracy) for weight, confidence, accuracy in _bins(predictions))


def overconfidence(predictions: Sequence[tuple[float, bool]]) -> float:
    """The part of the calibration error where confidence runs above how often it is right: a
    "0.9" right 6 times in 10 counts, a "0.6" right 9 times in 10 does not. Too sure, coach
    suggests a wrong conversation without asking; too unsure, it only asks once too often."""
    return sum(weight * max(confidence - accuracy, 0.0) for weight, confidence, accuracy in _bins(predictions))
