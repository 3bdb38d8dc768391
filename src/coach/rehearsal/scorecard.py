"""The debrief's scorecard, from the rehearsal's lines alone (deterministic): framework
coverage, share of open questions, talk ratio, specifics, whether a next step with an owner
and a date was agreed, and the hidden facts that came out."""

from __future__ import annotations

import itertools
import re
from datetime import date as Date

from coach.core.text import counted, words
from coach.framework.models import Conversation
from coach.rehearsal.debrief import DebriefLine, Scorecard
from coach.rehearsal.intents import ANY_DAY, IntentMatcher
from coach.rehearsal.personas import Persona
from coach.rehearsal.rubric import default_rubric, overall
from coach.rehearsal.style import LineStyle, classify, style_label
from coach.summary.dates import find_due
from coach.summary.extract import summarise_offline
from coach.summary.meeting import parse_meeting
from coach.summary.wording import accepts

_JOINT = re.compile(r"\b(?:can we|could we|shall we|let's|we'll|we will|should we)\b", re.IGNORECASE)


def as_you(task: str) -> str:
    """ "send You the plan" -> "send you the plan": the user is "You" in the transcript."""
    return re.sub(r"\bYou's\b", "your", re.sub(r"\bYou\b(?!')", "you", task))


def next_steps(lines: list[tuple[str, str]], today: Date, them: str = "Them") -> list[str]:
    """Action items with an owner and a date, read as a meeting (You / the other person)
    would be, and joint steps ("could we check in on January 12?") the other side accepted."""
    text = "\n".join(f"{'You' if who == 'user' else them}: {line}" for who, line in lines)
    summary = summarise_offline(parse_meeting(text), today)
    items = [i for i in summary.action_items if i.owner and i.due]
    steps = [f"{i.owner}: {as_you(i.task)} (by {i.due.isoformat()})" for i in items if i.due]
    from_items = {i.line for i in items}
    for number, ((who, line), (replier, reply)) in enumerate(itertools.pairwise(lines), start=1):
        due, _span = find_due(line, today)
        if due and number not in from_items and who != replier and _JOINT.search(line) and accepts(reply):
            steps.append(f"Both: {line.strip()} (by {due.isoformat()})")
    return steps


def reached_in_meeting(
    text: str, style: LineStyle, conversation: Conversation, matcher: IntentMatcher, *, answering: bool = False
) -> list[str]:
    """The questions of the meeting itself that a user's line reaches: a question raises its
    topic; a statement counts when the user is the one answering (`answering`: the
    counterpart leads), or with specifics (feedback without an example, "keep it up",
    covers nothing), or when it settles next steps; an accusation that asks nothing covers
    nothing. Preparation questions ("which behaviours do you want your report to keep
    showing?") are the user's homework, never something to ask in the room, so they never
    count."""
    in_meeting = {q.id for q in conversation.questions if q.stage == "conversation"}
    if (style.accusatory and not style.question) or (not style.question and _FRAMING.match(text)):
        return []
    found = [
        qid
        for qid in matcher.reached(text)
        if qid in in_meeting and (style.question or answering or style.specific or qid.endswith("next-steps"))
    ]
    settled = [qid for qid in found if qid.endswith("next-steps") and find_due(text, ANY_DAY)[0]]
    return settled or found[:1]  # a dated next step settles the line; else the question it reaches best


_FRAMING = re.compile(
    r"^\s*(?:so,?\s+)?i(?:'d| would)? (?:wanted|want|like|hoped?) to (?:give you|share|talk|discuss|go over|raise|"
    r"bring up|check in|catch up|start)\b",
    re.IGNORECASE,
)
"""A line that announces what the meeting is about ("I wanted to give you some feedback on
the 1:1s") sets the scene and reaches nothing yet."""

_FILLER = re.compile(
    r"\b(?:um+|uh+|er+m?|you know|basically|actually|literally|just|sort of|kind of|i mean|"
    r"maybe|perhaps|probably|i think|i guess|i feel like|a bit|a little|somewhat)\b",
    re.IGNORECASE,
)


def filler_words(user_lines: list[str]) -> dict[str, int]:
    """How often each filler or hedge word comes up in the user's lines, most used first."""
    counts: dict[str, int] = {}
    for line in user_lines:
        for match in _FILLER.finditer(line):
            word = match.group(0).lower()
            counts[word] = counts.get(word, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


LONG_TURN = 70
"""A user's turn this long (in words) leaves the other person little room."""
TALKING_OVER = 35
"""A turn this long that gets a reply under a fifth of its length talks over the other person."""


def line_flag(
    text: str, style: LineStyle, reached: list[str], conversation: Conversation, *, answered: int | None = None
) -> str | None:
    """Why a user's line is worth another look, with a better way to put it: an accusation,
    a closed question on a key topic, a turn so long the other person cannot answer, or one
    that talks over them (`answered`: the words of the reply, when there is one)."""
    critical = {q.id for q in conversation.questions if q.critical and q.stage == "conversation"}
    better = f" Try: “{conversation.question(reached[0]).live_wording}”" if reached else ""
    if style.accusatory:
        return "accusing: it puts them on the defensive before you know what happened; ask what happened." + better
    if style.question and not style.open and set(reached) & critical:
        return "closed: a yes or no on a key topic tells you little." + better
    said = len(words(text))
    if said > LONG_TURN:
        return f"long: {said} words in one turn; ask one thing and let them answer."
    if answered is not None and said >= TALKING_OVER and answered * 5 < said:
        return f"talking over: {said} words got {answered} back; stop after the question and wait." + better
    return None


def point_to_advice(card: Scorecard, titles: dict[str, str]) -> None:
    """Each flagged line names the advice-base entry on its kind of problem (`titles`: entry
    id -> title), as the rubric maps them."""
    for line in card.lines:
        if line.flag and (entry := default_rubric().advice.get(line.flag.split(":", 1)[0])) and entry in titles:
            line.flag += f' More: “{titles[entry]}” (coach advise "{titles[entry].lower()}").'


def answering(persona: Persona | None) -> bool:
    """Whether the user answers rather than leads: the counterpart plays the manager."""
    return persona is not None and persona.plays == "manager"


def score(
    lines: list[tuple[str, str]],
    conversation: Conversation,
    matcher: IntentMatcher,
    persona: Persona | None = None,
    *,
    today: Date | None = None,
) -> Scorecard:
    """`lines` are (speaker, text) with speaker "user" or "them", in order."""
    user = [text for who, text in lines if who == "user"]
    them = [text for who, text in lines if who == "them"]
    first: dict[str, int] = {}
    styles: list[LineStyle] = []
    read: list[DebriefLine] = []
    for number, (who, text) in enumerate(lines, start=1):
        reply = lines[number][1] if number < len(lines) and lines[number][0] != who else ""
        if who != "user":
            read.append(DebriefLine(n=number, speaker=persona.name if persona else "them", text=text))
            continue
        style = classify(text)
        styles.append(style)
        said, answered = len(words(text)), len(words(reply))
        reached = reached_in_meeting(text, style, conversation, matcher, answering=answering(persona))
        for qid in reached:
            first.setdefault(qid, number)
        read.append(
            DebriefLine(
                n=number,
                speaker="you",
                text=text,
                reached=reached,
                style=style_label(style),
                flag=line_flag(text, style, reached, conversation, answered=answered if reply else None),
                share=round(said / (said + answered), 2) if said + answered else None,
            )
        )
    ids = [q.id for q in conversation.questions if q.stage == "conversation"]
    questions = [s for s in styles if s.question]
    user_words = sum(len(words(t)) for t in user)
    all_words = user_words + sum(len(words(t)) for t in them)
    agreed = next_steps(lines, today or Date.today(), persona.name if persona else "Them")
    found = persona.facts_told(" ".join(them)) if persona is not None else []
    rubric = default_rubric()
    coverage = round(len(first) / len(ids), 3) if ids else 0.0
    open_share = round(sum(1 for s in questions if s.open) / len(questions), 3) if questions else 0.0
    talk = round(user_words / all_words, 3) if all_words else 0.0
    specifics = round(sum(1 for s in styles if s.specific) / len(styles), 3) if styles else 0.0
    facts_share = len(found) / len(persona.hidden_facts) if persona and persona.hidden_facts else None
    return Scorecard(
        conversation=conversation.id,
        persona=persona.id if persona else None,
        coverage=coverage,
        covered_questions=[q for q in ids if q in first],
        first_covered={q: first[q] for q in ids if q in first},
        missed_critical=[
            q.id for q in conversation.questions if q.critical and q.stage == "conversation" and q.id not in first
        ],
        open_question_share=open_share,
        questions_asked=len(questions),
        talk_ratio=talk,
        specifics_share=specifics,
        next_steps_agreed=bool(agreed),
        next_steps=agreed,
        hidden_facts_found=found,
        hidden_facts_total=len(persona.hidden_facts) if persona else 0,
        lines=read,
        fillers=filler_words(user),
        score=overall(
            coverage=coverage,
            open_share=open_share,
            agreed=bool(agreed),
            facts_share=facts_share,
            specifics=specifics,
            talk_ratio=talk,
            flags=sum(1 for line in read if line.flag),
            rubric=rubric,
        ),
        rubric_version=rubric.version,
    )


def render_scorecard(
    card: Scorecard,
    conversation: Conversation,
    persona: Persona | None,
    trend: list[tuple[str, Scorecard]] | None = None,
) -> str:
    """The debrief as Markdown."""
    titles = {q.id: q.id.split(".", 1)[1].replace("-", " ") for q in conversation.questions}
    in_meeting = [q.id for q in conversation.questions if q.stage == "conversation"]
    who = f" with {persona.name} ({persona.title.lower()})" if persona else ""
    lines = [f"# Debrief: {conversation.title}{who}", ""]
    rows = [
        (
            "Framework coverage",
            f"{card.coverage:.0%} ({len(card.covered_questions)} of {len(in_meeting)} questions)",
        ),
        ("Open questions", f"{card.open_question_share:.0%} of {counted(card.questions_asked, 'question')} asked"),
        ("Your share of the talking", f"{card.talk_ratio:.0%}"),
        ("Lines with specifics or examples", f"{card.specifics_share:.0%}"),
        ("Next step with owner and date", "agreed" if card.next_steps_agreed else "not agreed"),
    ]
    if card.rubric_version:
        rows.insert(0, ("Overall", f"{card.score} / 100 (rubric v{card.rubric_version})"))
    if card.fillers:
        rows.append(("Filler and hedge words", ", ".join(f"{w} ×{n}" for w, n in list(card.fillers.items())[:5])))
    if persona is not None:
        rows.append(("Hidden facts uncovered", f"{len(card.hidden_facts_found)} of {card.hidden_facts_total}"))
    lines += ["| measure | result |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows), ""]
    if card.covered_questions:
        lines += [
            "## Covered",
            "",
            *(f"- {titles[q]} (line {card.first_covered[q]})" for q in card.covered_questions),
            "",
        ]
    missed = [q for q in in_meeting if q not in card.covered_questions]
    if missed:
        lines += ["## Not reached", ""]
        lines += [
            f"- {titles[q]}{' (critical)' if q in card.missed_critical else ''}: try “{conversation.question(q).live_wording}”"
            for q in missed
        ]
        lines.append("")
    flagged = [line for line in card.lines if line.flag]
    if flagged:
        lines += ["## Lines to look at again", ""]
        lines += [f"- Line {line.n}, “{line.text}”: {line.flag}" for line in flagged]
        lines.append("")
    if card.next_steps:
        lines += ["## Next steps agreed", "", *(f"- {s}" for s in card.next_steps), ""]
    if persona is not None:
        facts = {f.id: f for f in persona.hidden_facts}
        lines += ["## What they were holding back", ""]
        lines += [f"- {'✓' if fid in card.hidden_facts_found else '✗'} {facts[fid].fact}" for fid in facts]
        lines += ["", f"A good outcome: {persona.good_outcome.strip()}", ""]
    if card.moments:
        lines += ["## Moments to rephrase", ""]
        for moment in card.moments:
            lines += [
                f"- You said{f' (line {moment.line})' if moment.line else ''}: “{moment.quote}”",
                f"  Try: “{moment.better}”" + (f" ({moment.why})" if moment.why else ""),
            ]
        lines.append("")
    if card.lines:
        lines += ["## The conversation", ""]
        for line in card.lines:
            said = f"{line.n}. **{'You' if line.speaker == 'you' else line.speaker}:** {line.text}"
            notes = [titles[q] for q in line.reached] + ([line.style] if line.style else [])
            if line.share is not None and line.speaker == "you":
                notes.append(f"{line.share:.0%} of the exchange")
            lines.append(said + (f" _({', '.join(notes)})_" if line.speaker == "you" and notes else ""))
        lines.append("")
    if trend and len(trend) > 1:
        lines += [
            "## Your rehearsals of this conversation",
            "",
            "| when | score | coverage | open questions | next step |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {when} | {f'{c.score} (v{c.rubric_version})' if c.rubric_version else 'n/a'} | {c.coverage:.0%} | "
            f"{c.open_question_share:.0%} | {'yes' if c.next_steps_agreed else 'no'} |"
            for when, c in trend
        ]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
