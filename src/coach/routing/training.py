"""Fitting the learned routing model (`evals/train_router.py` drives it).

Multinomial logistic regression with L2, fitted by Adam on standardised features;
an example that accepts several conversations spreads its target over them. The
temperature is fitted on predictions for examples the model did not see (k-fold on
the real dev set, over several splits pooled), so that a 0.6 means right about six times in ten.

Real posts and letters tell more than the situation: where the writer works, for how long,
how big the team is. Such sentences pull the embedding toward the generic middle, so every
example is also learned once told with a sentence or two of background (in cross-validation
only the training folds' examples, never the fold being predicted).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from coach.core.calibration import calibration_error
from coach.core.types import Role
from coach.routing.learned import FEATURES_VERSION, RoutingModel
from coach.routing.router import Router, infer_role

L2 = 0.1
"""On the scores (similarity, BM25, role). Chosen in cross-validation on the real dev set among
the strengths whose model also reads the hand-written intent checks right
(tests/unit/test_routing_intent.py). With features version 2 and the background examples:
0.1 fits best (0.786 on the shipped fold split, 0.764 mean over six splits) against 0.03
(0.776, 0.762), both keep every check; 0.3 fits worse (0.757 mean). All within the noise of
110 cases."""
L2_EMBEDDING = 0.3
"""On the 256 dimensions of the situation's embedding, where a model of a few hundred examples
learns the wording of its examples more than their intent. With the 131 dev cases of stop 35,
one strength for all (0.1) read "one of my best people has been slipping on deadlines" as a
progress update, the embedding outweighing the words; 0.3 there and 0.1 on the scores keeps
every intent check at the same cross-validated accuracy (0.758, five pooled splits), as does
0.2 (0.756); 0.5 fits worse (0.741)."""
STEPS = 800
LEARNING_RATE = 0.1
FOLDS = 5
TOLD = 3
"""Each example is also learned this many times told with background, each a different draw: with
one draw the model leant on which sentences chance had put beside which example."""
REPEATS = 5
"""Cross-validation is repeated over this many fold splits and their predictions pooled: on
one split of 122 cases the chosen temperature ranged from 0.7 to 0.95 with the seed."""
NLL_TIE = 0.005
"""Losses this close are as good as each other (0.636 and 0.640 on 110 cases)."""
TEMPERATURES = tuple(round(0.25 + 0.05 * i, 2) for i in range(56))  # 0.25 .. 3.0
BACKGROUND = (
    "Some background: I'm in my thirties and work in logistics.",
    "Our company has about 200 employees across three offices.",
    "I've been in this industry for almost ten years now.",
    "I'm a nurse at a regional hospital.",
    "We are a small startup of 15 people, fully remote.",
    "I joined this firm right out of college four years ago.",
    "For context, I work in finance at a large bank in London.",
    "My team is six engineers and a designer.",
    "I'm based in Toronto and work hybrid, three days in the office.",
    "The company was acquired last year and a lot has changed.",
    "I'm 28 and this is my second job.",
    "We sell software to hospitals.",
    "I work in retail management at a store with about 30 staff.",
    "Our department got reorganised in the spring.",
)
"""Sentences of context that say nothing about the conversation wanted (the project's own)."""


@dataclass(frozen=True)
class Example:
    situation: str
    role: Role | None
    expect: tuple[str, ...]
    source: str
    held: bool = False
    """Part of the set cross-validated for the temperature and the reported accuracy."""


@dataclass(frozen=True)
class Fitted:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: np.ndarray

    def logits(self, features: np.ndarray) -> np.ndarray:
        return ((features - self.mean) / self.scale) @ self.weights + self.bias


def with_background(situation: str, rng: random.Random) -> str:
    """`situation` told with a sentence or two of background around it, as real posts are."""
    parts = [situation]
    if rng.random() < 0.7:
        parts.insert(0, rng.choice(BACKGROUND))
    if len(parts) == 1 or rng.random() < 0.3:
        parts.append(rng.choice(BACKGROUND))
    return " ".join(parts)


def targets(examples: Sequence[Example], conversations: Sequence[str]) -> np.ndarray:
    index = {c: i for i, c in enumerate(conversations)}
    y = np.zeros((len(examples), len(conversations)))
    for row, example in enumerate(examples):
        accepted = [index[c] for c in example.expect if c in index]
        y[row, accepted] = 1.0 / len(accepted)
    return y


def penalties(width: int, embedding_width: int) -> np.ndarray:
    """The L2 strength per feature: `L2_EMBEDDING` on the embedding (the first columns), `L2` on the rest."""
    strength = np.full(width, L2)
    strength[:embedding_width] = L2_EMBEDDING
    return strength


def fit(features: np.ndarray, y: np.ndarray, l2: float | np.ndarray = L2) -> Fitted:
    mean = features.mean(axis=0)
    scale = features.std(axis=0) + 1e-6
    z = (features - mean) / scale
    per_feature = np.broadcast_to(np.asarray(l2, dtype=float), (z.shape[1],))[:, None]
    weights = np.zeros((z.shape[1], y.shape[1]))
    bias = np.zeros(y.shape[1])
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros_like(bias), np.zeros_like(bias)]
    for step in range(1, STEPS + 1):
        probabilities = _softmax(z @ weights + bias)
        error = (probabilities - y) / len(z)
        for k, (param, grad) in enumerate(((weights, z.T @ error + per_feature * weights), (bias, error.sum(axis=0)))):
            first, second = moments[2 * k], moments[2 * k + 1]
            first *= 0.9
            first += 0.1 * grad
            second *= 0.999
            second += 0.001 * grad * grad
            param -= LEARNING_RATE * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    return Fitted(mean, scale, weights, bias)


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def masked_probabilities(logits: np.ndarray, allowed: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    return _softmax(np.where(allowed, logits / temperature, -1e9))


def best_temperature(logits: np.ndarray, y: np.ndarray, allowed: np.ndarray) -> float:
    """The temperature with the lowest negative log-likelihood of the accepted answers; where
    several are as good (within `NLL_TIE`, the loss is flat around its best), the one whose
    confidences are closest to how often they are right (expected calibration error)."""

    def loss(t: float) -> float:
        probabilities = masked_probabilities(logits, allowed, t)
        return float(-np.log(np.maximum((probabilities * (y > 0)).sum(axis=1), 1e-12)).mean())

    def gap(t: float) -> float:
        probabilities = masked_probabilities(logits, allowed, t)
        chosen = probabilities.argmax(axis=1)
        right = y[np.arange(len(y)), chosen] > 0
        return calibration_error(list(zip(probabilities.max(axis=1).tolist(), right.tolist(), strict=True)))

    losses = {t: loss(t) for t in TEMPERATURES}
    best = min(losses.values())
    return min((t for t, value in losses.items() if value <= best + NLL_TIE), key=gap)


def train(
    router: Router, examples: Sequence[Example], seed: int = 0, known: tuple[float, float] | None = None
) -> tuple[RoutingModel, dict[str, float]]:
    """The model for `router`'s embedder and conversations, and the cross-validated figures
    on the `held` examples (accuracy before and after calibration).

    `known` is a (temperature, cross-validated accuracy) pair from an earlier training on
    the same examples: the cross-validation that finds them (most of the time) is skipped."""
    conversations = router.conversation_ids
    roles = [e.role or infer_role(e.situation) for e in examples]  # as `Router.route` sees them
    features = np.array([router.features(e.situation, role) for e, role in zip(examples, roles, strict=True)])
    strength = penalties(features.shape[1], router.embedding_width(features.shape[1]))
    rng = random.Random(seed)
    told = [
        np.array([router.features(with_background(e.situation, rng), r) for e, r in zip(examples, roles, strict=True)])
        for _ in range(TOLD)
    ]
    y = targets(examples, conversations)
    allowed = np.array(
        [
            [c in router.allowed(role, e.situation) for c in conversations]
            for e, role in zip(examples, roles, strict=True)
        ]
    )
    if known is None:
        temperature, accuracy = _cross_validate(features, told, y, allowed, [e.held for e in examples], strength, seed)
    else:
        temperature, accuracy = known
    final = fit(np.vstack([features, *told]), np.vstack([y] * (1 + TOLD)), strength)
    embedder = router.embedder_identity
    assert embedder is not None
    sources: dict[str, int] = {}
    for e in examples:
        sources[e.source] = sources.get(e.source, 0) + 1
    model = RoutingModel(
        version=FEATURES_VERSION,
        embedder=embedder,
        conversations=list(conversations),
        mean=_rounded(final.mean),
        scale=_rounded(final.scale),
        weights=[_rounded(row) for row in final.weights],
        bias=_rounded(final.bias),
        temperature=temperature,
        trained_on=sources,
        cross_validated_accuracy=round(accuracy, 4),
    )
    return model, {"cross_validated_accuracy": accuracy, "temperature": temperature}


def _cross_validate(
    features: np.ndarray,
    told: list[np.ndarray],
    y: np.ndarray,
    allowed: np.ndarray,
    held: list[bool],
    strength: np.ndarray,
    seed: int,
) -> tuple[float, float]:
    """The temperature and accuracy measured on the held examples, each predicted by models
    trained without it, over REPEATS different splits pooled."""
    held_rows = np.flatnonzero(held)
    position = {row: i for i, row in enumerate(held_rows)}
    repeats = []
    for repeat in range(REPEATS):
        order = np.random.default_rng(seed + repeat).permutation(held_rows)
        out_of_fold = np.zeros((len(held_rows), y.shape[1]))
        for fold in np.array_split(order, FOLDS):
            train_rows = np.setdiff1d(np.arange(len(features)), fold)
            fitted = fit(
                np.vstack([features[train_rows], *(t[train_rows] for t in told)]),
                np.vstack([y[train_rows]] * (1 + TOLD)),
                strength,
            )
            out_of_fold[[position[r] for r in fold]] = fitted.logits(features[fold])
        repeats.append(out_of_fold)
    pooled = np.vstack(repeats)
    wanted, open_to = np.vstack([y[held_rows]] * REPEATS), np.vstack([allowed[held_rows]] * REPEATS)
    temperature = best_temperature(pooled, wanted, open_to)
    predicted = masked_probabilities(pooled, open_to).argmax(axis=1)
    accuracy = float(np.mean(wanted[np.arange(len(pooled)), predicted] > 0))
    return temperature, accuracy


def _rounded(values: np.ndarray) -> list[float]:
    return [round(float(v), 6) for v in values]
