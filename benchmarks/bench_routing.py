"""Routing latency (first route after start, then per route) with the learned model, and
accuracy on the synthetic set and the real sets, learned and with the fixed weights, and
learned when each situation is wrapped as people post it (a greeting and a plea, a sentence
of background and a signature, a TL;DR line), and learned when the role is not given but
guessed from the wording (as the app does when the user has not said it)."""

from __future__ import annotations

import time

from _common import REPO, summary_ms

from coach.evals.routing import RoutingCase, load_routing_cases, run_routing
from coach.framework.loader import bundled_knowledge_dir, load_framework
from coach.llm.embeddings import WordLlamaEmbedder
from coach.routing.learned import load_routing_model
from coach.routing.router import Router, infer_role
from coach.routing.scope import load_scope


def measure() -> dict[str, object]:
    sets = {name: load_routing_cases(REPO / "evals" / "cases" / name) for name in SETS}
    cases = sets["routing.yaml"]
    framework = load_framework([bundled_knowledge_dir()])
    scope = load_scope([bundled_knowledge_dir()])
    start = time.perf_counter()
    router = Router(framework, WordLlamaEmbedder(), scope, load_routing_model([bundled_knowledge_dir()]))
    router.route("warm up: load the embeddings and the framework vectors", "manager")
    first = time.perf_counter() - start
    timings = []
    for case in [*cases, *sets["routing-real.yaml"]]:
        t = time.perf_counter()
        router.route(case.situation, case.role)
        timings.append(time.perf_counter() - t)
    fixed = Router(framework, WordLlamaEmbedder(), scope)
    lexical = Router(framework, None, scope)
    accuracy = {name: run_routing(router, c)[0] for name, c in sets.items()}
    fixed_accuracy = {name: run_routing(fixed, c)[0] for name, c in sets.items()}
    lexical_accuracy = {name: run_routing(lexical, c)[0] for name, c in sets.items()}
    wrapped_accuracy = {
        name: sum(run_routing(router, [wrapped(case, w) for case in c])[0] for w in WRAPPINGS) / len(WRAPPINGS)
        for name, c in sets.items()
    }
    unstated = {
        name: run_routing(router, [c.model_copy(update={"role": None}) for c in cs])[0] for name, cs in sets.items()
    }
    guessed = {
        name: (sum(infer_role(c.situation) is not None for c in cs), sum(infer_role(c.situation) == c.role for c in cs))
        for name, cs in sets.items()
    }
    return {
        "learned": router.learned,
        "role_unstated_accuracy": unstated,
        "role_guessed": guessed,
        "cases": {name: len(c) for name, c in sets.items()},
        "accuracy": accuracy,
        "fixed_weights_accuracy": fixed_accuracy,
        "lexical_only_accuracy": lexical_accuracy,
        "wrapped_accuracy": wrapped_accuracy,
        "first_route_s": first,
        "latency": summary_ms(timings),
    }


SETS = ("routing.yaml", "routing-real.yaml", "routing-real-holdout.yaml")
WRAPPINGS = (
    (
        "Hi everyone, long-time lurker, first post here. Throwaway account for obvious reasons. ",
        " Any advice would be really appreciated. Thanks in advance!",
    ),
    (
        "I work at a mid-sized company in the Midwest, in an office of about 40 people, and I've been here for six years. ",
        " Sorry for the long post, I just don't know who else to ask. -- Confused in Ohio",
    ),
    ("", " TL;DR: not sure what to do, any help welcome. Edit: formatting."),
)


def wrapped(case: RoutingCase, wrapping: tuple[str, str]) -> RoutingCase:
    before, after = wrapping
    return case.model_copy(update={"situation": before + case.situation + after})


if __name__ == "__main__":
    r = measure()
    print(f"learned model in use: {r['learned']} (it was trained on routing.yaml and routing-real.yaml)")
    for name in SETS:
        print(
            f"{name} ({r['cases'][name]}): learned {r['accuracy'][name]:.3f}, "
            f"fixed weights {r['fixed_weights_accuracy'][name]:.3f}, lexical only {r['lexical_only_accuracy'][name]:.3f}; "
            f"learned, wrapped as a post {r['wrapped_accuracy'][name]:.3f}"
        )
    for name in SETS:
        said, right = r["role_guessed"][name]
        print(
            f"{name}: learned with the role guessed from the wording {r['role_unstated_accuracy'][name]:.3f} "
            f"(role guessed for {said} of {r['cases'][name]}, {right} right)"
        )
    print(f"first route (loads wordllama, embeds the framework, learned model): {r['first_route_s'] * 1000:.0f} ms")
    print(f"route latency after that: {r['latency']}")
