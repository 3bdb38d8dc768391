"""Races between workers that open the same part at once (issue 12: crashes and races)."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import numpy as np

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.routing.router import Router


class SlowEmbedder:
    """Deterministic vectors, slowly: wide enough a window for a second thread to look."""

    name = "slow"
    model = "slow"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        time.sleep(0.01)
        rows = [np.frombuffer(text.encode().ljust(16, b" ")[:16], dtype=np.uint8).astype(float) for text in texts]
        vectors = np.array(rows)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_routing_while_the_router_warms_up_does_not_crash() -> None:
    """The start screen's warm-up worker and the first route both build the router's
    vectors; the route used to see a half-filled list (`zero-size array`)."""
    router = Router(Coach(load_settings()).framework, SlowEmbedder())
    errors: list[BaseException] = []

    def route(text: str) -> None:
        try:
            router.route(text, None)
        except BaseException as exc:
            errors.append(exc)

    warm = threading.Thread(target=route, args=("warm up",))
    warm.start()
    time.sleep(0.05)  # the warm-up is now filling the vectors
    first = threading.Thread(target=route, args=("Dana missed two milestones on her key result",))
    first.start()
    warm.join()
    first.join()
    assert errors == []


def test_parts_opened_by_two_workers_at_once_are_built_once() -> None:
    coach = Coach(load_settings())
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(coach.parts.note_index)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(index) for index in seen}) == 1


def test_two_workers_opening_the_index_at_once_both_get_it() -> None:
    """The conversation screen's notes panel and the start screen's index sync opened the
    embedded Chroma at once ("Could not connect to tenant default_tenant")."""
    coach = Coach(load_settings())
    coach.memory.records.add_person("Dana")
    coach.memory.records.add_note("Dana", "Dana missed the payments milestone twice.")
    errors: list[BaseException | str] = []

    def search() -> None:
        try:
            result = coach.memory.search("payments milestone", person="Dana")
        except BaseException as exc:
            errors.append(exc)
        else:
            if result.warning:  # "the search index … is unavailable"
                errors.append(result.warning)

    threads = [threading.Thread(target=search) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
