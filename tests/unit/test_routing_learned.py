"""The learned routing model (issue 14, item 2): it is used only when it fits the embedder
and the conversations, its probabilities stay within the role's conversations, a bad file
is one clear error, and the shipped file is what training produces today."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from coach.core.errors import KnowledgeError
from coach.framework.loader import bundled_knowledge_dir, load_framework
from coach.llm.embeddings import WordLlamaEmbedder
from coach.routing.learned import MODEL_FILE, load_routing_model
from coach.routing.router import Router
from coach.routing.training import train

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shipped_model():  # type: ignore[no-untyped-def]
    model = load_routing_model([bundled_knowledge_dir()])
    assert model is not None, "knowledge/routing-model.json is missing"
    return model


@pytest.fixture(scope="module")
def embedder() -> WordLlamaEmbedder:
    return WordLlamaEmbedder()


def test_the_shipped_model_fits_the_bundled_knowledge(shipped_model, embedder) -> None:  # type: ignore[no-untyped-def]
    router = Router(load_framework([bundled_knowledge_dir()]), embedder, model=shipped_model)
    assert router.learned
    assert shipped_model.trained_on["routing-real.yaml"] > 80
    assert not any("holdout" in source for source in shipped_model.trained_on)


def test_probabilities_stay_within_the_roles_conversations(shipped_model, embedder) -> None:  # type: ignore[no-untyped-def]
    router = Router(load_framework([bundled_knowledge_dir()]), embedder, model=shipped_model)
    probabilities = router.probabilities("I need to write my self-assessment", "manager")
    assert "self-reflection" not in probabilities
    assert sum(probabilities.values()) == pytest.approx(1.0)
    result = router.route("My report keeps missing deadlines and gets defensive when I raise it", "manager")
    assert result.conversation == "coaching"


def test_a_model_for_other_conversations_is_not_used(shipped_model, embedder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A user who adds a conversation keeps routing (with the fixed weights) until the model is retrained."""
    conversations = tmp_path / "conversations"
    conversations.mkdir()
    source = bundled_knowledge_dir() / "conversations" / "coaching.yaml"
    (conversations / "mentoring.yaml").write_text(
        source.read_text(encoding="utf-8")
        .replace("id: coaching", "id: mentoring", 1)
        .replace("coaching.", "mentoring."),
        encoding="utf-8",
    )
    framework = load_framework([bundled_knowledge_dir(), tmp_path])
    router = Router(framework, embedder, model=shipped_model)
    assert not router.learned
    assert router.route("my report keeps missing deadlines", "manager").conversation in {"coaching", "mentoring"}
    lexical = Router(load_framework([bundled_knowledge_dir()]), None, model=shipped_model)
    assert not lexical.learned, "no embedder, no learned model"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"version": 1}', "embedder"),
    ],
)
def test_a_bad_model_file_is_one_clear_error(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / MODEL_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message) as caught:
        load_routing_model([bundled_knowledge_dir(), tmp_path])
    assert MODEL_FILE in str(caught.value) and "\n" not in str(caught.value)


def test_a_model_with_mismatched_shapes_is_refused(shipped_model, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = shipped_model.model_dump(mode="json")
    data["bias"] = data["bias"][:-1]
    (tmp_path / MODEL_FILE).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="one column per conversation"):
        load_routing_model([tmp_path])


def test_the_shipped_model_is_what_training_gives_today() -> None:
    """Changing a conversation, a training case or the router's features without retraining
    fails here. The quick check keeps the shipped temperature; `.ci/run` also runs the full one."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "evals" / "train_router.py"), "--check", "--quick"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr + done.stdout


def test_the_quick_check_still_sees_one_changed_example(shipped_model, embedder) -> None:  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train_router", ROOT / "evals" / "train_router.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    framework = load_framework([bundled_knowledge_dir()])
    router = Router(framework, embedder)
    examples = script.training_examples(framework)
    known = (shipped_model.temperature, shipped_model.cross_validated_accuracy)
    target = bundled_knowledge_dir() / MODEL_FILE
    fresh, _ = train(router, examples, known=known)
    assert script._same(target, fresh.model_dump(mode="json"))
    edited = [replace(examples[-1], situation=examples[-1].situation + " I also want to plan next quarter's goals.")]
    changed, _ = train(router, examples[:-1] + edited, known=known)
    assert not script._same(target, changed.model_dump(mode="json"))
