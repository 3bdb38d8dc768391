"""Routing accuracy on the dev set (evals/cases/routing.yaml), and routing latency."""

from __future__ import annotations

import time

from _common import REPO, summary_ms

from coach.evals.routing import load_routing_cases, run_routing
from coach.framework.loader import bundled_knowledge_dir, load_framework
from coach.llm.embeddings import WordLlamaEmbedder
from coach.routing.router import Router


def measure() -> dict[str, object]:
    cases = load_routing_cases(REPO / "evals" / "cases" / "routing.yaml")
    framework = load_framework([bundled_knowledge_dir()])
    start = time.perf_counter()
    router = Router(framework, WordLlamaEmbedder())
    router.route("warm up: load the embeddings and the framework vectors", "manager")
    first = time.perf_counter() - start
    accuracy, outcomes = run_routing(router, cases)
    timings = []
    for case in cases:
        t = time.perf_counter()
        router.route(case.situation, case.role)
        timings.append(time.perf_counter() - t)
    lexical_accuracy, _ = run_routing(Router(framework, None), cases)
    return {
        "cases": len(cases),
        "accuracy": accuracy,
        "lexical_only_accuracy": lexical_accuracy,
        "misses": [f"{o.case.id}→{o.predicted}" for o in outcomes if not o.passed],
        "first_route_s": first,
        "latency": summary_ms(timings),
    }


if __name__ == "__main__":
    r = measure()
    print(
        f"routing accuracy: {r['accuracy']:.3f} on {r['cases']} cases (lexical only: {r['lexical_only_accuracy']:.3f})"
    )
    print(f"misses: {', '.join(r['misses'])}")
    print(f"first route (loads wordllama + embeds the framework): {r['first_route_s'] * 1000:.0f} ms")
    print(f"route latency after that: {r['latency']}")
