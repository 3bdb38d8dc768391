"""Situations as people post them (issue 14): the wrapping of a post does not move the route,
and what the writer asks for is read apart from the rest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.framework.loader import bundled_knowledge_dir, load_framework
from coach.llm.embeddings import WordLlamaEmbedder
from coach.routing.learned import FEATURES_VERSION, load_routing_model
from coach.routing.post import ask_clause, is_wrapping, situation_core
from coach.routing.router import Router


@pytest.mark.parametrize(
    ("text", "core"),
    [
        (
            "Hi all, long-time lurker, first post here. My manager never gives feedback. Any advice appreciated! Thanks in advance.",
            "My manager never gives feedback.",
        ),
        (
            "My report misses deadlines. Sorry for the long post, I just don't know who else to ask.\n-- Tired in Leeds",
            "My report misses deadlines.",
        ),
        ("TL;DR: my manager wants my self-review by Friday.", "my manager wants my self-review by Friday."),
        ("Edit: typo. I want to ask for a raise.", "I want to ask for a raise."),
        (
            "Hello all! My goals changed twice this quarter. Has anyone been in a similar situation? Any advice is welcome, thanks!",
            "My goals changed twice this quarter.",
        ),
    ],
)
def test_the_wrapping_comes_off(text: str, core: str) -> None:
    assert situation_core(text) == core


@pytest.mark.parametrize(
    "text",
    [
        "My manager is great at the big picture — less so at the details.",  # a dash inside a sentence
        "Help me prepare my promotion case.",  # a plea with content
        "Thanks to the reorg, my goals changed twice this quarter.",
        "Hi-vis vests are mandatory on site and my report refuses to wear one.",
    ],
)
def test_sentences_with_content_stay(text: str) -> None:
    assert situation_core(text) == text


def test_a_post_made_only_of_wrapping_is_left_alone() -> None:
    assert situation_core("Help! Any advice?") == "Help! Any advice?"
    assert is_wrapping("Any thoughts?")
    assert is_wrapping("Any advice would be greatly appreciated, thanks in advance!")


@pytest.mark.parametrize(
    "sentence",
    [
        "Any thoughts on how to tell my boss he micromanages?",
        "Any advice on how to ask for a promotion?",
        "What should I do about my report who cries?",
        "Has anyone dealt with a boss who takes credit for their work?",
        "I'd love to hear your thoughts on asking for a raise at my level.",
        "I'd appreciate any tips for my self-review, it is due Friday.",
    ],
)
def test_a_plea_with_its_topic_is_content(sentence: str) -> None:
    assert not is_wrapping(sentence)
    assert situation_core(f"My manager is kind. {sentence}") == f"My manager is kind. {sentence}"


def test_what_the_writer_asks_for() -> None:
    text = "After my year-end review I want to ask when I can be promoted. How do I bring it up?"
    assert ask_clause(text) == "I want to ask when I can be promoted How do I bring it up"
    assert ask_clause("My report keeps missing deadlines.") == ""


@pytest.fixture(scope="module")
def router() -> Router:
    return Coach(load_settings()).parts.router


WRAPPINGS = [
    ("Hey everyone, throwaway account for obvious reasons. ", " Any advice would be appreciated. Thanks!"),
    ("", " TL;DR: not sure what to do. Edit: formatting."),
    ("Hello, first time posting. ", "\n— Worried in Denver"),
]


@pytest.mark.parametrize(
    ("role", "situation"),
    [
        ("contributor", "My new manager checks every email I send and rewrites my reports before they go out."),
        ("manager", "One of my engineers keeps missing deadlines and gets defensive whenever I bring it up."),
        ("contributor", "I've exceeded my targets two years running and want to make the case for a senior title."),
        ("contributor", "I have to fill in my self-assessment for the annual review by next week."),
    ],
)
def test_the_wrapping_of_a_post_does_not_move_the_route(router: Router, role: str, situation: str) -> None:
    plain = router.route(situation, role).conversation
    for before, after in WRAPPINGS:
        assert router.route(before + situation + after, role).conversation == plain, before + after


def test_a_model_trained_on_older_features_is_not_used(tmp_path: Path) -> None:
    model = load_routing_model([bundled_knowledge_dir()])
    assert model is not None and model.version == FEATURES_VERSION
    embedder = WordLlamaEmbedder()
    framework = load_framework([bundled_knowledge_dir()])
    assert Router(framework, embedder, model=model).learned
    data = model.model_dump(mode="json") | {"version": FEATURES_VERSION - 1}
    (tmp_path / "routing-model.json").write_text(json.dumps(data), encoding="utf-8")
    older = load_routing_model([tmp_path])
    assert older is not None
    router = Router(framework, embedder, model=older)
    assert not router.learned
    assert router.route("my report keeps missing deadlines", "manager").conversation
