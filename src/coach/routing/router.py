"""Offline routing: which conversation fits a free-text situation.

Three signals, no LLM: wordllama similarity to each conversation's situations,
purpose and questions; BM25 over the same text plus keyword phrases; and the
user's role, which rules out conversations they cannot lead or answer (a
contributor's review preparation is `self-reflection`, a manager's `manager-prep`).
When a learned model (`routing/learned.py`) fits the embedder and the conversations,
it weighs those signals and the situation's embedding and gives calibrated
probabilities; otherwise the signals are combined with fixed weights.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from coach.core.bm25 import Bm25
from coach.core.errors import UsageError
from coach.core.text import content_terms, normalise
from coach.core.types import Embedder, Role
from coach.framework.loader import Framework
from coach.framework.models import Conversation
from coach.routing.learned import FEATURES_VERSION, ROLE_FEATURES, RoutingModel, role_features
from coach.routing.post import ask_clause, situation_core
from coach.routing.scope import OutOfScope, Scope, ScopeCheck

EMBEDDING_WEIGHT = 0.6
LEXICAL_WEIGHT = 0.4
SOFTMAX_TEMPERATURE = 0.08
SEMANTIC_SPREAD_FLOOR = 0.2
LEXICAL_SCALE_FLOOR = 2.0

_MANAGER_CUES = re.compile(
    r"\b(my (direct )?reports?\b|report's|my team\b|one of my|i manage|my engineer|my hire"
    r"|my (directs|drs?|employees?|staff|subordinates?|team members?|new hires?|interns?|mentees?)\b"
    r"|i (supervise|lead a team|run a team|manage a team)|(report|reports|reporting) (directly )?to me\b"
    r"|i have (\w+ )?(direct reports|directs|employees|people reporting)"
    r"|i'?m (a |the )?(new |first[- ]time )?(manager|supervisor|team lead|people manager)\b"
    r"|as (a |the )?(new |first[- ]time )?(manager|supervisor|team lead)\b"
    r"|i (just )?(became|was promoted to) (a )?(manager|supervisor|team lead))",
    re.I,
)
_CONTRIBUTOR_CUES = re.compile(
    r"\b(my (manager|boss|lead|supervisor)\b|my (own )?(self[- ]?)?(review|assessment|appraisal)"
    r"|(?<!'s )(?<!their )(?<!his )(?<!her )self[- ]?(review|assessment|appraisal|evaluation)"
    r"|my (team lead|tech lead|line manager|director|skip[- ]level|manager's manager|boss's boss)\b|i report to\b"
    r"|my (annual|performance|year[- ]end|mid[- ]year) (review|evaluation|appraisal)"
    r"|ask(ing)? (my \w+ )?for a (raise|promotion|pay rise)|my promotion\b)",
    re.I,
)
"""A self-review is the contributor's own ("our annual self-review is due"), unless it is
someone else's ("her self-assessment")."""


@dataclass(frozen=True)
class Alternative:
    conversation: str
    score: float


OUT_OF_SCOPE = "out-of-scope"


ASK_BELOW = 0.7
"""Under this confidence the suggestion is right about 6 times in 10 (docs/evals.md,
calibration): the front ends show the top two and ask instead of suggesting one."""
ALSO_POSSIBLE = 0.1
"""A runner-up this likely is worth naming beside the suggestion; below it, it is noise."""


@dataclass(frozen=True)
class RouteResult:
    conversation: str
    """A conversation id, or `out-of-scope` (then `out_of_scope` says why)."""
    confidence: float
    alternatives: list[Alternative] = field(default_factory=list)
    role: Role | None = None
    out_of_scope: OutOfScope | None = None

    @property
    def unsure(self) -> bool:
        """Two conversations fit about as well: ask the user rather than suggest one."""
        return self.confidence < ASK_BELOW and bool(self.alternatives)

    @property
    def also_possible(self) -> list[Alternative]:
        return [a for a in self.alternatives if a.score >= ALSO_POSSIBLE]

    @property
    def best_in_scope(self) -> str:
        """The best conversation, even for a situation out of scope (e.g. to score a transcript)."""
        if self.out_of_scope is None or not self.alternatives:
            return self.conversation
        return self.alternatives[0].conversation

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "conversation": self.conversation,
            "confidence": round(self.confidence, 3),
            "alternatives": [{"conversation": a.conversation, "score": round(a.score, 3)} for a in self.alternatives],
        }
        if self.out_of_scope is not None:
            data["out_of_scope"] = self.out_of_scope.to_json()
        return data


UPWARD_FEEDBACK = "upward-feedback"
_ABOVE = re.compile(
    r"\b(my|our|the|his|her|their)\s+(new\s+|direct\s+|immediate\s+|own\s+|former\s+)?"
    r"(manager|boss|bosses|lead|supervisor|director|vp|head|ceo|cto|founder|superior|higher[- ]ups|"
    r"team\s+lead|tech\s+lead|line\s+manager|skip[- ]level|management|leadership|executives?|principal)\b"
    r"|\b(upper|senior|middle)\s+management\b|\bhigher[- ]ups\b|\breport(s|ing)?\s+to\b(?!\s+me\b)"
    r"|\bupward\b|\bmanaging\s+up\b|\bmy\s+manager's\b|\bboss(es)?\b|\b(supervisors|managers|ceo|cfo|coo|vp)\b"
    r"|\bdear\s+manager\b|\btwo\s+levels\s+up\b|\bmy\s+(\w+[- ]?\w*\s+)?(review|evaluation|appraisal)\b"
    r"|\bfeedback\s+(for|about|on|to)\s+me\b|\bneeds?\s+from\s+me\b|\bas\s+(your|a|their|his|her)\s+(new\s+)?manager\b"
    r"|\bmy\s+(management|leadership)(\s+style)?\b|\bthink\s+of\s+me\b|\bleadership\b"
    r"|\bmanagement\s+(team|decided|wants|says|keeps|changed|asked)\b",
    re.I,
)
"""Someone above the writer ("my manager", "our CEO", "leadership", "the person I report to",
"my review"), or the writer as the manager asking their team about themselves ("any feedback
for me?", "what my team needs from me"): where feedback goes up."""


def names_someone_above(situation: str) -> bool:
    return bool(_ABOVE.search(situation))


def infer_role(situation: str) -> Role | None:
    """A guess from wording such as "my report" or "my manager"; None when unclear."""
    manager = len(_MANAGER_CUES.findall(situation))
    contributor = len(_CONTRIBUTOR_CUES.findall(situation))
    if manager > contributor:
        return "manager"
    if contributor > manager:
        return "contributor"
    return None


def _conversation_text(conversation: Conversation) -> str:
    parts = [conversation.title, conversation.purpose, *conversation.situations, *conversation.keywords]
    parts += [q.text for q in conversation.questions]
    return " ".join(parts)


class Router:
    """Scores every conversation against a situation. Build once; `route` is cheap."""

    def __init__(
        self,
        framework: Framework,
        embedder: Embedder | None,
        scope: Scope | None = None,
        model: RoutingModel | None = None,
    ) -> None:
        self._conversations = list(framework)
        known = {w.lower() for c in self._conversations for w in re.findall(r"[a-z]+", _conversation_text(c), re.I)}
        self._scope = ScopeCheck(scope, known) if scope is not None else None
        self._embedder = embedder
        self._bm25 = Bm25([_conversation_text(c) for c in self._conversations])
        self._phrases = [[p for k in c.keywords if (p := normalise(k))] for c in self._conversations]
        self._vectors: list[tuple[np.ndarray, np.ndarray]] | None = None
        self._vectors_lock = threading.Lock()
        self._model = model if model is not None and self._fits(model) else None

    @property
    def embedder_identity(self) -> str | None:
        """`<name>/<model>`, what a learned model must have been trained with."""
        return None if self._embedder is None else f"{self._embedder.name}/{self._embedder.model}"

    def _fits(self, model: RoutingModel) -> bool:
        """Trained on these features, this embedder's vectors and exactly these conversations."""
        return (
            model.version == FEATURES_VERSION
            and model.embedder == self.embedder_identity
            and sorted(model.conversations) == sorted(c.id for c in self._conversations)
        )

    @property
    def trained_on(self) -> frozenset[str]:
        """The case files the learned model was fitted on (none with the fixed weights):
        its confidence can be judged only on text it never saw."""
        return frozenset(self._model.trained_on) if self._model is not None else frozenset()

    @property
    def learned(self) -> bool:
        """Whether routes come from the learned model (else from the fixed weights)."""
        return self._model is not None

    def _embedded(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per conversation: vectors of its situations+purpose, and of its questions. Built
        once, under a lock, and published only when complete (the warm-up worker and the
        first route may both get here)."""
        with self._vectors_lock:
            if self._vectors is None:
                assert self._embedder is not None
                built = []
                for c in self._conversations:
                    described = self._embedder.embed([*c.situations, c.purpose, c.title])
                    asked = self._embedder.embed([q.text for q in c.questions])
                    built.append((described, asked))
                self._vectors = built
            return self._vectors

    def _lexical(self, situation: str) -> np.ndarray:
        scores = np.array(self._bm25.scores(dict.fromkeys(content_terms(situation), 1.0)))
        text = f" {normalise(situation)} "
        for i, phrases in enumerate(self._phrases):
            scores[i] += sum(1.0 + len(phrase.split()) for phrase in phrases if f" {phrase} " in text)
        return scores / max(scores.max(), LEXICAL_SCALE_FLOOR)

    def _query(self, situation: str) -> np.ndarray | None:
        return None if self._embedder is None else self._embedder.embed([situation])[0]

    def _semantic(self, query: np.ndarray | None) -> np.ndarray:
        if query is None:
            return np.zeros(len(self._conversations))
        scores = []
        for described, asked in self._embedded():
            situational = float(np.max(described @ query))
            by_question = float(np.max(asked @ query))
            scores.append(0.75 * situational + 0.25 * by_question)
        values = np.array(scores)
        # Similarities sit in a narrow band; stretch them toward 0..1 like the lexical
        # scores, but never stretch a spread below what a real match shows (noise stays small).
        return (values - values.min()) / max(values.max() - values.min(), SEMANTIC_SPREAD_FLOOR)

    def features(self, situation: str, role: Role | None) -> np.ndarray:
        """What the learned model reads: the embedding, the similarity and BM25 scores per
        conversation (in framework order), the same two scores for what the writer asks
        for (zeros when they ask for nothing in so many words) and the role. Needs an embedder."""
        situation = situation_core(situation)
        query = self._query(situation)
        if query is None:
            raise UsageError("routing features need an embedder")
        asked = ask_clause(situation)
        if asked:
            wanted = np.concatenate([self._semantic(self._query(asked)), self._lexical(asked)])
        else:
            wanted = np.zeros(2 * len(self._conversations))
        return np.concatenate([query, self._semantic(query), self._lexical(situation), wanted, role_features(role)])

    def embedding_width(self, width: int) -> int:
        """How many of `width` features (a row of `features`) are the situation's embedding:
        they come first, before four scores per conversation and the role."""
        return width - 4 * len(self._conversations) - len(ROLE_FEATURES)

    @property
    def conversation_ids(self) -> list[str]:
        return [c.id for c in self._conversations]

    def allowed(self, role: Role | None, situation: str | None = None) -> list[str]:
        """The conversations open to `role`; feedback to one's manager only when the situation
        names someone above the writer (a report's tears at feedback are no upward feedback)."""
        open_to = [c.id for c in self._conversations if role is None or role in c.roles]
        if situation is not None and not names_someone_above(situation) and len(open_to) > 1:
            open_to = [c for c in open_to if c != UPWARD_FEEDBACK]
        return open_to

    def probabilities(self, situation: str, role: Role | None) -> dict[str, float]:
        """A probability per conversation open to `role`."""
        allowed = self.allowed(role, situation)
        if not allowed:
            raise UsageError(f"no conversation is available to a {role}")
        if self._model is not None:
            return self._model.probabilities(self.features(situation, role), allowed)
        situation = situation_core(situation)
        query = self._query(situation)
        weight = EMBEDDING_WEIGHT if query is not None else 0.0
        combined = weight * self._semantic(query) + LEXICAL_WEIGHT * self._lexical(situation)
        values = np.array([score for c, score in zip(self._conversations, combined, strict=True) if c.id in allowed])
        weights = np.exp((values - values.max()) / SOFTMAX_TEMPERATURE)
        return dict(zip(allowed, (weights / weights.sum()).tolist(), strict=True))

    def route(self, situation: str, role: Role | None = None) -> RouteResult:
        if not situation.strip():
            raise UsageError('describe the situation in a few words, e.g. "my report is behind on a key result"')
        effective_role = role or infer_role(situation)
        by_id = self.probabilities(situation, effective_role)
        ids = list(by_id)
        probabilities = np.array([by_id[i] for i in ids])
        order = np.argsort(-probabilities, kind="stable")
        best = ids[order[0]]
        alternatives = [Alternative(ids[i], float(probabilities[i])) for i in order[1:4]]
        outside = self._scope.check(situation) if self._scope is not None else None
        if outside is not None:  # what coach can and cannot do, with the nearest conversations
            ranked = [Alternative(ids[i], float(probabilities[i])) for i in order[:3]]
            return RouteResult(OUT_OF_SCOPE, 1.0, ranked, effective_role, outside)
        return RouteResult(best, float(probabilities[order[0]]), alternatives, effective_role)
