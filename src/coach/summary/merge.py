"""One commitment said twice is one item: agreed, then repeated in a recap, or the same
person to get hold of twice in a few minutes of a call. Used for coach's draft and for the
model's items checked against it."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date as Date
from difflib import SequenceMatcher
from typing import Protocol, TypeVar

from coach.core.text import stem
from coach.summary.wording import content_words, first_verb


class _Item(Protocol):
    owner: str | None
    task: str
    due: Date | None

    @property
    def line(self) -> int | None: ...


Item = TypeVar("Item", bound=_Item)


_LIGHT_WORDS = frozenset(
    [
        "take",
        "look",
        "make",
        "get",
        "have",
        "check",
        "send",
        "put",
        "give",
        "follow",
        "into",
        "after",
        "call",
        "meeting",
        "breakout",
        "today",
        "tomorrow",
        "week",
        "next",
        "this",
        "that",
        "then",
        "also",
        "just",
        "quick",
        "closer",
        "good",
        "right",
        "soon",
        "later",
    ]
)
"""Words two different tasks share ("take a look into it after this call"): they do not
make two items one."""
_LIGHT = frozenset(stem(word) for word in _LIGHT_WORDS)


NEAR_LINES = 100
"""Two tasks about "it" said this close (a few minutes of a call) are one; further apart, two."""


_A_LOOK = re.compile(r"\b(?:take|have|give\s+it)\s+a\s+(?:quick\s+|closer\s+|first\s+)?look\b", re.IGNORECASE)
"""'Take a look at it' is looking at it: the same task as 'look at the flaky test'."""


_ABOUT_IT = re.compile(
    r"^\w+\s+(?:it|this|that|them)(?:\s+(?:later|again|soon|too|as\s+well|today|tomorrow|offline|async|"
    r"after\s+(?:this|the)\s+(?:call|meeting)))?\s*[.!]?$",
    re.IGNORECASE,
)
"""A task whose object is only "it": "review it later"."""


_PUT_OUT = re.compile(r"\b(?:upload|publish|share|post)(?:s|ed|ing)?\b", re.IGNORECASE)
"""Putting a thing where others find it: "post the recording", then "upload the recording to Discord"."""


@functools.lru_cache(maxsize=8192)
def _terms(task: str) -> frozenset[str]:
    joined = _NAME_IN_WORDS.sub(lambda m: m.group(0).replace(" ", ""), _A_LOOK.sub("look", task))  # "Sigma Prime"
    return frozenset(stem(word) for word in content_words(_PUT_OUT.sub("post", joined)))


_NAME_IN_WORDS = re.compile(r"(?<=\w )[A-Z][a-z]+(?: [A-Z][a-z]+)+")
"""A name in two words inside a task ("the Sigma Prime nodes"), which a transcript also writes as one ("SigmaPrime")."""


@functools.lru_cache(maxsize=65536)
def _alike(word: str, other: str) -> bool:
    """The same word heard twice by a transcribing machine ("Hasblops", "HasBlobs")."""
    return word == other or (min(len(word), len(other)) >= 6 and SequenceMatcher(None, word, other).ratio() >= 0.8)


def _overlap(one: frozenset[str], other: frozenset[str]) -> float:
    shared = sum(1 for word in one if any(_alike(word, theirs) for theirs in other))
    return min(shared, len(other)) / max(1, min(len(one), len(other)))


_REACHING = re.compile(
    r"^(?:contact|ping|email|message|call|ask|talk\s+(?:to|with)|speak\s+(?:to|with)|check\s+with|sync\s+(?:up\s+)?with|"
    r"reach\s+out\s+to|follow\s+up\s+with|chat\s+with)\s+(?P<who>[\w'-]+)"
)
"""Whom a task gets hold of, a name or a pronoun: "ping Barnabas", "contact them"."""


def _same_task(one: _Item, other: _Item) -> bool:
    """The same words, and the same words once the light ones are set aside; about "it"
    both times, said close together; or getting hold of the same person twice in a few
    minutes ("I will talk with Barnabas about this", "I'll ping Barnabas and see")."""
    near = one.line is None or other.line is None or abs(one.line - other.line) <= NEAR_LINES
    contact, again = _REACHING.match(one.task), _REACHING.match(other.task)
    if contact and again and contact.group("who")[:1].isupper() and contact.group("who") == again.group("who") and near:
        return True
    mine, theirs = _terms(one.task), _terms(other.task)  # "meetings" and "meeting's" are one word here
    verbs = tuple(stem(first_verb(_PUT_OUT.sub("post", _A_LOOK.sub("look", item.task)))) for item in (one, other))
    if verbs[0] == verbs[1] and (_ABOUT_IT.match(one.task) or _ABOUT_IT.match(other.task)):
        return near  # "review it later", then "review the issue": about it, said close together
    if verbs[0] == verbs[1] and one.line is not None and one.line == other.line:
        # "I'll make those changes. I don't know, I will make them this week": one turn, one task;
        # "I'll contact them and see… And I'll contact Kev directly": someone else, a second one
        return not (contact and again and contact.group("who").lower() != again.group("who").lower())
    if one.line is not None and one.line == other.line and _ABOUT_IT.match(one.task) and _ABOUT_IT.match(other.task):
        return True  # "I will touch it, and I will try to simplify it": one thing, the work said last
    if _overlap(mine, theirs) < 0.6:
        return False
    if verbs[0] != verbs[1] and not set(verbs) & _LIGHT and mine - {verbs[0]} != theirs - {verbs[1]}:
        return False  # "merge the process document PR", "improve the process document": two things to do
    mine, theirs = mine - _LIGHT, theirs - _LIGHT
    if mine and theirs:
        return _overlap(mine, theirs) >= 0.6
    return near  # about "it" once or twice ("look at this", then "look at these two PRs"), said close together


def merge_items(drafts: list[Item], apart: Callable[[int, int], bool] | None = None) -> list[Item]:
    """The same commitment said twice (agreed, then repeated in a recap) is one item, in
    the words that name what it is about ("look at this", then "look at these two PRs and
    merge them"); one's date fills in the other's missing one. Items on two lines that
    `apart` keeps apart (action lines under two headings of minutes: "update the tracking
    issue" for two proposals) stay two."""
    kept: list[Item] = []
    by_owner: dict[str | None, list[Item]] = {}
    for draft in drafts:
        mine = by_owner.setdefault(draft.owner, [])
        for index, other in enumerate(mine):
            if apart and draft.line is not None and other.line is not None and apart(draft.line, other.line):
                continue
            if _same_task(draft, other):
                if (
                    (_ABOUT_IT.match(other.task) or not _terms(other.task) - _LIGHT) and not _ABOUT_IT.match(draft.task)
                ) or (draft.line is not None and draft.line == other.line and _ABOUT_IT.match(other.task)):
                    # "this" first, named now; or about it twice in one turn, the last word the work
                    draft.due = draft.due or other.due
                    kept[kept.index(other)] = mine[index] = draft
                else:
                    other.due = other.due or draft.due
                break
        else:
            kept.append(draft)
            mine.append(draft)
    return kept


RESTATED_TERMS = 3
"""Words a point of the notes shares with an item of the action list that makes it the same
item told again ("arrange for a representative from the SIP Editor Body to attend" listed,
"bring someone from the SIP Editor Body" in the discussion)."""


def restated(drafts: list[Item], listed: set[int]) -> list[Item]:
    """The items without those the notes tell again in their discussion, once the minutes
    list them as actions: a point's item whose owner has an item on a line of the list
    (`listed`) with a few of its words ("work to formalize the member list and adjust the
    meeting time" listed, "work to formalize the member list and find a workable meeting
    time" discussed) is that item, not a second one."""
    on_list = [d for d in drafts if d.line in listed]
    return [
        draft
        for draft in drafts
        if draft.line in listed
        or not any(
            other.owner == draft.owner and len((_terms(other.task) & _terms(draft.task)) - _LIGHT) >= RESTATED_TERMS
            for other in on_list
        )
    ]
