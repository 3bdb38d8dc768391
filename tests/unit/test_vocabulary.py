"""The vocabulary of topics that widens search, and how a query is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.core.errors import KnowledgeError
from coach.framework.loader import bundled_knowledge_dir
from coach.retrieval.search import parse_query
from coach.retrieval.vocabulary import Vocabulary, load_vocabulary

VOCABULARY = Vocabulary(
    {"wellbeing": ["burnout", "worked every weekend", "exhausted"], "blame": ["blame", "pointing fingers"]}
)


def test_terms_match_whole_words_with_endings_and_phrases() -> None:
    assert VOCABULARY.concepts_in("She WORKED every weekend in June") == ["wellbeing"]
    assert VOCABULARY.concepts_in("Marco blamed the infra team; he was pointing fingers") == ["blame"]
    assert VOCABULARY.concepts_in("every weekend she worked") == []  # a phrase keeps its order
    assert VOCABULARY.concepts_in("blameless postmortems") == []  # whole words only
    assert VOCABULARY.terms_of(["wellbeing"]) == ["burnout", "worked every weekend", "exhausted"]


def test_a_query_loses_names_and_gains_the_terms_of_its_topics() -> None:
    parsed = parse_query("Signs of burnout in Ana's team", ["Ana", "Sam"], VOCABULARY)
    assert parsed.people == ["Ana"] and parsed.concepts == ["wellbeing"]
    assert "ana" not in parsed.content.lower()
    assert {"signs", "burnout", "team", "worked every weekend", "exhausted"} <= set(parsed.lexical_terms)
    assert parsed.vector_text.endswith("wellbeing")
    only_a_name = parse_query("Sam", ["Sam"], VOCABULARY)
    assert only_a_name.people == [] and only_a_name.lexical_terms == ["sam"]
    longest_first = parse_query("notes on Ana Lopez", ["Ana", "Ana Lopez"], VOCABULARY)
    assert longest_first.people == ["Ana Lopez"] and longest_first.content == "notes on"


def test_the_bundled_vocabulary_loads_and_its_terms_are_unique_within_a_concept() -> None:
    vocabulary = load_vocabulary([bundled_knowledge_dir()])
    assert len(vocabulary.concepts) >= 25
    for name, terms in vocabulary.concepts.items():
        assert len(terms) == len(set(terms)), name


def test_the_users_vocabulary_replaces_the_bundled_one(coach_home: Path) -> None:
    folder = coach_home / "knowledge"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocabulary.yaml").write_text("concepts:\n  travel: {terms: [offsite, trip]}\n", encoding="utf-8")
    vocabulary = Coach(load_settings()).parts.vocabulary
    assert list(vocabulary.concepts) == ["travel"] and vocabulary.concepts_in("the team trip") == ["travel"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("concepts:\n  travel: {terms: []}\n", "concepts.travel.terms: list should have at least 1 item"),
        ("concepts: [a, b\n", "invalid YAML"),
        ("- travel\n", "expected a mapping of fields"),
    ],
)
def test_a_broken_vocabulary_is_one_line_naming_the_file(coach_home: Path, text: str, message: str) -> None:
    folder = coach_home / "knowledge"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocabulary.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_vocabulary([bundled_knowledge_dir(), folder])
    assert "vocabulary.yaml" in str(error.value) and message in str(error.value) and "\n" not in str(error.value)
