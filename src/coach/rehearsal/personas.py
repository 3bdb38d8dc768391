"""Personas to rehearse against (`knowledge/personas/*.yaml`): who the counterpart is, how
hard they are, what they hide until asked well, and how they react offline."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from coach.core.datamodels import Slug, StrictModel, Text
from coach.core.errors import UsageError
from coach.core.yamlfiles import load_yaml_model
from coach.framework.loader import Framework

Style = Literal["open", "closed", "vague", "accusatory", "statement", "empathy"]
STYLES: tuple[Style, ...] = ("open", "closed", "vague", "accusatory", "statement", "empathy")


class HiddenFact(StrictModel):
    id: Slug
    fact: Text
    """What is true, in a sentence (shown in the debrief when it was uncovered)."""
    reveal: Text
    """What the counterpart says when a good open question reaches it."""
    topics: list[str] = Field(default_factory=list)
    """Question ids of the conversation whose questions reach this fact."""
    keywords: list[Text] = Field(default_factory=list)
    """Words in the user's question that also reach it."""
    tells: list[Text] = Field(min_length=1)
    """Words or phrases in the counterpart's lines that show the fact came out (for the debrief)."""


class Reactions(StrictModel):
    """Lines for each style of question; used in turn so the counterpart does not repeat itself."""

    open: list[Text] = Field(default_factory=list)
    closed: list[Text] = Field(default_factory=list)
    vague: list[Text] = Field(default_factory=list)
    accusatory: list[Text] = Field(default_factory=list)
    statement: list[Text] = Field(default_factory=list)
    empathy: list[Text] = Field(default_factory=list)
    guarded: list[Text] = Field(default_factory=list)
    """When a question reaches a hidden fact before the counterpart trusts the user enough."""
    agree: list[Text] = Field(default_factory=list)
    """When the user proposes a next step with an owner and a date."""

    def lines(self, kind: str) -> list[str]:
        return list(getattr(self, kind, []) or [])


class Persona(StrictModel):
    id: Slug
    name: Text
    plays: Literal["contributor", "manager"]
    title: Text
    conversations: list[Slug] = Field(min_length=1)
    """The conversations it fits; the first is the default."""
    difficulty: int = Field(ge=1, le=5)
    situation: Text
    """What the user knows going in."""
    traits: list[Text] = Field(min_length=1)
    opening: Text
    good_outcome: Text
    hidden_facts: list[HiddenFact] = Field(default_factory=list)
    reactions: dict[str, Reactions] = Field(default_factory=dict)
    """By question id of the conversation, plus `default`."""

    @model_validator(mode="after")
    def _check(self) -> Persona:
        ids = [f.id for f in self.hidden_facts]
        if len(ids) != len(set(ids)):
            raise ValueError("hidden_facts: ids must be unique")
        return self

    @property
    def conversation(self) -> str:
        return self.conversations[0]

    def facts_told(self, said: str) -> list[str]:
        """Ids of the hidden facts whose tells appear in what the counterpart said."""
        lowered = said.lower()
        return [f.id for f in self.hidden_facts if any(tell.lower() in lowered for tell in f.tells)]

    def trust_needed(self) -> int:
        """Open or empathic turns before a hidden fact comes out: none at difficulty 1, four at 5."""
        return self.difficulty - 1


def check_against(persona: Persona, framework: Framework, where: str) -> None:
    """Conversation ids and question ids must exist; one line naming the file if not."""
    from coach.core.errors import KnowledgeError

    known = {
        q.id for cid in persona.conversations if cid in framework.conversations for q in framework.get(cid).questions
    }
    for cid in persona.conversations:
        if cid not in framework.conversations:
            raise KnowledgeError(f"{where}: conversations: unknown conversation '{cid}'")
    for index, fact in enumerate(persona.hidden_facts):
        for topic in fact.topics:
            if topic not in known:
                raise KnowledgeError(
                    f"{where}: hidden_facts[{index}].topics: '{topic}' is not a question of {', '.join(persona.conversations)}"
                )
    for key in persona.reactions:
        if key != "default" and key not in known:
            raise KnowledgeError(f"{where}: reactions: '{key}' is not a question of {', '.join(persona.conversations)}")


def persona_files(folder: Path) -> list[Path]:
    personas = folder / "personas"
    return sorted([*personas.glob("*.yaml"), *personas.glob("*.yml")]) if personas.is_dir() else []


def load_personas(folders: Sequence[Path], framework: Framework) -> dict[str, Persona]:
    """Every persona file of `folders`; a later folder's file replaces one with the same id."""
    from coach.core.errors import KnowledgeError
    from coach.core.yamlfiles import display_path

    personas: dict[str, Persona] = {}
    for folder in folders:
        for path in persona_files(folder):
            persona = load_yaml_model(path, Persona)
            if persona.id != path.stem:
                raise KnowledgeError(f"{display_path(path)}: id '{persona.id}' must match the file name '{path.stem}'")
            check_against(persona, framework, display_path(path))
            personas[persona.id] = persona
    return personas


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:40].strip("-") or "persona"


def pick(personas: dict[str, Persona], persona_id: str) -> Persona:
    try:
        return personas[persona_id]
    except KeyError:
        raise UsageError(f"unknown persona '{persona_id}'; known: {', '.join(sorted(personas))}") from None
