"""A saved summary's OKR updates, offered as updates to the person's key results: matched
by the words they share, with the status and the figure the meeting gave."""

from __future__ import annotations

from coach.memory.models import OKR, KeyResult
from coach.summary.models import OKRUpdate
from coach.summary.okr_proposals import propose

OKRS = [
    OKR(
        1,
        "Sam",
        "Keep customers longer",
        "2026-Q4",
        [
            KeyResult(10, "Reduce monthly churn to 5%", 5.0, 7.0, "on-track"),
            KeyResult(11, "Reach 500 survey signups", 500.0, 300.0, "on-track"),
        ],
    ),
    OKR(2, "Sam", "Ship the billing rewrite", "2026-Q4", [KeyResult(20, "Migrate 3 services", 3.0, 1.0, "at-risk")]),
]


def update(objective: str, evidence: str, status: str = "unknown") -> OKRUpdate:
    return OKRUpdate(objective=objective, status=status, evidence=evidence)  # type: ignore[arg-type]


def test_an_update_goes_to_the_key_result_it_names_with_its_status_and_figure() -> None:
    (churn,) = propose([update("churn", "It's at 6.2% against the 5% target, so it's at risk.", "at-risk")], OKRS)
    assert (churn.key_result_id, churn.status, churn.current) == (10, "at-risk", 6.2)
    assert churn.describe() == "Reduce monthly churn to 5% (Keep customers longer): at-risk, current 6.2"


def test_of_the_target_is_the_current_value_and_an_unchanged_status_is_not_proposed() -> None:
    (signups,) = propose([update("Signups", "Signups KR: 480 of 500 in 2026, on track", "on-track")], OKRS)
    assert (signups.key_result_id, signups.status, signups.current) == (11, None, 480.0)


def test_nothing_is_proposed_for_an_update_that_names_no_key_result_or_changes_nothing() -> None:
    assert propose([update("hiring", "The hiring goal is off track", "off-track")], OKRS) == []
    assert propose([update("services", "Migrate 3 services: 1 done, at risk", "at-risk")], OKRS) == []
    assert propose([], OKRS) == []


def test_one_proposal_per_key_result_from_the_update_that_names_it_best() -> None:
    proposals = propose(
        [
            update("billing", "Billing is slipping", "at-risk"),
            update("services migration", "Migrate services: 2 of 3 services migrated, behind", "off-track"),
        ],
        OKRS,
    )
    assert [(p.key_result_id, p.status, p.current) for p in proposals] == [(20, "off-track", 2.0)]
