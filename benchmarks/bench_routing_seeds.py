"""How much the held-out routing figure moves between models that cross-validation cannot tell
apart: the learned model trained with several seeds (the seed draws the background sentences
each example is also told with, and the fold splits), each measured on the real held-out set.
Aggregates only; nothing is tuned on it. About a minute.

    .venv/bin/python benchmarks/bench_routing_seeds.py [SEEDS]
"""

from __future__ import annotations

import statistics
import sys

from _common import REPO

sys.path.insert(0, str(REPO / "evals"))

from train_router import training_examples

from coach.evals.routing import load_routing_cases
from coach.framework.loader import bundled_knowledge_dir, load_framework
from coach.llm.embeddings import WordLlamaEmbedder
from coach.routing.router import Router
from coach.routing.scope import load_scope
from coach.routing.training import train

SEEDS = 5


def main() -> None:
    seeds = int(sys.argv[1]) if len(sys.argv) > 1 else SEEDS
    knowledge = [bundled_knowledge_dir()]
    framework, embedder, scope = load_framework(knowledge), WordLlamaEmbedder(), load_scope(knowledge)
    examples = training_examples(framework)
    held = load_routing_cases(REPO / "evals" / "cases" / "routing-real-holdout.yaml")
    shares = []
    for seed in range(seeds):
        model, figures = train(Router(framework, embedder), examples, seed)
        router = Router(framework, embedder, scope, model)
        right = sum(router.route(case.situation, case.role).conversation in case.expect for case in held)
        shares.append(right / len(held))
        print(
            f"seed {seed}: cross-validated {figures['cross_validated_accuracy']:.3f}, "
            f"temperature {figures['temperature']}, held-out {right} of {len(held)}"
        )
    print(
        f"held-out accuracy over {seeds} seeds: mean {statistics.mean(shares):.3f}, "
        f"range {min(shares):.3f}-{max(shares):.3f} (the shipped model is seed 0)"
    )


if __name__ == "__main__":
    main()
