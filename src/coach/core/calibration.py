"""How far a confidence is from how often it is right: the expected calibration error, used
to report routing's calibration (evals) and to pick its temperature (training)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

CALIBRATION_BINS = (0.0, 0.5, 0.7, 0.9, 0.99, 1.01)


def calibration_error(predictions: Sequence[tuple[float, bool]]) -> float:
    """Expected calibration error: over confidence bins, the gap between the mean confidence
    and the share right, weighted by the bin's size. 0 when "0.8" means right 8 times in 10."""
    total = len(predictions)
    error = 0.0
    for low, high in itertools.pairwise(CALIBRATION_BINS):
        inside = [(c, ok) for c, ok in predictions if low <= c < high]
        if inside:
            confidence = sum(c for c, _ in inside) / len(inside)
            accuracy = sum(ok for _, ok in inside) / len(inside)
            error += len(inside) / total * abs(confidence - accuracy)
    return error
