"""Trains the learned routing model and writes knowledge/routing-model.json.

Trained on: the synthetic routing cases (evals/cases/routing.yaml), the in-scope near
misses of the scope dev set (evals/cases/scope.yaml), every conversation's example
situations (once per role that can open it), and the real dev set
(evals/cases/routing-real.yaml). Never on a held-out file: the script refuses one.
Out-of-scope cases are left to knowledge/scope.yaml and not learned.

The temperature and the reported accuracy come from 5-fold cross-validation on the real
dev set. Run it again after changing a conversation, the cases or the router's features:

    .venv/bin/python evals/train_router.py           # writes the model
    .venv/bin/python evals/train_router.py --check   # exits 1 when the shipped model is stale
    .venv/bin/python evals/train_router.py --check --quick   # the same, without cross-validating again
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.framework.loader import Framework
    from coach.routing.training import Example

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "evals" / "cases"
TRAINING_FILES = ("routing.yaml", "scope.yaml", "routing-real.yaml")
CROSS_VALIDATED = "routing-real.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped model instead of writing it")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="with --check: take the shipped temperature and accuracy rather than cross-validate again (a "
        "changed input still changes the weights; a changed cross-validation needs the full check)",
    )
    args = parser.parse_args()

    from coach.framework.loader import bundled_knowledge_dir, load_framework
    from coach.llm.embeddings import WordLlamaEmbedder
    from coach.routing.learned import MODEL_FILE
    from coach.routing.router import Router
    from coach.routing.training import train

    knowledge = bundled_knowledge_dir()
    framework = load_framework([knowledge])
    router = Router(framework, WordLlamaEmbedder())
    examples = training_examples(framework)
    target = knowledge / MODEL_FILE
    known = _shipped_calibration(target) if args.check and args.quick else None
    model, figures = train(router, examples, known=known)
    text = json.dumps(model.model_dump(mode="json"), indent=1) + "\n"
    print(
        f"{len(examples)} examples; cross-validated accuracy on {CROSS_VALIDATED}: "
        f"{figures['cross_validated_accuracy']:.3f}; temperature {figures['temperature']}"
        + (" (the shipped model's)" if known else "")
    )
    if args.check:
        if not _same(target, model.model_dump(mode="json")):
            print(f"{target.relative_to(ROOT)} is stale: run evals/train_router.py", file=sys.stderr)
            return 1
        print(f"{target.relative_to(ROOT)} is up to date")
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


def training_examples(framework: Framework) -> list[Example]:
    """The labelled situations the model learns from: the training files' in-scope cases (the
    real dev set's marked for cross-validation) and every conversation's example situations,
    once per role that can open it."""
    from coach.evals.routing import load_routing_cases
    from coach.routing.router import OUT_OF_SCOPE
    from coach.routing.training import Example

    examples: list[Example] = []
    for name in TRAINING_FILES:
        if "holdout" in name:
            raise SystemExit(f"{name} is held out and never trained on")
        for case in load_routing_cases(CASES / name):
            expect = tuple(c for c in case.expect if c != OUT_OF_SCOPE)
            if expect:
                examples.append(Example(case.situation, case.role, expect, name, held=name == CROSS_VALIDATED))
    examples.extend(
        Example(situation, role, (conversation.id,), "knowledge situations")
        for conversation in framework
        for situation in conversation.situations
        for role in conversation.roles
    )
    return examples


def _shipped_calibration(path: Path) -> tuple[float, float] | None:
    """The shipped model's temperature and cross-validated accuracy, or None when there is none."""
    if not path.is_file():
        return None
    shipped = json.loads(path.read_text(encoding="utf-8"))
    if shipped.get("cross_validated_accuracy") is None:
        return None
    return float(shipped["temperature"]), float(shipped["cross_validated_accuracy"])


def _same(path: Path, fresh: dict[str, object]) -> bool:
    """The shipped model matches a fresh training, up to floating-point noise between machines."""
    import numpy as np

    if not path.is_file():
        return False
    shipped = json.loads(path.read_text(encoding="utf-8"))
    numeric = ("mean", "scale", "weights", "bias")
    if {k: v for k, v in shipped.items() if k not in numeric} != {k: v for k, v in fresh.items() if k not in numeric}:
        return False
    return all(np.allclose(shipped[k], fresh[k], atol=1e-3) for k in numeric)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as home:  # nothing of the user's is read
        import os

        os.environ["COACH_HOME"] = home
        sys.exit(main())
