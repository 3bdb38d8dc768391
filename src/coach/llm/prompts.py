"""Prompts kept as files in `prompts/`, loaded into langchain-core ChatPromptTemplates and
checked at start-up: a missing file, bad YAML or a wrong variable is one clear line."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from coach.core.errors import ConfigError
from coach.core.resources import bundled_dir
from coach.core.yamlfiles import display_path, parse_yaml

OPTIONAL: dict[str, frozenset[str]] = {
    "coach": frozenset({"situation_line", "transcript", "conversation_id", "question_id"}),
    "rehearsal": frozenset({"hidden_facts"}),
}
"""Variables a prompt may use but need not (a user's older copy still loads)."""

REQUIRED: dict[str, frozenset[str]] = {
    "coach": frozenset(
        {
            "conversation_title",
            "purpose",
            "role",
            "person_line",
            "question_status",
            "context",
            "summary",
            "action",
            "wording",
            "intent",
            "note",
        }
    ),
    "coverage": frozenset({"conversation_id", "questions", "question_id", "answer"}),
    "advice": frozenset({"entries", "context", "conversation_title", "role", "wording", "request"}),
    "routing": frozenset({"role", "candidate_ids", "candidates", "situation"}),
    "brief": frozenset({"transcript", "draft"}),
    "repair": frozenset({"error", "schema", "previous"}),
    "summary": frozenset({"meeting_date", "weekday", "conversation", "participants", "part", "transcript"}),
    "rehearsal": frozenset(
        {
            "persona_name",
            "title",
            "plays",
            "user_role",
            "conversation_title",
            "situation",
            "traits",
            "difficulty",
            "behaviour",
        }
    ),
    "rehearsal-turn": frozenset({"persona_name", "trust", "told", "agreed", "now"}),
    "moments": frozenset({"conversation_title", "user_role", "persona", "transcript", "user_lines"}),
    "simulate": frozenset({"conversation_title", "persona", "facts", "question"}),
}
ROLES = {"system": "system", "user": "human", "assistant": "ai"}
OPENAI_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


class Prompts:
    """All prompt templates; `messages(name, **values)` gives OpenAI-style message dicts."""

    def __init__(self, templates: dict[str, Any]) -> None:
        self._templates = templates

    def messages(self, name: str, **values: str) -> list[dict[str, str]]:
        formatted = self._templates[name].format_messages(**values)
        return [{"role": OPENAI_ROLES[m.type], "content": str(m.content)} for m in formatted]


def _load_one(name: str, path: Path) -> Any:
    from langchain_core.prompts import ChatPromptTemplate

    where = display_path(path)
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot read prompt: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        raise ConfigError(f"{where}: {line}invalid YAML: {getattr(exc, 'problem', None) or exc}") from None
    messages = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(messages, list) or not messages:
        raise ConfigError(f"{where}: expected `messages:` with a list of {{role, content}}")
    pairs = []
    for index, message in enumerate(messages):
        if (
            not isinstance(message, dict)
            or message.get("role") not in ROLES
            or not isinstance(message.get("content"), str)
        ):
            raise ConfigError(f"{where}: messages[{index}]: needs role (system, user or assistant) and content (text)")
        pairs.append((ROLES[message["role"]], message["content"]))
    try:
        template = ChatPromptTemplate.from_messages(pairs)
    except (ValueError, KeyError) as exc:
        raise ConfigError(f"{where}: malformed template: {str(exc).splitlines()[0]}") from None
    found = set(template.input_variables)
    if missing := REQUIRED[name] - found:
        raise ConfigError(f"{where}: missing variable(s) {', '.join('{' + v + '}' for v in sorted(missing))}")
    if unknown := found - REQUIRED[name] - OPTIONAL.get(name, frozenset()):
        raise ConfigError(
            f"{where}: unknown variable(s) {', '.join('{' + v + '}' for v in sorted(unknown))}; "
            "write {{ and }} for literal braces"
        )
    return template


def load_prompts(folders: Sequence[Path] | None = None, *, user_dir: Path | None = None) -> Prompts:
    """Every prompt in REQUIRED, from the user's folder when it has one, else the bundled one."""
    bundled = bundled_dir("prompts")
    templates = {}
    for name in REQUIRED:
        candidates = [d / f"{name}.yaml" for d in ([user_dir] if user_dir else []) + [*(folders or []), bundled]]
        path = next((c for c in candidates if c.is_file()), None)
        if path is None:
            raise ConfigError(
                f"prompt file {name}.yaml is missing (looked in {', '.join(str(c.parent) for c in candidates)})"
            )
        templates[name] = _load_one(name, path)
    return Prompts(templates)
