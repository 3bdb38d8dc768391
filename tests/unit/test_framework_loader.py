"""Loading and validating knowledge files: good files, broken files, user overrides,
and coverage of every item of the reference guide."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from coach.core.errors import KnowledgeError, UsageError
from coach.framework.loader import (
    CONVERSATION_IDS,
    bundled_knowledge_dir,
    load_conversation_file,
    load_framework,
)

REPO = Path(__file__).resolve().parents[2]
GUIDE = REPO.parent / "shared" / "reference" / "all-talk-performance-conversations.md"

# Items of the reference guide by section (counts only; the guide's text is not copied here).
GUIDE_ITEMS = {
    "goal-planning": 2,
    "progress-updates": 4,
    "coaching-prep": 3,
    "coaching-conversation": 2,
    "upward-feedback": 3,
    "career-growth": 4,
    "leader-prep": 8,
    "contributor-prep": 4,
}


def bundled_data(conversation_id: str) -> dict:
    path = bundled_knowledge_dir() / "conversations" / f"{conversation_id}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def write(folder: Path, name: str, data: object) -> Path:
    path = folder / "conversations" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data), encoding="utf-8")
    return path


def test_bundled_framework_has_exactly_the_seven_conversations() -> None:
    framework = load_framework([bundled_knowledge_dir()])
    assert list(framework.conversations) == list(CONVERSATION_IDS)


@pytest.mark.parametrize("conversation_id", CONVERSATION_IDS)
def test_every_conversation_is_complete(conversation_id: str) -> None:
    conversation = load_framework([bundled_knowledge_dir()]).get(conversation_id)
    assert len(conversation.situations) >= 3
    assert conversation.tips
    assert any(q.critical for q in conversation.questions)
    for question in conversation.questions:
        assert 2 <= len(question.probes) <= 4
        assert question.intent and question.covers
    for role in conversation.roles:
        assert conversation.plan(role), f"{conversation_id} has nothing to ask a {role}"


def test_every_item_of_the_reference_guide_is_covered() -> None:
    framework = load_framework([bundled_knowledge_dir()])
    refs = {q.guide_ref for c in framework for q in c.questions if q.guide_ref}
    expected = {f"{section}.{n}" for section, count in GUIDE_ITEMS.items() for n in range(1, count + 1)}
    assert expected - refs == set(), "guide items with no question"
    assert refs - expected == set(), "guide_ref values that name no guide item"


def _guide_item_counts(text: str) -> list[int]:
    """Bullet groups of the guide in order: a run of bullets ends at any other line."""
    counts: list[int] = []
    current = 0
    for line in text.splitlines():
        bullet = re.match(r"^\s*- (.*)$", line)
        if bullet and not bullet.group(1).rstrip().endswith(":"):
            current += 1
            continue
        if current:
            counts.append(current)
            current = 0
    if current:
        counts.append(current)
    return counts


@pytest.mark.skipif(not GUIDE.is_file(), reason="reference guide not beside the checkout")
def test_guide_item_counts_match_the_reference() -> None:
    assert _guide_item_counts(GUIDE.read_text(encoding="utf-8")) == list(GUIDE_ITEMS.values())


@pytest.mark.skipif(not GUIDE.is_file(), reason="reference guide not beside the checkout")
def test_no_sentence_of_the_guide_is_pasted() -> None:
    guide_lines = {
        re.sub(r"\W+", " ", line.lstrip("- ").lower()).strip()
        for line in GUIDE.read_text(encoding="utf-8").splitlines()
        if len(line.split()) >= 5
    }
    for path in (bundled_knowledge_dir() / "conversations").glob("*.yaml"):
        ours = re.sub(r"\W+", " ", path.read_text(encoding="utf-8").lower())
        for sentence in guide_lines:
            assert sentence not in ours, f"{path.name} pastes the guide: {sentence!r}"


def test_missing_field_is_one_line_naming_file_and_field(tmp_path: Path) -> None:
    data = bundled_data("coaching")
    del data["questions"][2]["text"]
    path = write(tmp_path, "coaching.yaml", data)
    with pytest.raises(KnowledgeError) as info:
        load_conversation_file(path)
    message = str(info.value)
    assert message.endswith("coaching.yaml: questions[2].text: field required")
    assert "\n" not in message


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d["questions"][0].update(probes=["only one"]),
            "questions[0].probes: list should have at least 2 items",
        ),
        (
            lambda d: d["questions"][1].update(id="coaching.keep-doing"),
            "questions[1].id: duplicate id 'coaching.keep-doing'",
        ),
        (
            lambda d: d["questions"][0].update(id="other.thing"),
            "questions[0].id: 'other.thing' must start with 'coaching.'",
        ),
        (lambda d: d.update(leader="boss"), "leader: input should be 'manager' or 'contributor'"),
        (lambda d: d.update(colour="blue"), "colour: extra inputs are not permitted"),
        (
            lambda d: d["questions"][3].pop("prep"),
            "questions[3].prep: required for a question asked of the contributor",
        ),
    ],
)
def test_broken_files_give_precise_messages(tmp_path: Path, mutate, expected: str) -> None:
    data = bundled_data("coaching")
    mutate(data)
    path = write(tmp_path, "coaching.yaml", data)
    with pytest.raises(KnowledgeError, match=re.escape(expected)):
        load_conversation_file(path)


def test_id_must_match_file_name(tmp_path: Path) -> None:
    path = write(tmp_path, "coaching-two.yaml", bundled_data("coaching"))
    with pytest.raises(KnowledgeError, match="id 'coaching' must match the file name 'coaching-two'"):
        load_conversation_file(path)


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "coaching.yaml", "id: coaching\ntitle: [unclosed\n")
    with pytest.raises(KnowledgeError, match=r"coaching.yaml: line \d+: invalid YAML"):
        load_conversation_file(path)


def test_not_utf8_and_not_a_mapping(tmp_path: Path) -> None:
    binary = tmp_path / "conversations" / "coaching.yaml"
    binary.parent.mkdir(parents=True)
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(KnowledgeError, match="not UTF-8"):
        load_conversation_file(binary)
    listing = write(tmp_path, "listing.yaml", "- a\n- b\n")
    with pytest.raises(KnowledgeError, match="expected a mapping of fields, found list"):
        load_conversation_file(listing)


def test_user_files_override_and_extend(tmp_path: Path) -> None:
    override = bundled_data("coaching")
    override["title"] = "Coaching, our way"
    write(tmp_path, "coaching.yaml", override)
    extra = bundled_data("coaching")
    extra["id"] = "skip-level"
    extra["title"] = "Skip-level chat"
    for question in extra["questions"]:
        question["id"] = question["id"].replace("coaching.", "skip-level.")
    extra.pop("brief")  # a conversation without a brief section gets the generic one
    write(tmp_path, "skip-level.yaml", extra)
    framework = load_framework([bundled_knowledge_dir(), tmp_path])
    assert framework.get("coaching").title == "Coaching, our way"
    assert framework.get("skip-level").title == "Skip-level chat"
    assert framework.get("skip-level").brief_for("manager").opening.startswith("I'd like to use this time")
    assert list(framework.conversations)[-1] == "skip-level"


def test_unknown_conversation_lists_the_known_ones() -> None:
    framework = load_framework([bundled_knowledge_dir()])
    with pytest.raises(UsageError, match="unknown conversation 'nope'; known: goal-planning, "):
        framework.get("nope")


def test_plan_respects_role() -> None:
    framework = load_framework([bundled_knowledge_dir()])
    coaching = framework.get("coaching")
    manager = coaching.plan("manager")
    contributor = coaching.plan("contributor")
    assert [p.id for p in manager][:3] == ["coaching.keep-doing", "coaching.start-stop", "coaching.support"]
    assert not manager[0].is_prep and manager[3].is_prep  # own reflection, then prep for a live question
    assert all(p.question.stage == "conversation" for p in contributor)
    assert "coaching.energy" in [p.id for p in contributor]
    with pytest.raises(ValueError, match="self-reflection is for a contributor"):
        framework.get("self-reflection").plan("manager")
