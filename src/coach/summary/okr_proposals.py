"""A summary's OKR updates as proposed updates to the person's key results in memory: each
update goes to the one key result it names (by the words they share), with its status and,
when the meeting gives it, the new current value ("480 of 500" for a target of 500). The
user confirms before anything changes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from coach.core.text import STOP_WORDS, words
from coach.memory.models import OKR, KeyResult
from coach.summary.models import OKRUpdate

MIN_SHARED = 0.25
"""The share of the key result's own words (figures aside) the update must name."""
_OF_TARGET = re.compile(
    r"(?P<current>\d+(?:[.,]\d+)?)\s*(?:%\s*)?(?:of|out\s+of|/)\s*(?P<target>\d+(?:[.,]\d+)?)", re.I
)
_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(%|k\b)?", re.I)
_GENERIC = frozenset(["key", "result", "results", "objective", "okr", "okrs", "goal", "target", "quarter"])


@dataclass(frozen=True)
class KeyResultProposal:
    key_result_id: int
    objective: str
    key_result: str
    status: str | None
    """The new status, or None to keep the one it has."""
    current: float | None
    """The new current value, or None to keep it."""
    evidence: str

    def describe(self) -> str:
        change = ", ".join(
            part for part in (self.status, f"current {self.current:g}" if self.current is not None else None) if part
        )
        return f"{self.key_result} ({self.objective}): {change}"


def _content(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOP_WORDS and w not in _GENERIC and len(w) > 2 and not w.isdigit()}


def _number(value: str) -> float:
    return float(value.replace(",", ""))


def current_value(evidence: str, key_result: KeyResult) -> float | None:
    """The figure the meeting gives for this key result: "480 of 500" when 500 is its
    target, else the one figure in the sentence besides the target and years."""
    if key_result.target is None:
        return None
    for match in _OF_TARGET.finditer(evidence):
        if abs(_number(match.group("target")) - key_result.target) < 1e-9:
            return _number(match.group("current"))
    figures = [
        _number(m.group(1)) * (1000 if (m.group(2) or "").lower() == "k" else 1) for m in _NUMBER.finditer(evidence)
    ]
    figures = [f for f in figures if not 1900 <= f <= 2100 and f != key_result.target]  # not a year, not the target
    return figures[0] if len(figures) == 1 else None


def propose(updates: Sequence[OKRUpdate], okrs: Sequence[OKR]) -> list[KeyResultProposal]:
    """One proposal per key result at most, from the update that names it best."""
    best: dict[int, tuple[float, KeyResultProposal]] = {}
    for update in updates:
        said = _content(f"{update.objective} {update.evidence}")
        for okr in okrs:
            for kr in okr.key_results:
                own = _content(kr.description)
                if not own or not (shared := own & said):
                    continue
                score = len(shared) / len(own) + 0.25 * len(_content(okr.objective) & said) / max(
                    1, len(_content(okr.objective))
                )
                if len(shared) / len(own) < MIN_SHARED:
                    continue
                status = update.status if update.status != "unknown" and update.status != kr.status else None
                current = current_value(update.evidence, kr)
                if current == kr.current:
                    current = None
                if status is None and current is None:
                    continue
                proposal = KeyResultProposal(kr.id, okr.objective, kr.description, status, current, update.evidence)
                if kr.id not in best or score > best[kr.id][0]:
                    best[kr.id] = (score, proposal)
    return [proposal for _, proposal in sorted(best.values(), key=lambda pair: pair[1].key_result_id)]
