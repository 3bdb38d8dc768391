"""The brief: what to raise, key points from the answers, questions to ask the other
person, and what was left open. Markdown, readable in any viewer."""

from __future__ import annotations

import re
from datetime import date

from coach.core.text import sentences
from coach.engine.phrasing import personalise
from coach.engine.state import GuideState
from coach.framework.models import Conversation

MAX_RAISE = 6
_RAISE = re.compile(
    r"\b(need|want|block|blocked|blocker|stuck|behind|risk|worr|concern|help|support|ask|promot|change|"
    r"adjust|drop|struggl|late|delay|miss|budget|training|burn|overload|frustrat|unclear|confus|propose)",
    re.I,
)
STATUS_LABEL = {"covered": "covered", "partial": "thin answer", "skipped": "skipped", "open": "not reached"}
MARK = {"covered": "✓", "partial": "◐", "skipped": "–", "open": "○"}


def answer_points(text: str) -> list[str]:
    """An answer's sentences, without bullet marks, ignoring fragments."""
    return [s.strip(" -•*") for s in sentences(text) if len(s.strip(" -•*")) > 2]


def points_to_raise(state: GuideState) -> list[str]:
    """Sentences from the answers that name a need, a risk, a request or a change."""
    flagged: list[str] = []
    first_sentences: list[str] = []
    for qid in state.order:
        for answer in state.questions[qid].answers:
            parts = answer_points(answer)
            if parts and len(first_sentences) < 4:
                first_sentences.append(parts[0])
            flagged += [s for s in parts if _RAISE.search(s) and s not in flagged]
    return (flagged or first_sentences)[:MAX_RAISE]


def other_person(conversation: Conversation, state: GuideState) -> str:
    if state.person:
        return state.person
    counterpart = conversation.counterpart(state.role)
    return {"contributor": "your report", "manager": "your manager"}.get(counterpart or "", "them")


def build_brief(conversation: Conversation, state: GuideState, *, when: date, session_id: str) -> str:
    plan = {p.id: p for p in conversation.plan(state.role)}
    counts = state.counts()
    person = state.person
    title = f"{conversation.title}" + (f" with {person}" if person else "")
    lines = [
        f"# Brief: {title}",
        "",
        f"*{state.role.capitalize()} · {when.isoformat()} · session `{session_id}` · "
        f"{counts['covered']} of {len(state.order)} questions covered*",
        "",
        *([f"**The situation:** {state.situation}", ""] if state.situation else []),
        "## What to raise",
        "",
    ]
    raise_points = points_to_raise(state)
    lines += [f"- {point}" for point in raise_points] or ["- Nothing yet: no answers were recorded."]

    lines += ["", "## Key points from your answers", ""]
    answered = [qid for qid in state.order if state.questions[qid].answers]
    for qid in answered:
        qstate = state.questions[qid]
        lines += [f"### {MARK[qstate.status]} {personalise(plan[qid].wording, person)}", ""]
        lines += [
            f"> {line}" if line.strip() else ">" for answer in qstate.answers for line in [*answer.splitlines(), ""]
        ][:-1]
        lines.append("")
    if not answered:
        lines += ["No answers yet.", ""]

    to_ask = [personalise(q, person) for q in conversation.questions_to_ask(state.role)]
    if to_ask:
        lines += [f"## Questions to ask {other_person(conversation, state)}", ""]
        lines += [f"{n}. {question}" for n, question in enumerate(to_ask, 1)]
        lines.append("")

    left_open = [qid for qid in state.order if state.questions[qid].status != "covered"]
    lines += ["## Left open", ""]
    if left_open:
        for qid in left_open:
            planned = plan[qid]
            status = STATUS_LABEL[state.questions[qid].status]
            probes = planned.probes  # addressed to this user, as the questions are
            follow_up = f" Try: {personalise(probes[0], person)}" if probes else ""
            lines.append(f"- {personalise(planned.wording, person)} *({status})*{follow_up}")
    else:
        lines.append("- Nothing: every question got a substantive answer.")

    if state.role == conversation.leader and conversation.tips:
        lines += ["", "## Tips for leading it" if conversation.answerer else "## Tips", ""]
        lines += [f"- {tip}" for tip in conversation.tips]
    lines += [
        "",
        "---",
        '*Prepared with coach. Framework adapted from WhatMatters\' "All Talk: Performance Conversations".*',
        "",
    ]
    return "\n".join(lines)
