"""Personas, how lines are read, the offline counterpart, and the scorecard (the transcript
pairs of evals/cases/rehearsal.yaml are ranked on every run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.core.errors import KnowledgeError
from coach.evals.rehearsal import load_rehearsal_suite, run_rehearsal_suite
from coach.framework.loader import bundled_knowledge_dir
from coach.rehearsal.counterpart import OfflineCounterpart
from coach.rehearsal.personas import load_personas
from coach.rehearsal.scorecard import score
from coach.rehearsal.state import RehearsalState
from coach.rehearsal.style import classify
from coach.rehearsal.transcript import parse_rehearsal

CASES = Path(__file__).resolve().parents[2] / "evals" / "cases" / "rehearsal.yaml"


@pytest.fixture(scope="module")
def service() -> Coach:
    return Coach(load_settings())


def test_the_personas_load_and_cover_what_the_issue_asks(service: Coach) -> None:
    personas = load_personas([bundled_knowledge_dir()], service.framework)
    reports = [p for p in personas.values() if p.plays == "contributor"]
    managers = [p for p in personas.values() if p.plays == "manager"]
    assert len(reports) >= 8 and {"upward-feedback", "career-growth"} <= {c for p in managers for c in p.conversations}
    for persona in personas.values():
        assert 1 <= persona.difficulty <= 5 and persona.hidden_facts and persona.traits and persona.good_outcome
        assert "default" in persona.reactions, persona.id


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("conversations: [progress-update, coaching]", "conversations: [retro]"),
            "conversations: unknown conversation 'retro'",
        ),
        (
            (
                "topics: [progress-update.blockers, progress-update.capabilities, coaching.change]",
                "topics: [progress-update.vibes]",
            ),
            "hidden_facts[0].topics: 'progress-update.vibes' is not a question",
        ),
        (("difficulty: 4", "difficulty: 9"), "difficulty: input should be less than or equal to 5"),
        (("id: defensive-behind", "id: someone-else"), "must match the file name"),
    ],
)
def test_a_broken_persona_file_is_one_line(
    service: Coach, coach_home: Path, change: tuple[str, str], message: str
) -> None:
    text = (bundled_knowledge_dir() / "personas" / "defensive-behind.yaml").read_text(encoding="utf-8")
    assert change[0] in text
    folder = coach_home / "knowledge" / "personas"
    folder.mkdir(parents=True)
    (folder / "defensive-behind.yaml").write_text(text.replace(change[0], change[1]), encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        load_personas([bundled_knowledge_dir(), coach_home / "knowledge"], service.framework)
    assert message in str(error.value) and "defensive-behind.yaml" in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("line", "reaction"),
    [
        ("What is getting in the way of the onboarding work?", "open"),
        ("Can you walk me through the numbers?", "open"),
        ("Tell me more about that.", "open"),
        ("Is it on track?", "closed"),
        ("Don't you think the target is fine?", "closed"),  # leading
        ("Don't you think you should have told me?", "accusatory"),
        ("Why did you miss the target again?", "accusatory"),
        ("You never tell me anything.", "accusatory"),
        ("I can see it has been a hard few weeks.", "empathy"),
        ("How's it going?", "vague"),
        ("The numbers came in this morning.", "statement"),
    ],
)
def test_how_a_line_is_put(line: str, reaction: str) -> None:
    assert classify(line).reaction == reaction


def rehearse(service: Coach, persona_id: str, lines: list[str]) -> tuple[RehearsalState, list[str]]:
    persona = service.rehearsals.personas[persona_id]
    conversation = service.framework.get(persona.conversation)
    state = RehearsalState(persona=persona, conversation_id=conversation.id, role="manager")
    counterpart = OfflineCounterpart(persona, conversation, service.rehearsals.matcher(conversation))
    return state, [counterpart.reply(state, line).text for line in lines]


def test_a_yes_or_no_answers_the_question_the_right_way_round(service: Coach) -> None:
    """Tried in the app: "Is anything making that hard?" / "Yes, all good!"."""
    _, replies = rehearse(
        service,
        "new-hire-unsure",
        ["Is anything making that hard?", "Is the onboarding going well?", "Do you have any questions?"],
    )
    assert not replies[0].startswith("Yes") and not replies[1].startswith("No") and not replies[2].startswith("Yes")


def test_closed_or_accusing_questions_reveal_nothing(service: Coach) -> None:
    state, replies = rehearse(
        service,
        "defensive-behind",
        [
            "Is the activation key result on track?",
            "Why did you miss it again?",
            "Are you blocked by anything?",
            "Is it the on-call work?",
        ],
    )
    assert state.revealed == [] and state.trust == 0
    assert "growth team" in replies[1]  # defensive


def test_open_questions_earn_trust_and_let_the_facts_out(service: Coach) -> None:
    persona = service.rehearsals.personas["defensive-behind"]
    state, replies = rehearse(
        service,
        "defensive-behind",
        [
            "What has been getting in the way of the onboarding work?",  # too early at difficulty 4: guarded
            "I can see this has been a hard few weeks. Thanks for making time.",
            "How do you feel the quarter is going for you?",
            "What has been getting in the way of the onboarding work?",
            "What support would make the biggest difference?",
        ],
    )
    assert replies[0] in persona.reactions["default"].guarded
    assert state.revealed == ["on-call", "no-owner"]
    revealed_at = next(i for i, reply in enumerate(replies) if "covering on-call" in reply)
    assert revealed_at >= 2  # only once two open or empathic turns had earned some trust


def test_a_next_step_with_a_date_is_agreed(service: Coach) -> None:
    persona = service.rehearsals.personas["defensive-behind"]
    _, replies = rehearse(service, "defensive-behind", ["You'll send me a revised plan by Friday, okay?"])
    assert replies[0] in persona.reactions["default"].agree


def test_transcripts_are_read_from_either_labelling() -> None:
    assert parse_rehearsal("Manager: Hi\nReport: Hello\n  and more") == [("user", "Hi"), ("them", "Hello and more")]
    assert parse_rehearsal("Them: Hi\nYou: Hello") == [("them", "Hi"), ("user", "Hello")]
    assert parse_rehearsal("Manager: Hi\nReport: Hello", user_is="report") == [("them", "Hi"), ("user", "Hello")]


def test_the_scorecard_ranks_every_skilled_transcript_above_the_unskilled_one(service: Coach, report_metric) -> None:
    suite = load_rehearsal_suite(CASES)

    def scored(case, text):  # type: ignore[no-untyped-def]
        persona = service.rehearsals.personas.get(case.persona or "")
        conversation = service.framework.get(case.conversation)
        lines = parse_rehearsal(text, user_is="report" if persona and persona.plays == "manager" else "manager")
        return score(lines, conversation, service.rehearsals.matcher(conversation), persona)

    metrics, outcomes = run_rehearsal_suite(suite, scored)
    report_metric(
        f"rehearsal scorecard on {len(outcomes)} transcript pairs: ranking accuracy {metrics['ranking_accuracy']:.3f} "
        f"(skilled/unskilled mean coverage {sum(o.skilled.coverage for o in outcomes) / len(outcomes):.2f}/"
        f"{sum(o.unskilled.coverage for o in outcomes) / len(outcomes):.2f})"
    )
    assert len(outcomes) >= 6
    assert [o.case.id for o in outcomes if not o.ranked_right] == []
    assert all(o.skilled.next_steps_agreed and not o.unskilled.next_steps_agreed for o in outcomes)
    assert all(
        len(o.skilled.hidden_facts_found) > len(o.unskilled.hidden_facts_found) for o in outcomes if o.case.persona
    )


def test_a_counterpart_from_a_known_persons_notes(coach_home: Path) -> None:
    service = Coach(load_settings())
    service.memory.records.add_person("Sam", "report")
    service.memory.add_note(
        "Sam", "Sam said the nightly pipeline keeps failing and blocks the churn dashboard.", date="2026-10-02"
    )
    service.memory.records.add_action("Sam", "Sam", "Send the churn analysis", due="2026-12-01")
    persona = service.rehearsals.persona_from_person("Sam", "progress-update")
    assert persona.name == "Sam" and persona.plays == "contributor" and "Send the churn analysis" in persona.situation
    (fact,) = persona.hidden_facts
    assert "pipeline keeps failing" in fact.fact and "blocks" in fact.keywords
    view = service.rehearsals.start("progress-update", persona=persona)
    assert view.persona.id == persona.id and view.state.turns[-1].speaker == "them"
    counterpart = OfflineCounterpart(persona, view.conversation, service.rehearsals.matcher(view.conversation))
    replies = [
        counterpart.reply(view.state, line)
        for line in [
            "Thanks for making time, I know it has been a busy month.",
            "How do you feel the quarter is going?",
            "What has been the hardest part of your work lately?",
            "What is blocking the churn dashboard work?",
        ]
    ]
    assert [r.revealed for r in replies].count(fact.id) == 1  # let out once, to a good open question
    assert "pipeline keeps failing" in replies[-1].text  # and stood by when asked again


def test_a_counterpart_from_notes_speaks_only_for_that_person(coach_home: Path) -> None:
    service = Coach(load_settings())
    service.memory.records.add_person("Dana", "report")
    service.memory.add_note(
        "Dana",
        "# Meeting summary, 2026-11-24\n\nMeeting on 2026-11-24 with Dana: 1 action item.\n\n## Highlights\n"
        "- **Dana**: the migration is 2 weeks late because the vendor API keeps failing (line 3)\n",
        date="2026-11-24",
    )
    service.memory.add_note("Dana", "Dana was exhausted and worked all weekend on the release.", date="2026-11-20")
    persona = service.rehearsals.persona_from_person("Dana", "progress-update")
    assert all("#" not in f.fact and "**" not in f.fact and "Meeting on" not in f.fact for f in persona.hidden_facts)
    assert any("vendor API keeps failing" in f.fact for f in persona.hidden_facts)
    assert any(f.reveal == "I was exhausted and worked all weekend on the release." for f in persona.hidden_facts)
    assert "stretched thin, working long hours" in persona.traits and persona.reactions == {}
    assert "Dana" in persona.good_outcome and all(
        p.name not in persona.good_outcome for p in service.rehearsals.personas.values()
    )
    view = service.rehearsals.start("progress-update", persona=persona)
    counterpart = OfflineCounterpart(persona, view.conversation, service.rehearsals.matcher(view.conversation))
    scripted = {
        line
        for p in service.rehearsals.personas.values()
        for r in p.reactions.values()
        for k in ("open", "closed", "vague", "accusatory", "statement", "empathy", "guarded", "agree")
        for line in r.lines(k)
    }
    said = [
        counterpart.reply(view.state, line).text
        for line in [
            "Thanks for making time, I know it has been a heavy month.",
            "What has been the hardest part lately?",
            "How are you feeling about your workload?",
            "Is the migration on track?",
        ]
    ]
    from coach.rehearsal.counterpart import GENERIC

    kinds = ("open", "closed", "vague", "accusatory", "statement", "empathy", "guarded", "agree")
    neutral = {line for kind in kinds for line in GENERIC.lines(kind)}
    assert not set(said) & (scripted - neutral)  # never another persona's lines, only coach's neutral ones
    assert "I was exhausted and worked all weekend on the release." in said


def test_facts_from_notes_lose_speaker_labels_and_reported_speech() -> None:
    from coach.rehearsal.from_notes import clean_lines, in_first_person

    assert clean_lines("## Highlights\n- **Dana**: The migration is late (line 3)\n- Dana: I want to lead.") == [
        "The migration is late",
        "I want to lead.",
    ]
    assert in_first_person("She said the vendor API keeps failing.", "Dana") == "The vendor API keeps failing."
    assert in_first_person("Dana's release slipped twice.", "Dana") == "My release slipped twice."


def test_one_rich_note_gives_more_than_two_facts_and_traits_can_be_given(coach_home: Path) -> None:
    service = Coach(load_settings())
    service.memory.records.add_person("Lee", "report")
    service.memory.add_note(
        "Lee",
        "Lee is blocked on the vendor contract. Lee wants to lead the Q1 launch. "
        "Lee felt the last review was unfair. Lee worked every weekend in October.",
        date="2026-11-02",
    )
    service.memory.add_note("Lee", "Lee is worried the data team will leave the project.", date="2026-10-01")
    persona = service.rehearsals.persona_from_person("Lee", "progress-update")
    facts = [f.fact for f in persona.hidden_facts]
    assert len(facts) == 5 and sum("2026-11-02" in f for f in facts) == 4  # not capped at two a note
    assert "2026-10-01" in facts[1]  # taken in turns: the older note gets a say before the newer's third
    assert len({f.id for f in persona.hidden_facts}) == 5
    own = service.rehearsals.persona_from_person("Lee", "progress-update", traits=["calm", "proud of the launch"])
    assert own.traits == ["calm", "proud of the launch"] and own.hidden_facts == persona.hidden_facts


def test_the_builder_fields_from_a_person_save_as_the_same_counterpart(coach_home: Path) -> None:
    service = Coach(load_settings())
    service.memory.records.add_person("Dana", "report")
    service.memory.add_note("Dana", "Dana was exhausted and worked all weekend on the release.", date="2026-11-20")
    fields = service.rehearsals.builder_fields("Dana", "progress-update")
    assert fields["facts"].endswith(":: I was exhausted and worked all weekend on the release.")
    fields["traits"] = "tired, proud of the release"
    built = service.rehearsals.build_persona("progress-update", difficulty=3, **fields)
    assert built.traits == ["tired", "proud of the release"]
    (fact,) = built.hidden_facts
    assert "workload" in fact.keywords  # "How are you feeling about your workload?" still reaches it
