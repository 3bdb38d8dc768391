"""Framework guidance for advice: the tips, intents and probes most relevant to a request,
ranked by embedding similarity with a boost for the conversation in progress."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from coach.core.types import Embedder
from coach.framework.loader import Framework

SAME_CONVERSATION_BOOST = 0.1


@dataclass(frozen=True)
class Snippet:
    conversation_id: str
    source: str
    """Where it comes from, in words a user reads: `Manager-led coaching, a tip` or
    `Progress update, on blockers` (never an internal id)."""
    text: str


def framework_snippets(framework: Framework) -> list[Snippet]:
    """Tips, and why each question matters: advice, not the follow-up questions (a list of
    probes does not answer "how do I say this?")."""
    snippets: list[Snippet] = []
    for conversation in framework:
        cid = conversation.id
        snippets += [Snippet(cid, f"{conversation.title}, a tip", tip) for tip in conversation.tips]
        for question in conversation.questions:
            topic = question.id.split(".", 1)[1].replace("-", " ")
            snippets.append(Snippet(cid, f"{conversation.title}, on {topic}", f"{question.text} {question.intent}"))
    return snippets


class GuidanceIndex:
    def __init__(self, framework: Framework, embedder: Embedder) -> None:
        self._snippets = framework_snippets(framework)
        self._embedder = embedder
        self._vectors: np.ndarray | None = None

    def search(self, query: str, conversation_id: str | None = None, k: int = 5) -> list[Snippet]:
        if self._vectors is None:
            self._vectors = self._embedder.embed([s.text for s in self._snippets])
        scores = self._vectors @ self._embedder.embed([query])[0]
        if conversation_id:
            scores = scores + np.array(
                [SAME_CONVERSATION_BOOST * (s.conversation_id == conversation_id) for s in self._snippets]
            )
        return [self._snippets[i] for i in np.argsort(-scores)[:k]]
