"""The brief a user takes into the meeting: the situation and goal, an opening line, what to
raise (only the specific points: examples, numbers, dates, observed behaviour), the feedback
as situation-behaviour-impact, questions to ask, likely reactions and how to respond, what
to avoid, next steps with owners and dates, and what is still to pin down. A contributor's
brief carries a paste-ready self-review draft, an upward-feedback script or a promotion case.
Markdown, readable in any viewer; built from the session's state alone, plus what memory and
the advice base supply (`BriefExtras`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from coach.core.text import content_terms, sentences
from coach.engine.phrasing import personalise
from coach.engine.specifics import (
    Step,
    parse_steps,
    specific_sentences,
    split_feedback,
    to_second_person,
)
from coach.engine.state import GuideState
from coach.framework.models import REACTION_WORDS, Conversation, Reaction, RoleBrief

MAX_RAISE = 6
MAX_QUESTIONS = 5
MIN_QUESTIONS = 3
MAX_REACTIONS = 4
STATUS_LABEL = {"covered": "covered", "partial": "thin answer", "skipped": "skipped", "open": "not reached"}
MARK = {"covered": "✓", "partial": "◐", "skipped": "–", "open": "○"}
REACTION_LABEL: dict[Reaction, str] = {
    "defensiveness": "gets defensive",
    "blame": "blames others",
    "silence": "goes quiet",
    "tears": "gets upset",
    "pushback": "says it's unfair",
    "target-pushback": "doesn't believe in the target",
    "overload": "says there's too much on their plate",
}
_ASK_FOR_MORE = re.compile(r"\b(promot|senior|raise|pay|salary|staff|lead role|tech lead|next level)\w*", re.I)
_BULLET = re.compile(r"^[-•*]\s*")


ATTRIBUTION = '*Prepared with coach. Framework adapted from WhatMatters\' "All Talk: Performance Conversations".*'
"""The last line of every brief: where the framework comes from."""


@dataclass(frozen=True)
class ReactionAdvice:
    reaction: Reaction
    title: str
    text: str


@dataclass(frozen=True)
class BriefExtras:
    """What the brief takes from outside the session: the person's open action items and
    OKRs from memory, and the advice base's entries on each reaction."""

    open_items: list[str] = field(default_factory=list)
    """Each: "send the cutover plan (due 2026-11-20)", the person's own open items."""
    key_results: list[str] = field(default_factory=list)
    """Each: "Payments migration: 1 of 3 services (at risk)", the person's off-track key results."""
    reactions: dict[str, ReactionAdvice] = field(default_factory=dict)


def other_person(conversation: Conversation, state: GuideState) -> str:
    if state.person:
        return state.person
    counterpart = conversation.counterpart(state.role)
    return {"contributor": "your report", "manager": "your manager"}.get(counterpart or "", "them")


def _fill(text: str, conversation: Conversation, state: GuideState) -> str:
    """A brief template with the other person's name; a sentence may start with it. With no
    name, a line that opens by addressing them ("{person}, I'd like…") opens with what follows:
    "Your report, I'd like…" is no way to greet anyone."""
    who = other_person(conversation, state)
    if not state.person and text.startswith("{person}, "):
        text = text.removeprefix("{person}, ")
        text = text[:1].upper() + text[1:]
    filled = text.replace("{person}", who)
    return filled[:1].upper() + filled[1:] if filled.startswith(who) else filled


def everything_said(state: GuideState) -> str:
    """The situation and every answer, as one text (to look for reactions, asks, topics)."""
    return " ".join([state.situation or "", *(a for q in state.questions.values() for a in q.answers)])


def _answers(state: GuideState, qid: str) -> list[str]:
    return [a for a in state.questions[qid].answers if not a.strip().startswith("/")] if qid in state.questions else []


def _specifics(state: GuideState, qid: str) -> list[str]:
    return [s for answer in _answers(state, qid) for s in specific_sentences(answer)]


def points_to_raise(state: GuideState, *, leave_out: frozenset[str] = frozenset(), situation: bool = True) -> list[str]:
    """The specific sentences of the situation (unless shown on its own) and the answers,
    in question order, each once; vague ones ("It's behind.", "Maybe she needs more help.")
    never count as points."""
    points: list[str] = specific_sentences(state.situation or "") if situation else []
    for qid in state.order:
        if qid in leave_out:
            continue
        points += [p for p in _specifics(state, qid) if p not in points]
    return points[:MAX_RAISE]


def feedback_example(state: GuideState, guide: RoleBrief) -> str | None:
    """The observed example to give as feedback: the first specific sentence of the
    feedback questions that says when or where it happened."""
    candidates = [s for qid in guide.feedback_from for s in _specifics(state, qid)]
    dated = [s for s in candidates if split_feedback(s).situation]
    # From a question asked for feedback, any specific example; from others, only an incident.
    chosen = dated or (candidates if len(guide.feedback_from) == 1 else [])
    return chosen[0] if chosen else None


def feedback_lines(example: str, person: str | None) -> list[str]:
    parts = split_feedback(example)
    behaviour = to_second_person(parts.behaviour, person)
    lines = [
        f"- **Situation:** {parts.situation or 'still to pin down: when and where did it happen?'}",
        f"- **Behaviour:** {behaviour}",
        f"- **Impact:** {parts.impact or 'still to pin down: what did it cause, and for whom?'}",
        "",
    ]
    said = f"{parts.situation}, {behaviour}" if parts.situation else behaviour[:1].upper() + behaviour[1:]
    if parts.impact:
        said += f"; after that, {parts.impact}"
    lines.append(f"Say it as: “{said}.” Then ask: “How did you see it?” and listen before you propose anything.")
    return lines


_OBJECTIVE_NAMED = re.compile(
    r"\b(?:KRs?|key\s+results?|OKRs?|objectives?|goals?)\s+(?:was|is|were|are)\s+to\s+"
    r"(?P<goal>[a-z][\w'’%-]*(?:\s+[\w'’%.-]+){1,7}?)(?=\s+(?:by|before|in|this|next|for|and|but|so)\b|\s*[.;,:)]|\s*$)",
)
"""An objective the user named by what it is to do: "her KR was to ship the billing migration
by end of Q3" is the plan to ship the billing migration."""


def objectives_named(text: str) -> list[str]:
    """The objectives a text names by what they are to do, in order, each once."""
    return list(dict.fromkeys(m.group("goal").rstrip(".") for m in _OBJECTIVE_NAMED.finditer(text)))


def tailored_questions(conversation: Conversation, state: GuideState, extras: BriefExtras) -> list[str]:
    """Three to five questions: first about the person's own open items and off-track key
    results, then the framework's most relevant to what the user described, in the order
    the conversation asks them (next steps last, never first)."""
    questions = [
        f"Last time you agreed to {item}. Where is it now, and what got in the way?" for item in extras.open_items[:2]
    ]
    questions += [f"Where does {kr} stand, and how confident are you it lands?" for kr in extras.key_results[:1]]
    asks_status = any(q.id.endswith(".okr-status") for q in conversation.questions) and state.role == "manager"
    named = objectives_named(everything_said(state))[:1] if asks_status and not extras.key_results else []
    questions += [
        f"Walk me through the plan to {goal}: where does it stand, and how confident are you it lands?"
        for goal in named
    ]
    told = set(content_terms(everything_said(state)))
    asked_by_name = {q.live_wording for q in conversation.questions if q.id.endswith(".okr-status")}
    framework = [
        personalise(q, state.person)
        for q in conversation.questions_to_ask(state.role)
        if not (
            (extras.key_results or named) and q in asked_by_name
        )  # "Where does the churn key result stand…" asks it
    ]
    ranked = sorted(enumerate(framework), key=lambda item: (-len(told & set(content_terms(item[1]))), item[0]))
    room = max(MIN_QUESTIONS, MAX_QUESTIONS - len(questions))
    chosen = sorted(ranked[:room])  # the most relevant, asked in the conversation's order
    return [*questions, *(q for _, q in chosen)][:MAX_QUESTIONS]


def likely_reactions(guide: RoleBrief, state: GuideState, extras: BriefExtras) -> list[ReactionAdvice]:
    """The reactions this kind of conversation tends to bring, the ones the user described
    first ("got defensive when I raised it")."""
    told = everything_said(state)
    seen = [r for r, pattern in REACTION_WORDS.items() if pattern.search(told)]
    wanted = [*(r for r in seen if r in extras.reactions), *(r for r in guide.reactions if r not in seen)]
    return [extras.reactions[r] for r in wanted if r in extras.reactions][:MAX_REACTIONS]


def step_line(step: Step) -> str:
    owner = step.owner[:1].upper() + step.owner[1:]
    return f"- **{owner}**: {step.what} — {step.when or 'date to agree'}"


def next_steps(guide: RoleBrief, state: GuideState, other: str, extras: BriefExtras) -> list[str]:
    answered = _answers(state, guide.steps_from) if guide.steps_from else []
    steps = [step_line(s) for answer in answered for s in parse_steps(answer, state.person)]
    if steps:
        return steps
    if not guide.steps_from:
        return []
    return [
        f"- **You and {other}**: agree one change from this conversation and a date to check it — before you leave the room",
        "- **You**: send the agreed steps in writing — the same day",
        *(f"- **{other}**: {item}" for item in extras.open_items[:1]),
    ]


def still_to_pin_down(conversation: Conversation, state: GuideState) -> list[str]:
    """Every question without a specific answer: what was said, and what would make it usable."""
    plan = {p.id: p for p in conversation.plan(state.role)}
    lines = []
    for qid in state.order:
        qstate = state.questions[qid]
        wording = personalise(plan[qid].wording, state.person)
        said = _answers(state, qid)
        if said and _specifics(state, qid) and qstate.status == "covered":
            continue
        if said and not _specifics(state, qid):
            quoted = " / ".join(f"“{' '.join(a.split()).rstrip('.')}”" for a in said)
            need = "; ".join(plan[qid].question.covers)
            lines.append(f"- {wording} You said {quoted}. Pin down: {need}.")
        elif qstate.status != "covered":
            probes = plan[qid].probes
            follow_up = f" Try: {personalise(probes[0], state.person)}" if probes else ""
            lines.append(f"- {wording} *({STATUS_LABEL[qstate.status]})*{follow_up}")
    return lines


# Contributor sections -------------------------------------------------------------------
def self_review_draft(state: GuideState) -> list[str]:
    """Paste-ready paragraphs in the user's own words and numbers."""
    parts = [
        ("Results", "self-reflection.on-track"),
        ("Where I'm growing", "self-reflection.opportunities"),
        ("How my work connects", "self-reflection.connection"),
        ("Feedback for my manager", "self-reflection.feedback-for-manager"),
        ("What I'm asking for", "self-reflection.asks"),
    ]
    lines = []
    for label, qid in parts:
        said = _specifics(state, qid) or [s for a in _answers(state, qid) for s in sentences(a) if len(s.split()) >= 6]
        said = [s for s in [*_told_in_situation(state, qid), *said] if not _ABOUT_THE_REVIEW.search(s)]
        if said:
            lines += [f"**{label}.** " + " ".join(_sentence(s) for s in said), ""]
    return lines


_ABOUT_THE_REVIEW = re.compile(
    r"\b(?:self[- ]?)?(?:review|assessment|appraisal|evaluation)s?\b[^.]*\b(?:due|coming up|is on|next (?:week|month))\b",
    re.I,
)
"""A sentence about the review itself ("Our annual self-review is due Friday"), not the work."""


def _told_in_situation(state: GuideState, qid: str) -> list[str]:
    """What the situation says toward the question it was offered as the answer to, when the
    user answered by adding to it ("Add what is missing"): tried as a contributor, the draft's
    results left out "I led the checkout rewrite that cut page load from 4.1s to 1.8s"."""
    if qid != state.situation_question or not state.situation:
        return []
    answered = " ".join(_answers(state, qid))
    return [s for s in specific_sentences(state.situation) if s not in answered]


def upward_script(state: GuideState, other: str) -> list[str]:
    helpful = _specifics(state, "upward-feedback.helpful")
    impeding = _specifics(state, "upward-feedback.impeding")
    ask = [s for a in _answers(state, "upward-feedback.could-do") for s in sentences(a)]
    lines = []
    if helpful:
        lines.append(f"1. Start with what helps: “{_sentence(to_second_person(helpful[0], other))}”")
    if impeding:
        lines.append(
            f"2. Then the one thing, with its example: “{_sentence(to_second_person(impeding[0], other))} "
            "It makes my work harder, and I'd like to fix it together.”"
        )
    if ask:
        request = ask[0].rstrip(".")
        lines.append(f"3. Ask for one change: “Could we try this: {request[:1].lower() + request[1:]}?”")
    if lines:
        lines.append(f"{len(lines) + 1}. Then listen, and agree when you will both check whether it is working.")
    return lines


def growth_case(state: GuideState) -> tuple[str, list[str]]:
    told = everything_said(state)
    money = re.search(r"\b(raise|pay|salary)\b", told, re.I)
    heading = "Your case for a raise" if money else "Your promotion case"
    aim = [s for a in _answers(state, "career-growth.career-goals") for s in sentences(a)]  # an aim needs no number
    evidence = [s for qid in ("career-growth.current-skills", "career-growth.support") for s in _specifics(state, qid)]
    lines = []
    if aim:
        lines.append(f"- **What you're aiming for:** {' '.join(aim)}")
    if evidence:
        lines.append(f"- **Evidence and what you're asking for:** {' '.join(evidence)}")
    lines.append(
        "- **Ask them:** what the bar looks like from where they sit, what gap they see, and the next step with a date."
    )
    return heading, lines


def _sentence(text: str) -> str:
    text = _BULLET.sub("", text.strip())
    return text if text.endswith((".", "!", "?")) else text + "."


# The brief --------------------------------------------------------------------------------
def build_brief(
    conversation: Conversation,
    state: GuideState,
    *,
    when: date,
    session_id: str,
    extras: BriefExtras | None = None,
) -> str:
    extras = extras or BriefExtras()
    guide = conversation.brief_for(state.role)
    counts = state.counts()
    other = other_person(conversation, state)
    title = conversation.title + (f" with {state.person}" if state.person else "")
    lines = [
        f"# Brief: {title}",
        "",
        f"*{state.role.capitalize()} · {when.isoformat()} · session `{session_id}` · "
        f"{counts['covered']} of {len(state.order)} questions covered*",
        "",
        *([f"**The situation:** {state.situation}", ""] if state.situation else []),
        f"**The goal:** {_fill(guide.goal, conversation, state)}",
        "",
        f"**Opening line:** “{_fill(guide.opening, conversation, state)}”",
        "",
    ]

    example = feedback_example(state, guide)
    leave_out = frozenset([*([guide.steps_from] if guide.steps_from else [])])
    raise_points = [p for p in points_to_raise(state, leave_out=leave_out, situation=False) if p != example]
    if conversation.id == "self-reflection":
        draft = self_review_draft(state)
        lines += ["## Your self-review draft", ""]
        lines += (
            ["*In your own words and numbers; read it through and paste it into the review form.*", "", *draft]
            if draft
            else ["Nothing specific enough yet: see what is still to pin down.", ""]
        )
    else:
        lines += ["## What to raise", ""]
        lines += [f"- {_sentence(p)}" for p in raise_points] or [
            "- Nothing specific yet: no example, number or date in your answers (see what is still to pin down)."
        ]
        lines.append("")
    if example:
        lines += ["## The feedback, as situation, behaviour, impact", ""]
        lines += [*feedback_lines(example, state.person), ""]
    if conversation.id == "upward-feedback" and state.role == "contributor" and (script := upward_script(state, other)):
        lines += ["## What to say", "", *script, ""]
    if conversation.id == "career-growth" and state.role == "contributor":
        told = everything_said(state)
        if _ASK_FOR_MORE.search(told):
            heading, case = growth_case(state)
            lines += [f"## {heading}", "", *case, ""]

    questions = tailored_questions(conversation, state, extras)
    if questions:
        lines += [f"## Questions to ask {other}", ""]
        lines += [f"{n}. {q}" for n, q in enumerate(questions, 1)]
        lines.append("")

    reactions = likely_reactions(guide, state, extras)
    if reactions:
        lines += [f"## If {other} reacts", ""]
        lines += [f"- **If {other} {REACTION_LABEL[r.reaction]}:** {' '.join(r.text.split())}" for r in reactions]
        lines.append("")
    if guide.avoid:
        lines += ["## What to avoid", "", *(f"- {a}" for a in guide.avoid), ""]

    steps = next_steps(guide, state, other, extras)
    if steps:
        lines += ["## Next steps to propose", "", *steps, ""]

    pending = still_to_pin_down(conversation, state)
    lines += ["## Still to pin down", ""]
    lines += pending or ["- Nothing: every question has a specific answer."]

    if state.role == conversation.leader and conversation.tips:
        lines += ["", "## Tips for leading it" if conversation.answerer else "## Tips", ""]
        lines += [f"- {tip}" for tip in conversation.tips]
    lines += [
        "",
        "---",
        ATTRIBUTION,
        "",
    ]
    return "\n".join(lines)
