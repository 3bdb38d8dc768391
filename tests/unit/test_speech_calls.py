"""Commitments in recorded group calls (issue 14): what is said to run the call, offers
and questions to the room, and a request to everyone are not anyone's item; "I'll be
testing" and "the data that I'm gonna go over" are."""

from __future__ import annotations

from datetime import date

import pytest

from coach.summary.extract import summarise_offline
from coach.summary.meeting import parse_meeting
from coach.summary.transcripts import read_transcript

CALL = """Rin Sato: Can you guys hear me okay? Let me quickly share the link in the chat.
Ola Berg: Yes.
Rin Sato: Maybe I'll phrase it this way. I'll take that as a no. Please take a look at the PR.
Ola Berg: Sure.
Tam Vu: I got some new data that I'm gonna go over soon.
Rin Sato: Would you like to say something, Ola?
Ola Berg: I will be testing the new image in the coming hours, and also I'll maybe reach out to Marius.
Rin Sato: So please check the next call if you are available. To keep the branch on main.
Tam Vu: I think I can take a good look at it after this call.
"""


def items(text: str) -> list[tuple[str | None, str]]:
    return [(i.owner, i.task) for i in summarise_offline(parse_meeting(text), date(2026, 7, 1)).action_items]


def test_running_the_call_and_questions_to_the_room_are_not_items() -> None:
    found = items(CALL)
    assert not any("hear" in task or "link" in task or "phrase" in task or "as a no" in task for _, task in found)
    assert not any("like to say" in task or "next call" in task or "keep the branch" in task for _, task in found)


def test_commitments_said_in_passing_in_a_call() -> None:
    assert items(CALL) == [
        ("Ola Berg", "take a look at the PR"),  # asked, and Ola said "Sure."
        ("Tam Vu", "go over some new data soon"),
        ("Ola Berg", "test the new image in the coming hours"),
        ("Ola Berg", "reach out to Marius"),
        ("Tam Vu", "take a good look at it after this call"),
    ]


def test_a_request_to_the_room_that_nobody_takes_up_is_no_ones() -> None:
    assert items("Rin Sato: Please take a look at the PR.\nOla Berg: The build is red.\nTam Vu: Yes, I saw.\n") == []


def test_if_you_then_i_accepted_is_two_items_and_a_plan_for_a_case_is_a_follow_up() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Chase Wright: If you can leave a comment on it, then I'll update the spec to reflect that.\n"
            "Tullio: Okay, I'll do. Thanks.\nAna Lee: If the vendor is late, I'll escalate.\nBo Chen: Fine.\n"
            "Ana Lee: If you could send the logs, I'll look at them.\nBo Chen: No, not today.\n"
        ),
        date(2026, 7, 1),
    )
    assert [(i.owner, i.task) for i in drafted.action_items] == [
        ("Tullio", "leave a comment on it"),
        ("Chase Wright", "update the spec to reflect that"),
    ]
    assert "Ana Lee: If the vendor is late, I'll escalate." in drafted.follow_ups


def test_a_reply_answers_the_end_of_a_turn_not_a_request_before_more_talk() -> None:
    said = items(
        "Rin Sato: This PR is not merged yet, please give it a review. And then the next PR. "
        "It changes the store. It also renames a constant.\n"
        "Ola Berg: Sure.\n"
        "Tam Vu: Fine.\n"
    )
    assert said == []


def test_a_hedged_yeah_or_a_teams_we_will_is_not_taking_a_task_on() -> None:
    assert (
        items("Rin Sato: Could you please send the benchmark numbers?\nOla Berg: Yeah, I mean… I think…\nTam Vu: Hm.\n")
        == []
    )
    assert (
        items("Rin Sato: Please rebase the prototype on devnet 4.\nOla Berg: Okay, yeah, we'll revisit.\nTam Vu: Ok.\n")
        == []
    )
    assert items(
        "Rin Sato: Could you send the numbers?\nOla Berg: Yeah, I mean, I'll send them tonight.\nTam Vu: Ok.\n"
    ) == [("Ola Berg", "send the numbers")]


def test_a_request_for_when_there_is_time_is_no_ones_item() -> None:
    assert items("Rin Sato: If we have time, please review the spec.\nOla Berg: Sure.\nTam Vu: Ok.\n") == []


def test_finding_out_said_in_a_call_is_taken_on_but_not_what_is_done_right_now() -> None:
    found = items(
        "Rin Sato: Do clients use this constant name?\n"
        "Ola Berg: I don't remember correctly, but I can check it.\n"
        "Tam Vu: I think I need to take a look into the engine API spec, just in case.\n"
        "Ola Berg: I haven't had a chance yet, I can take a look right now.\n"
        "Rin Sato: I can send the deck.\n"
    )
    assert [owner for owner, _ in found] == ["Ola Berg", "Tam Vu"]
    assert "engine API spec" in found[1][1]


def test_a_promise_that_quotes_a_question_is_still_a_promise() -> None:
    assert items(
        "Rin Sato: and also I'll ask a general question in the chat, like, what would be the better timing?\nOla Berg: Ok.\n"
    ) == [("Rin Sato", "ask a general question in the chat, like, what would be the better timing")]


def test_pauses_and_broken_off_speech_are_read_through() -> None:
    found = items(
        "Rin Sato: I think I need to, talk with Casey to align.\n"
        "Ola Berg: Alright, I'm planning to make a PR by the end of this week, so… I think we can discuss it then.\n"
        "Tam Vu: Yeah, let me take a look into it, and then… share something, if I found… Tomorrow.\n"
    )
    assert found == [
        ("Rin Sato", "talk with Casey to align"),
        ("Ola Berg", "make a PR"),
        ("Tam Vu", "take a look into it"),
    ]


def test_two_looks_into_it_minutes_apart_are_two_items_and_light_words_do_not_merge_tasks() -> None:
    filler = "".join(f"Ola Berg: Point {n} about the spec.\n\n" for n in range(60))
    found = items(
        "Rin Sato: I'm gonna take a look into it after this call.\n\n"
        + filler
        + "Rin Sato: I'm gonna take a look into how other clients handle proposer preferences.\n"
        "Rin Sato: Let me take a look into it right after this call.\n"
    )
    assert len(found) == 3
    near = items(
        "Rin Sato: Let me take a look into it.\nOla Berg: Ok.\nRin Sato: I'll take a look into it after this call.\n"
    )
    assert len(near) == 1


def test_thanks_goodbyes_presenting_and_things_done_on_the_spot_are_not_items() -> None:
    said = (
        "Ana Lee: I'll thank everyone for attending. I will miss you too. I'm gonna hop off.\n"
        "Bo Chen: Let me know whenever you are ready. I will just… Trying to share my screen.\n"
        "Ana Lee: I will have some drawings that will show it better. I will just get to that also a bit later.\n"
        "Bo Chen: I can give a quick, benchmarking update for 7904. Maybe I'll just leave it running tonight.\n"
        "Ana Lee: Let me link the PR. I'm gonna present this in two parts.\n"
    )
    assert items(said) == []


def test_an_if_clause_a_question_for_an_opinion_and_a_hedged_check_are_not_items() -> None:
    said = (
        "Ana Lee: Where we say, if you're going to reserve the next block's gas, it's gonna be 10% more.\n"
        "Bo Chen: What would you tweak in 2780?\n"
        "Ana Lee: Yeah, I would simplify it. Additionally, I need to check this, but the warming seems unnecessary.\n"
        "Bo Chen: If it breaks the devnet, I'll… we'll include this in the next release instead.\n"
    )
    assert items(said) == []


def test_a_restarted_promise_in_captions_that_run_on_in_lower_case() -> None:
    said = (
        "Spencer: I need to check if… what… if… what clients are doing. I can check whether… I can check whether "
        "this change would break the devnet, based on what clients are doing now. if it would break the devnet, "
        "then I won't include this.\nMaria Silva: Okay.\n"
    )
    assert items(said) == [
        ("Spencer", "check whether this change would break the devnet, based on what clients are doing now")
    ]


def test_what_that_and_one_stand_for_are_read_from_the_conversation() -> None:
    said = (
        "Jannik Luhn: For topics for next call, are we going to have a GitHub issue, where we can post them?\n"
        "Justin Florentine: Absolutely, I can open one, I can open one immediately.\n"
        "Francesco Risi: I haven't posted the slides, but I'll do that shortly.\n"
        "Jun Song: I think I need to, talk with Casey to align, as a Prysm team, so, yeah.\n"
        "Will Corcoran: Tomorrow I will have a meeting with Roto to plan the next steps.\n"
    )
    assert items(said) == [
        ("Justin Florentine", "open a GitHub issue immediately"),
        ("Francesco Risi", "post the slides shortly"),
        ("Jun Song", "talk with Casey to align, as a Prysm team"),
        ("Will Corcoran", "have a meeting with Roto to plan the next steps"),
    ]


def test_getting_hold_of_the_same_person_twice_in_a_few_minutes_is_one_item() -> None:
    said = (
        "Maria Silva: I think I will talk with Barnabas about this breakout.\nStefan: Sounds good.\n"
        "Maria Silva: Okay, so let's do it. I'll ping Barnabas and see.\n"
        "Stefan: And I'll ping Tim about the devnet.\n"
    )
    assert items(said) == [
        ("Maria Silva", "talk with Barnabas about this breakout"),
        ("Stefan", "ping Tim about the devnet"),
    ]


def test_a_task_said_vaguely_then_exactly_is_one_item_in_the_exact_words() -> None:
    said = (
        "Chase Wright: Nobody reviews the two Hive PRs.\nLightclient: I can look at this.\n"
        "Chase Wright: It would be appreciated.\n"
        "Lightclient: Yeah, I gotcha. I'll take a look at these two PRs and merge them today.\n"
    )
    assert items(said) == [("Lightclient", "take a look at these two PRs and merge them")]


def test_a_start_date_leaves_the_task_whole() -> None:
    drafted = summarise_offline(
        parse_meeting("Tariq: I'd like to mentor.\nMei: Great. I'll pair you with Ana's new hire from next week.\n"),
        date(2026, 8, 26),
    )
    assert [(i.owner, i.task, i.due) for i in drafted.action_items] == [
        ("Mei", "pair Tariq with Ana's new hire", date(2026, 9, 4))
    ]


def test_what_is_shown_or_told_in_the_call_and_the_running_order_are_not_items() -> None:
    said = (
        "Maria Silva: Okay, we are 2 minutes in. I'll share the agenda.\n"
        "Francesco Risi: I'll just speedrun, these updates. Manu is going to go first.\n"
        "Ana Lee: Would you mind saying more about the penalty?\nBo Chen: Sure.\n"
        "Bo Chen: Then you will end up lost at the top of the block.\n"
        "Cody: I'll let them finish patching those.\n"
        "Dana: I'll share roadmap changes in the Monday team sync from now on.\n"
        "Ignacio: Probably today or tomorrow, I will cut a new release.\n"
    )
    drafted = summarise_offline(parse_meeting(said), date(2026, 5, 13))
    assert [(i.owner, i.task, i.due) for i in drafted.action_items] == [
        ("Dana", "share roadmap changes in the Monday team sync from now on", None),
        ("Ignacio", "cut a new release", date(2026, 5, 14)),  # the later of "today or tomorrow"
    ]


def test_a_calls_summary_keeps_sentences_not_monologues_and_only_its_strongest_highlights() -> None:
    filler = " ".join(f"We looked at case {n} in some detail and it took a while to go through." for n in range(12))
    said = (
        f"Manu: Okay, I won't reshare my screen. {filler} We shipped the verifier and cut proving time by 26%.\n"
        "Kev: If you want to verify them, you can use the flag. The RISC-V target defines the ISA in 2 parts.\n"
        + "".join(f"Ana: We released version {n} with {n} fixes.\n" for n in range(1, 13))
    )
    drafted = summarise_offline(parse_meeting(said), date(2026, 5, 13))
    assert "Manu: We shipped the verifier and cut proving time by 26%." in drafted.highlights
    assert all(len(h) < 400 and "reshare" not in h for h in drafted.highlights)  # no monologue, no "won't"
    assert len(drafted.highlights) == 8  # the strongest of 13
    assert drafted.okr_updates == []  # "the RISC-V target" is not an objective
    assert not any("verify them" in f for f in drafted.follow_ups)  # "if you want to..." plans nothing


def test_promises_said_the_way_calls_say_them() -> None:
    said = (
        "Lightclient: We will have all core devs tomorrow. I'll share the link in the relevant places before then.\n"
        "Gottfried Herold: That's a lot of bandwidth.\n"
        "Jannik Luhn: I should, think more about this, and… Yeah, write something down for the next call.\n"
        "Dragan Rakita: A lot of tests are going to fail.\n"
        "Spencer: Yeah, I'm not… I'm not sure if we have a test. But I can… I can check.\n"
        "Bosul Mun: How long does the lookup take?\n"
        "Daniel Knopik: Oh, a few milliseconds, I don't know. I'll check.\n"
        "Csaba: I still urge them to look into the failing tests. I will do the same at one point and distribute these out.\n"
        "Bosul Mun: I think we should specify this problem in the EIP. I will also work on that.\n"
        "Mira Belenkiy: Thanks. One of my to-do lists is to make an EIP with this.\n"
        "Maria Silva: Sure.\n"
        "Spencer: I'll, I'll make it very clear what the changes are in the next release.\n"
    )
    assert items(said) == [
        ("Lightclient", "share the link in the relevant places"),
        ("Jannik Luhn", "write something down for the next call"),
        ("Spencer", "check if we have a test"),
        ("Daniel Knopik", "check: How long does the lookup take?"),
        ("Csaba", "look into the failing tests at one point and distribute these out"),
        ("Bosul Mun", "specify this problem in the EIP"),
        ("Mira Belenkiy", "make an EIP with this"),
        ("Spencer", "make it very clear what the changes are in the next release"),  # "it" names nothing
    ]


def test_running_a_call_in_its_own_words_is_not_an_item() -> None:
    said = (
        "marc: I'll suggest we have a break. Great, and then I'll close this out.\n"
        "Antonio Sanso: I will give soon the stage to her.\n"
        "Jannik Luhn: Can you point to what exactly you mean?\nBoma: Sure.\n"
        "Loring: I'll be recording. I will talk to you all tomorrow.\n"
        "Vitalik: I guess I'll just repost it for convenience.\n"
        "Mira Belenkiy: I'm gonna just, send a share request.\n"
        "marc: Obviously, if there's OP folks in here, please join as well.\n"
        "Ben Adams: Will be a massive expense.\n"
        "Chris: When you are building your account, you will pretty much always have to store something.\n"
        "FLCL: Let me read in the chat, I will check.\n"
        "Maria Silva: In this EIP, so I'll… in this, PR to the EIP, this idea of the clo\n"  # restarted elsewhere
    )
    assert items(said) == []


def test_a_long_call_keeps_only_highlights_that_say_something() -> None:
    said = "Ana: This point is fine, there is two choices here.\nBo Chen: Okay.\n" * 25
    said += "Bo Chen: We shipped the verifier and cut proving time by 26%.\n"
    drafted = summarise_offline(parse_meeting(said), date(2026, 5, 13))
    assert drafted.highlights == ["Bo Chen: We shipped the verifier and cut proving time by 26%."]


def test_getting_a_thing_done_is_the_speakers_own_in_a_call() -> None:
    said = (
        "Chase Wright: Before we merge the testing PR, I need to get this issue closed out.\n"
        "Boma: Okay.\nChase Wright: I need to think about the error codes.\n"
    )
    assert items(said) == [("Chase Wright", "get this issue closed out")]


def test_handing_the_floor_and_a_promise_for_a_case_are_no_items() -> None:
    said = (
        "Will Corcoran: One thing I'll… go ahead, Devon.\nDevon: Thanks.\n"
        "Mihir: We might need it. I'm not sure, but I'll let Thomas…\nThomas: Yeah.\n"
        "Anshal: I'll ping you if I have some doubts as such.\nBen: ok\n"
        "Katya: Hopefully today, I will merge the whole PR, if there are no comments on this.\nBen: ok\n"
        "Gajinder: I'll tell you my reason: the deposits can happen, and exits can happen.\nBen: ok\n"
        "Gajinder: And I will even say till we integrate execution, because once we have it, we will be stable.\n"
        "Ben: ok\n"
    )
    assert items(said) == []
    drafted = summarise_offline(parse_meeting(said), date(2026, 5, 13))
    assert "Anshal: I'll ping you if I have some doubts as such." in drafted.follow_ups  # kept, as a case
    kept = (
        "Dana: I'll check if it works and let Sam know by Friday.\nSam: ok\n"  # whether, not a case
        "Dana: I'll stop moving our 1:1s unless there's an emergency.\nSam: ok\n"  # an exception
        "Justin: I'll be leading the CL room, if someone from the EL side could lead the other one.\nSam: ok\n"
    )
    assert [who for who, _ in items(kept)] == ["Dana", "Dana", "Justin"]


def test_promises_for_when_something_is_done_and_a_next_step_after_a_report() -> None:
    said = (
        "Mihir: Yeah, I will post an update once the image is ready, in the Telegram chat. Thank you.\nBen: ok\n"
        "Partha: I'm still investigating. So, I'll share more details once I finish the analysis.\nBen: ok\n"
        "Katya: Regarding the metrics, so I merged them into one dashboard, and will update the quick start "
        "this week.\nBen: ok\n"
    )
    assert items(said) == [
        ("Mihir", "post an update once the image is ready, in the Telegram chat"),
        ("Partha", "share more details once I finish the analysis"),
        ("Katya", "update the quick start"),
    ]
    assert items("Dana: I'll share more about the roadmap.\nSam: ok\n") == []  # said now, in the call


def test_doing_what_one_offered_once_it_is_approved() -> None:
    said = (
        "Partha: Is there a registry you prefer? I can include a separate PR to publish Docker images.\n"
        "Thomas: Yeah, yeah, that sounds good, yeah.\nPartha: Okay, I'll do that.\nLee: Bye.\n"
    )
    assert items(said) == [("Partha", "include a separate PR to publish Docker images")]


def test_a_request_to_the_room_is_not_taken_by_whoever_speaks_next_on_another_topic() -> None:
    said = (
        "Thomas: We tried a few hash functions. So, yeah, please gaze in there.\n"
        "Gajinder: Yeah, I just wanted to circle back on the SSZ container for the signatures.\n"
        "Lee: Right.\n"
    )
    assert items(said) == []


def test_a_long_turn_of_a_call_is_read_to_its_end() -> None:
    """Turns past 4,000 characters were cut there: 12 turns of the dev calls lost their end,
    where a speaker often says what they will do."""
    long_turn = " ".join(
        f"Sentence {n} is about the ledger service and its schema, which we discussed." for n in range(200)
    )
    text = (
        f"Dana: Let's start.\nSam: {long_turn} Anyway, I'll send the migration plan to Dana by Friday.\nDana: Thanks.\n"
    )
    drafted = summarise_offline(parse_meeting(text), date(2026, 11, 25))
    assert [(i.owner, i.task) for i in drafted.action_items] == [("Sam", "send the migration plan to Dana")]


@pytest.mark.parametrize(
    "turn",
    [
        "And now I will also, show how the search and the proof will… will work, because that's interesting.",
        "Okay, so regarding project number 6, I will provide some updates, because Han will also talk about this later.",
    ],
)
def test_what_a_presenter_does_there_and_then_is_no_task(turn: str) -> None:
    """Seen once the whole of long turns was read: in the middle of a presentation."""
    text = f"Ana: Next topic.\nZsolt: {turn}\nAna: Thanks.\n"
    assert summarise_offline(parse_meeting(text), date(2026, 11, 25)).action_items == []


def test_you_deep_in_a_long_turn_is_anyone() -> None:
    """ "Because now you'll only need to generate a single Winternitz key." in the middle of
    an explanation was Antonio's task."""
    explanation = " ".join(f"Point {n} of the scheme is that the tree gets smaller." for n in range(8))
    text = (
        "Antonio: Go ahead.\n"
        f"Conduition: {explanation} Because now you'll only need to generate a single Winternitz key. "
        f"{explanation} That is the design.\n"
    )
    assert summarise_offline(parse_meeting(text), date(2026, 11, 25)).action_items == []


def test_a_turn_longer_than_a_models_part_is_cut_between_sentences() -> None:
    """Live, one turn of a call made a prompt of 5,767 tokens against a 4,096-token window:
    no split of whole lines could make it fit."""
    from coach.summary.with_model import split_parts

    long_turn = " ".join(f"Sentence number {n} is about the ledger service." for n in range(200))
    parts = split_parts(parse_meeting(f"Dana: I'll book the room by Friday.\nSam: {long_turn}\n"), 2000)
    assert all(sum(len(raw) + 1 for _, raw in part) <= 2000 for part in parts)
    pieces = [raw for part in parts for number, raw in part if number == 2]
    assert len(pieces) > 4 and all(p.startswith("Sam: Sentence number ") for p in pieces)
    assert " ".join(p.removeprefix("Sam: ") for p in pieces) == long_turn  # nothing lost


def test_a_models_part_is_sized_by_the_meetings_own_characters_per_token() -> None:
    """Live, a recorded call of names, numbers and half-words made 2.2 characters a token:
    parts cut at 4 made a 5,768-token prompt for a 4,096-token window."""
    from coach.llm.tokens import TokenCounter
    from coach.summary.with_model import chars_per_token, part_chars

    count = TokenCounter().count
    plain = "We agreed to move the reporting work to next quarter and keep the billing flows. " * 20
    dense = "EIP-7805 FOCIL ILs: 0x3fa2, slot 12.4M, Lodestar/Teku ok? uh, fork-choice v1.5 -- PR #4412. " * 20
    assert chars_per_token(plain, count) > 3.5 and chars_per_token(dense, count) < 3.0
    assert part_chars(3496, 729, chars_per_token(dense, count)) < 0.8 * part_chars(3496, 729)


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        # a promise said the long way round
        (
            "So I think what I'm going to do is submit some corrections to the paper.",
            [("Dee Ross", "submit some corrections to the paper")],
        ),
        ("What I'll do is send the draft to the list.", [("Dee Ross", "send the draft to the list")]),
        # "do" with a piece of work named, and what others will do after it left out
        (
            "I've been writing a blog post about it. So I'll do that blog post, and then we can all read that.",
            [("Dee Ross", "do that blog post")],
        ),
        # an offer with a time after the call is taken on; a fallback is not
        (
            "I can, I can send afterwards, a link to the exact piece of the thread.",
            [("Dee Ross", "send afterwards, a link to the exact piece of the thread")],
        ),
        ("I'm not an important person to join. I can always just follow up afterwards.", []),
        # watching is no task
        ("I'll be keeping an eye on the changes I haven't reviewed yet.", []),
        # the thing named before a relative "that", and what the team has before the promise
        (
            "Strad has a branch for that, that I will be pushing forward.",
            [("Dee Ross", "push forward a branch for that")],
        ),
        (
            "And we've had some ideas about that, and I'm going to write them up.",
            [("Dee Ross", "write up some ideas about that")],
        ),
        # a remark on the task after it
        (
            "There is an issue open, I will also make a forum post related to this, but this is all in response to the comments.",
            [("Dee Ross", "make a forum post related to this")],
        ),
    ],
)
def test_promises_said_in_a_long_call(turn: str, expected: list[tuple[str, str]]) -> None:
    assert items(f"Ana Lim: Dee, anything from you?\nDee Ross: {turn}\nAna Lim: Thanks, Dee.\n") == expected


def drafted(text: str) -> set[tuple[str | None, str]]:
    return {(i.owner, i.task) for i in summarise_offline(parse_meeting(text), date(2026, 7, 6)).action_items}


def test_a_plan_for_after_the_call_said_in_the_past_is_a_promise() -> None:
    text = (
        "Gary Rong: It would be nice to fix it for the devnet 7.\n"
        "Spencer: Thanks for flagging that. I think I was planning to take a look after the call.\nJustin Traglia: Cool.\n"
    )
    assert drafted(text) == {("Spencer", "take a look after the call")}
    assert drafted("Gary Rong: It works.\nSpencer: I was going to say that it works.\nJustin Traglia: Cool.\n") == set()


def test_i_guess_you_can_with_a_question_mark_asks_and_sure_takes_it_on() -> None:
    text = (
        "Parithosh Jayanthi: Sorry, okay. I guess you can post a list on ETH R&D and then solicit feedback there?\n"
        "Spencer: Sure, sure, sounds good.\nToni Wahrstätter: And we could also start with only the EIPs.\n"
    )
    assert drafted(text) == {("Spencer", "post a list on ETH R&D and then solicit feedback there")}


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Can you mute Sam? I don't know who has access.", "Oh, yeah, that'd be true."),
        ("Okay. Barnabas, could you help us by creating the breakout groups?", "Yes, sir."),
        ("Okay, could you share all of the configuration?", "Yeah, I'll ping it through in the chat."),
    ],
)
def test_what_is_asked_for_the_call_itself_is_done_there(asked: str, answer: str) -> None:
    assert drafted(f"Justin Traglia: {asked}\nBarnabas: {answer}\nSam: OK.\n") == set()


@pytest.mark.parametrize(
    "said",
    [
        "I'll just give it another minute, and then we can get started.",
        "I am gonna test my slides, and… Let's see if they work.",
        "So if the CL client is restarted, then you're gonna hit this path.",
    ],
)
def test_waiting_testing_the_slides_and_what_happens_in_a_case_are_no_items(said: str) -> None:
    assert drafted(f"Barnabas: {said}\nKarim T.: It depends.\nSam: OK.\n") == set()


def test_i_am_gonna_is_a_promise() -> None:
    assert drafted("Barnabas: I am gonna write the tests tomorrow.\nKarim T.: Great.\nSam: OK.\n") == {
        ("Barnabas", "write the tests")
    }


@pytest.mark.parametrize(
    "said",
    [
        "CL devs, the link is in the chat. Please jump into the call and then we can start the discussion.",
        "Or just to put it simple. Will anybody object to move this proposal to the review status.",
        "And then… It basically means that you will validate B, C, and D.",
        "We might do it when we… let me double-check… when we import the next block, basically.",
        "Let me check… how is devnet 7 going? It looks fine.",
        "I'll try and do a longer run as soon as I can find some time.",
    ],
)
def test_running_the_call_explaining_and_checking_there_are_no_items(said: str) -> None:
    assert drafted(f"Jihoon: {said}\nNico Flaig: Sure.\nJustin Traglia: OK.\n") == set()


def test_it_is_what_the_turn_said_there_will_be_over_the_lines_of_the_transcript() -> None:
    text = (
        "Nico Flaig: Yes.\nJihoon: There will be some spec changes, in the near future.\n"
        "Jihoon: And… I'm gonna try my best to prepare it.\nJihoon: before DevNet Zero, so… Okay.\nNico Flaig: OK.\n"
    )
    assert drafted(text) == {("Jihoon", "prepare some spec changes")}


def test_one_verb_twice_on_one_line_is_one_task() -> None:
    text = (
        "Mario Vega: Are you going to propose the PRs and then share it?\n"
        "Maria Silva: Yes, yes, so I'll make those changes. I don't know, I will make them this week.\n"
        "Mario Vega: Sounds good.\n"
    )
    assert [task for _, task in drafted(text)] == ["make those changes"]


def test_i_can_check_answered_by_the_same_speaker_a_turn_later_was_checked_in_the_call() -> None:
    text = (
        "Justin Traglia: Similarly, are we using QUIC in the DevNet 7?\n"
        "Parithosh Jayanthi: As far as I know, yes, we have QUIC enabled, but I could be wrong. I can check.\n"
        "Justin Traglia: Cool.\n"
        "Parithosh Jayanthi: Yeah, we have QUIC enabled.\n"
    )
    assert drafted(text) == set()
    asked = "Justin Traglia: Are we using QUIC in the DevNet 7?\nParithosh Jayanthi: I don't know. I'll check.\n"
    assert drafted(asked + "Justin Traglia: Cool.\n") == {
        ("Parithosh Jayanthi", "check: Are we using QUIC in the DevNet 7?")
    }


@pytest.mark.parametrize(
    "said",
    [
        "Sure. I'll just close it and let you handle it. I'll leave a comment here in a minute.",
        "Yeah, I'll try, yeah, that's a good call.",
        "The issue related to Nethermind, I'll just… Thank you.",
        "This meeting is recorded, so I will just start, and again, it is short.",
        "So, yeah, I will, give a brief, summary of what you can do with hash-based schemes.",
        "So I'll just… I'll just… I'll just get started now.",
    ],
)
def test_what_is_done_while_the_call_goes_on_is_no_item(said: str) -> None:
    found = {task for _, task in drafted(f"Mikhail Kalinin: {said}\nNazar Hussain: OK.\nMercy Boma: OK.\n")}
    assert not found - {"close it and let you handle it"}  # closing the PR is after the call


def test_this_said_first_is_what_is_named_right_after() -> None:
    text = (
        "Mercy Boma: That would help.\n"
        "Mikhail Kalinin: I'll do this in the next couple of weeks, open the PR with the metrics, so there is an idea.\n"
        "Nazar Hussain: OK.\n"
    )
    assert drafted(text) == {("Mikhail Kalinin", "open the PR with the metrics in the next couple of weeks")}


def test_talking_today_about_a_subject_is_the_talk() -> None:
    said = "Stephen Curran: All right, I am going to talk today about whoops that's not good I gotta share a screen.\n"
    assert drafted(f"Manu Sporny: Welcome.\n{said}Will Abramson: Thanks.\n") == set()
    later = "Stephen Curran: I'll talk to Sina about the release after the call.\n"
    assert drafted(f"Manu Sporny: Welcome.\n{later}Will Abramson: Thanks.\n") == {
        ("Stephen Curran", "talk to Sina about the release after the call")
    }


@pytest.mark.parametrize(
    "said",
    [
        "Yeah, I just wanted to notify you guys. I'll be representing Grandine.",
        "I'll probably start from the end, from where we are, and then we'll go through the recent changes.",
        "I haven't observed that metric yet, probably I'll have to come back to you on that one.",
    ],
)
def test_a_role_a_talk_and_a_probably_are_no_items(said: str) -> None:
    assert drafted(f"Will Corcoran: Go ahead.\nMercy Boma: {said}\nWill Corcoran: Awesome.\n") == set()


def test_let_me_take_a_look_and_come_back_after_a_probably() -> None:
    said = (
        "Parthasarathy Ramanujam: I haven't observed that metric yet, probably I'll have to come back to you on that one. "
        "Let me take a look and come back.\n"
    )
    assert drafted(f"Thomas Coratger: Any answer to this?\n{said}Mercy Boma: Okay, thank you.\n") == {
        ("Parthasarathy Ramanujam", "take a look and come back")
    }


def test_maybe_i_should_asked_and_okayed_is_an_item() -> None:
    text = "Barnabas: I'm not in that group.\nMikhail Kalinin: Maybe I should add you there? Do you want to?\nBarnabas: Okay.\n"
    assert drafted(text + "Nazar Hussain: OK.\n") == {("Mikhail Kalinin", "add Barnabas there")}


def test_you_will_to_a_room_that_no_one_takes_up_is_no_ones() -> None:
    text = (
        "Barnabas: Does any of the clients support FCR on top of latest Gloas?\n"
        "Mikhail Kalinin: That's a good question. I don't know.\n"
        "Nazar Hussain: So you will post the question.\n"
        "Barnabas: The question was whether FCR on top of Gloas is something that you guys have.\n"
    )
    assert drafted(text) == set()
    said_back = (
        "Nazar Hussain: Sure, I will post some questions, okay?\nMikhail Kalinin: So you will post the question.\n"
    )
    assert drafted(said_back + "Barnabas: OK.\n") == {("Nazar Hussain", "post some questions")}


def test_a_fresh_promise_after_a_pause_is_the_task() -> None:
    said = "Parthasarathy Ramanujam: I'll have to double-check, so… I'll go back and verify the code and come back to you.\n"
    assert drafted(f"Boma: Which proposal is that?\n{said}Boma: Oh, okay.\n") == {
        ("Parthasarathy Ramanujam", "go back and verify the code and come back to Boma")  # the one other person
    }


def test_what_you_will_say_in_a_config_is_reported_not_promised() -> None:
    said = (
        "Gajinder Singh: In the config, you will say that, even though my real time is 2.5 seconds to do, "
        "proof merge, but I will only log 0.4 second element.\n"
    )
    assert drafted(f"Thomas Coratger: How does it work?\n{said}Thomas Coratger: OK.\n") == set()


def test_a_big_call_run_by_its_chair_and_its_presenters_gives_no_items() -> None:
    """All Core Devs style (stop 35): the chair asks for co-host, calls on people, keeps time and
    thanks whoever asked the room to look at a PR; presenters walk through their talk."""
    said = (
        "Josh Davis: Can you make me a co-host?\n"
        "Kamil Salakhiev: So the last piece is the engine API changes. So please take a look.\n"
        "Nixo Rao: Great, thanks. I'm gonna call Potuz before Felix, and then I'm gonna time Alex so we have time.\n"
        "Maria Silva: For the clients still working on it, please merge them to bal-devnet-3.\n"
        "Nixo Rao: Great. Thanks. I will probably pass the mic to Stefan.\n"
        "Barnabas Busa: I'd assume that you'll notice the big benefit once we start spamming.\n"
        "Sukun Tarachandani: I'll just go through all of this quickly. I'll dive into the reason for that later. "
        "I will touch briefly on the execution side. I will kind of provide an update on the status of that progress.\n"
        "Jochem Brouwer: 28 accounts of them exist today, which I will call the fossil accounts.\n"
    )
    assert items(said) == []


def test_an_update_promised_for_next_week_or_the_next_call_is_an_item() -> None:
    said = (
        "Kamil Salakhiev: I'll give an update next week on the engine API changes.\n"
        "Nixo Rao: Sounds good. Toni?\n"
        "Toni Wahr: I will provide an update on the reorg numbers on the next call.\n"
        "Ana Lee: I could run the numbers on the new data.\nNixo Rao: Great, thanks.\n"
    )
    assert items(said) == [
        ("Kamil Salakhiev", "give an update on the engine API changes"),
        ("Toni Wahr", "provide an update on the reorg numbers on the next call"),
        ("Ana Lee", "run the numbers on the new data"),  # an offer taken up with "Great, thanks"
    ]


def test_it_names_the_thing_its_own_stuttered_sentence_began_with() -> None:
    said = (
        "Toni Wahr: I know the priorization, but there was a priorization with the tiers on forecast.\n"
        "Nixo Rao: So the, the prioritization list, it was, is not on forecast, I will link it somewhere, but we can…\n"
    )
    assert items(said) == [("Nixo Rao", "link the prioritization list somewhere")]


def test_a_presenters_reported_speech_and_handing_work_to_others_are_no_items() -> None:
    said = (
        "Mo Jahan: Pierre, could you please open the docs, or, like, if somebody…\nPierre Laval: Sure, same.\n"
        "Mo Jahan: They revealed that, okay, I'm going to run this validator identity. "
        "I have some support material that I'm gonna show.\n"
        "Parithosh Jay: Then I'll leave it to the maintainers to merge it in.\n"
        "Bharath Rao: Okay, that's a good point. I'll keep track.\n"
    )
    assert items(said) == []


def test_study_if_asks_whether_and_that_pr_is_the_pr() -> None:
    said = (
        "Parithosh Jay: It sounds like the right solution.\n"
        "Bharath Rao: After this call, like, I'm gonna merge that PR.\n"
        "Potuz Ruiz: I just sent the lazy one. I'll study if it's too difficult to do, but… It's something to keep in mind.\n"
    )
    assert items(said) == [
        ("Bharath Rao", "merge that PR"),  # not "the right solution PR"
        ("Potuz Ruiz", "study if it's too difficult to do"),  # whether, not a case that may not come
    ]


def test_a_case_assumed_a_restarted_phrase_and_the_same_thing_posted_twice() -> None:
    said = (
        "Sam Lee: I will post the recording afterwards, so hopefully we'll get some feedback from everybody.\n"
        "Luis Castillo: I see that Harry has joined also, so I will count on him to back me up when there's any need.\n"
        "Nixo Rao: Assuming that there is no pushback on this call, I will get that merged into 8081 after this call.\n"
        "Maria Silva: I'll open the floor for… someone to complain, and if not, we'll just merge it.\n"
        "Jay Traglia: Please take some time to review it, find those. Do you want me to give a brief overview of it, or…\n"
        "Barnabas Busa: Yeah, I can give a quick overview. So the bug was that exited builders could be topped up.\n"
        "Nixo Rao: Okay, great. Barnabas, will you send me the… all the open… any of the open PRs that don't have consensus?\n"
        "Barnabas Busa: Yeah, sure.\n"
        "Sam Lee: Let's call it here. I'll upload the recording to the Discord server, and if anybody has anything, let me know.\n"
    )
    drafted = summarise_offline(parse_meeting(said), date(2026, 7, 1))
    assert [(i.owner, i.task) for i in drafted.action_items] == [
        ("Sam Lee", "post the recording afterwards"),  # and uploaded it later: one item
        ("Barnabas Busa", "send Nixo Rao any of the open PRs that don't have consensus"),
    ]
    assert any("Assuming that there is no pushback" in f for f in drafted.follow_ups)  # a case, not a promise


def test_notes_with_a_moderator_in_capitals_are_read_not_crashed_on() -> None:
    """Zcash Arborist notes (stop 35) open with "Moderator: DAN": that read as a short form
    with no letters behind it and crashed the summary."""
    notes = (
        "## Arborist Call #113 Notes\n\nModerator: DAN\n\nNotes: lisa\n\n## Full Notes\n\n"
        "Dan: 00:04:24\n\nWelcome. Next up, we don't have anybody from Qedit here, but I guess I'll throw it out.\n\n"
        "Nate: 00:05:10\n\nI'm going to reach out to them, and if anyone else was excited, let me know.\n\n"
        "Daira: 00:06:10\n\nI'll let you carry on and raise my hand. I think there's two posts that I will look at now.\n\n"
        "Nate: 00:07:10\n\nSo, what I would like to do is prepare to discuss these topics in the coming months, and I will "
        "announce that in arborist call, but if you want the deep dive, it's outside the call.\n\n"
        "Natalie: 00:08:10\n\nI'll skip the part where I explain why, but it turns out it works if you use pruning. "
        "Please ask questions.\n\n"
        "Pili: 00:09:10\n\nOkay. Thank you, Natalie. I'm going to move quickly today. Let me see, I'll change my setting. "
        "I'm going to call it.\n\n"
    )
    drafted = summarise_offline(parse_meeting(read_transcript(notes).text), date(2025, 10, 30))
    assert [(i.owner, i.task) for i in drafted.action_items] == [
        ("Nate", "reach out to them"),
        ("Nate", "announce that in arborist call"),
    ]


def test_a_header_name_in_capitals_is_the_person_the_notes_name_after() -> None:
    """Found pasting Arborist-style notes into the app (stop 35): "Moderator: DAN" then "Dan:"
    speaking listed him as "DAN" and owned his lines as DAN; a date said after a comma
    ("…, should be done Monday") left "should be done" in the task."""
    notes = (
        "Moderator: DAN\nAttendees: Dan, Kris, Nate\n\n"
        "Dan: Nate, can you write the upgrade notes for node operators?\n"
        "Nate: Yes. I can write the upgrade notes for node operators, should be done Monday.\n"
        "Dan: And I'll send the agenda for the next call.\n"
    )
    meeting = parse_meeting(notes)
    assert meeting.participants == ["Dan", "Kris", "Nate"]
    drafted = summarise_offline(meeting, date(2026, 11, 26))
    assert [(i.owner, i.task, i.due) for i in drafted.action_items] == [
        ("Nate", "write the upgrade notes for node operators", date(2026, 11, 30)),
        ("Dan", "send the agenda for the next call", None),
    ]


def test_a_call_where_that_is_what_was_just_asked_and_you_is_who_asked() -> None:
    """From Zcash Arborist call 104 (stop 35): a presenter's "I'll be speaking for ecc" runs
    the call; "I'll do that now" after "a maintainer there just needs to run the workflows…"
    runs the workflows (it was "do the update here now"); "I'll see if I can give you
    permission…" is a hedged promise to the one who asked (it was dropped); "I can send you a
    link." / "Okay, thanks." is taken up by the one who asked, but thanks after an update are
    thanks."""
    said = (
        "Natalie Ross: Next, the ECC update.\n"
        "Daira Emma: Sorry, I was muted. I'll be speaking for ecc. We did some work on zallet.\n"
        "Mark Henderson: I can give the update here. The top priority is the test vectors PR, and a maintainer "
        "there just needs to run the workflows to test those so we can get the checks to pass.\n"
        "Daira Emma: I'll do that now.\n"
        "Mark Henderson: Thank you. The other PR needs another review.\n"
        "Daira Emma: Yeah. I'll see if I can give you permission to run those workflows yourselves rather than "
        "going to ping us today.\n"
        "Mark Henderson: Sure. Otherwise, I'm happy to keep supporting the deployment.\n"
        "Natalie Ross: Thank you, Mark. Any questions?\n"
        "Nate Wilcox: Where can I learn about the block explorer that reached the milestone?\n"
        "Pacu Ortiz: In the forums there's a thread there. I can send you a link.\n"
        "Nate Wilcox: Okay, thanks. Is there a name for it?\n"
    )
    drafted = summarise_offline(parse_meeting(said), date(2025, 6, 26))
    assert [(i.owner, i.task, i.due) for i in drafted.action_items] == [
        ("Daira Emma", "run the workflows to test those now", None),
        ("Daira Emma", "try to give Mark Henderson permission to run those workflows yourselves", None),
        ("Pacu Ortiz", "send Nate Wilcox a link", None),
    ]


def test_notes_that_write_every_speaker_in_capitals_name_people_as_people() -> None:
    """Arborist notes label every turn "PACU: 00:14:28": the summary said "PACU: test it out"."""
    notes = (
        "Moderator: NATALIE\n\nNATE: 00:30:37\n\nWhere can I learn about the block explorer?\n\n"
        "PACU: 00:30:43\n\nI can send you a link.\n\nNATE: 00:30:50\n\nOkay, thanks.\n\n"
        "DAIRA EMMA: 00:30:55\n\nI'll test it out on my local testnet.\n\nJB: 00:31:00\n\nGreat.\n"
    )
    meeting = parse_meeting(read_transcript(notes).text)
    assert meeting.participants == ["Natalie", "Nate", "Pacu", "Daira Emma", "JB"]  # initials stay initials
    drafted = summarise_offline(meeting, date(2025, 6, 26))
    assert [(i.owner, i.task) for i in drafted.action_items] == [
        ("Pacu", "send Nate a link"),
        ("Daira Emma", "test it out on my local testnet"),
    ]


def test_a_question_put_by_name_deep_in_a_turn_and_the_calls_breakout_rooms() -> None:
    """From All Core Devs Testing 2026-04-13 (stop 35): "Ben, would you be able to work on
    the implementation side…?" deep in the chair's turn, then Ben's "Sure.", is Ben's item (a
    question before the end of a turn went unanswered); "I suspect that you're going to start
    downloading a snapshot" is a guess, not a task; making co-hosts and filling the breakout
    rooms run the call."""
    said = (
        "Potuz: I suspect that you're going to start downloading a snapshot, and that snapshot could be invalid.\n"
        "Parithosh Jayanthi: Ben, would you be able to work on the implementation side, so we can get a grasp on "
        "how difficult it would be? Then we can take a call next week. I'm leaning towards fewer EIPs.\n"
        "Ben Adams: Sure.\n"
        "Barnabas Busa: Harry, can you make Mark and David co-host, so they can record these sessions?\n"
        "Parithosh Jayanthi: Yeah, one second. Okay, perfect. The rooms are being created now. If you're unable "
        "to join one, I will add whoever can't see it.\n"
        "Ben Adams: Thanks.\n"
    )
    drafted = summarise_offline(parse_meeting(said), date(2026, 4, 13))
    assert [(i.owner, i.task) for i in drafted.action_items] == [("Ben Adams", "work on the implementation side")]


def test_a_call_run_and_reported_on_is_not_work_and_promises_reach_what_they_name() -> None:
    """From PQ interop 2026-03-25 and 2026-04-15 and RPC standards 2026-04-06 (stop 36):
    "Will is traveling, so I'll be taking care of this call" made Will's absence a task;
    giving the update, wrapping up at the end and ending the screen share run the call; "If
    …, please DM me. I will provide you the access" waits on the case; "let you know as soon
    as the PR is ready" is part of raising it; "the tool that Derek is going to show" is no
    task of Derek's; an assignment its owner answers in their own words is one item; "I
    still need to go look into…" takes on finding out; "reach out to them" names the people
    the speaker spoke of; "touch it, and … simplify it" is one piece of work."""
    said = (
        "Unnawut Leepaisalsuwanna: As I mentioned earlier, Will is traveling, so I'll be, taking care of this "
        "call today. So, let's start with client updates.\n"
        "Anshal Shukla: So, I'll be updating, regarding the Zoom client updates, since Gajinder is traveling.\n"
        "Katya Ryazantseva: Some clients are stalled. After the call, I will share the logs and restart the "
        "clients. If new clients don't have access to the dashboard, please DM me. I will provide you the access.\n"
        "Unnawut Leepaisalsuwanna: Some to-dos are actually that I'll conclude at the end. Some data are "
        "missing. I still need to go look into, like, each specific metric that's missing.\n"
        "Parthasarathy Ramanujam: Yes, I'll do that. I'll be raising the PR on lean spec later today or "
        "tomorrow. It's a small change, but I'll let you know as soon as I have the PR ready.\n"
        "Shariq Naiyer: I'm passing over to Derek, the tool that Derek Sorken is going to show, to do that "
        "visualization as well.\n"
        "Derek Sorken: Alright, I'll go ahead and end the screen share.\n"
        "Thomas Coratger: To update the bindings, you will have to work on the PR that I made about the "
        "cryptography. The nested logic is too complex. I will touch it, and I will try to simplify it.\n"
        "Anshal Shukla: Yeah, yeah, I'll create a PR on top of your PR today.\n"
        "Chase Wright: Maybe we can get Ethrex people to join the RPC Standards Call in the near future.\n"
        "Felix Lange: They would probably be quite happy to be around, yeah.\n"
        "Chase Wright: Yeah. So, I'll reach out to them, see if anyone wants to participate.\n"
    )
    drafted = summarise_offline(parse_meeting(said), date(2026, 3, 25))
    assert [(i.owner, i.task) for i in drafted.action_items] == [
        ("Katya Ryazantseva", "share the logs and restart the clients"),
        ("Unnawut Leepaisalsuwanna", "look into each specific metric that's missing"),
        ("Parthasarathy Ramanujam", "raise the PR on lean spec later"),
        ("Thomas Coratger", "touch the nested logic"),  # and simplify it: one item
        ("Anshal Shukla", "create a PR on top of your PR"),
        ("Chase Wright", "reach out to Ethrex people, see if anyone wants to participate"),
    ]
    assert "Katya Ryazantseva: I will provide you the access." in drafted.follow_ups


def test_an_answer_owed_today_is_a_task_and_a_link_ends_where_its_description_starts() -> None:
    """ "I will answer you, today" was talk; "I'll share the link later, but it's basically
    Observatory…" ran on into the description."""
    said = (
        "Marci Lee: I'll send you a message about the visualization tool.\n"
        "Thomas Coratger: Thanks a lot for taking this. I will answer you, today.\n"
        "Unnawut Leepaisalsuwanna: So I'll share the link later, but it's basically Observatory, and what this "
        "does is take the metrics.\n"
    )
    drafted = summarise_offline(parse_meeting(said), date(2026, 4, 15))
    assert [(i.owner, i.task) for i in drafted.action_items][1:] == [
        ("Thomas Coratger", "answer you"),
        ("Unnawut Leepaisalsuwanna", "share the link later"),
    ]


def test_a_moderated_call_in_capitals_its_running_and_a_promise_to_do_what_one_proposed() -> None:
    """From Zcash Arborist calls 103, 107 and 110 (stop 36): names in capitals stayed shouts
    when a "Speaker B" was among them; the moderator's "I'll just double check. I still do not
    see…", "I'll check the chat", "I'll read out loud", "I'll jump back in" and "I'll press
    play" run the call; "find that link and share it in the chat" is done there; "Do you
    think we should open a ticket…?" / "Yeah, please do." / "Okay, I will." is the ticket;
    "I can at least find out" takes on finding out; "…world readable, and they're all
    incomplete" ends at "readable"; "further.Anything else" is two sentences; "I'll bet" and
    "I'll try not to go into too much detail" are talk."""
    notes = (
        "Moderator: DAN\n\nDAN: 00:06:18\n\nNext up, Zingo Labs. I'll just double check. I still do not see "
        "them in the attendees. I'll check the chat. I'll read out loud a question in chat.\n\n"
        "ALFREDO: 00:12:06\n\nOkay, cool. Do you think we should open a ticket to add a CLI command?\n\n"
        "KRIS: 00:12:09\n\nYeah, please do.\n\nALFREDO: 00:12:12\n\nOkay, I will. Thank you.\n\n"
        "GGUY: 00:30:57\n\nOkay, but generally speaking this type of work might be utilized.\n\n"
        "KRIS: 00:31:03\n\nI mean I need to look at the specific proposal.\n\n"
        "GGUY: 00:31:09\n\nOkay I can at least find out.\n\n"
        "Speaker B: 00:31:29\n\nThanks GGuy. Any more thoughts?\n\n"
        "NATE: 00:37:26\n\nThey're in a Google spreadsheet, and I'll go make sure it is world readable, and "
        "they're all definitely incomplete. I'll find that link and share it in the chat.\n\n"
        "ZOOKO: 00:38:00\n\nI'll try not to go into too much detail. I'll bet, improves privacy by having more "
        "users.\n\n"
        "DAN: 00:39:00\n\nI'll jump back in when it's over. Okay, I'll press play. I'll take an action here to "
        "start an issue in zebra so we can discuss further.Anything else?\n"
    )
    meeting = parse_meeting(read_transcript(notes).text)
    assert {"Dan", "Alfredo", "Kris", "Gguy", "Nate", "Zooko"} <= set(meeting.participants)
    drafted = summarise_offline(meeting, date(2025, 6, 12))
    assert [(i.owner, i.task) for i in drafted.action_items] == [
        ("Alfredo", "open a ticket to add a CLI command"),
        ("Kris", "look at the specific proposal"),
        ("Gguy", "find out"),
        ("Nate", "go make sure it is world readable"),
        ("Dan", "take an action here to start an issue in zebra so we can discuss further"),
    ]


def test_a_calls_nods_agenda_moves_and_offers_to_answer_are_not_the_summarys_points() -> None:
    """Read as a user on PQ interop 2026-04-15 (stop 36): "100%, I agree." was a highlight, "Let's
    go for spec and research update." a decision, "If we needed more in-detail information…, we
    could go to the log" a request for support, "If there's any questions, I could answer those"
    a point for next time, and "I'll probably, Include the additional clients" kept its pause."""
    said = (
        "Derek Sorken: There's a prefix in the log, and if we needed more in-detail information about it, we "
        "could go to the Lantern log and view through that. If there's any questions as well, I could answer "
        "those.\n"
        "Gajinder Singh: 100%, I agree.\n"
        "Thomas Coratger: Okay, so let's go for spec and research update. We shipped 40 new test vectors.\n"
        "Parthasarathy Ramanujam: It stalled, I'll probably, Include the additional clients today.\n"
    )
    drafted = summarise_offline(parse_meeting(said), date(2026, 4, 15))
    assert drafted.decisions == [] and drafted.support_requested == [] and drafted.follow_ups == []
    assert not any("agree" in h for h in drafted.highlights)
    assert any("40 new test vectors" in h for h in drafted.highlights)
    assert [(i.owner, i.task) for i in drafted.action_items] == [
        ("Parthasarathy Ramanujam", "include the additional clients")
    ]


def test_what_depends_on_what_and_what_would_break_are_no_blockers() -> None:
    """RPC standards 2026-04-06 read as a user (stop 36): "who depends on it", "depends on the…
    how the client does" and "would also be broken if we… remove this" were listed as blockers."""
    said = (
        "Chase Wright: I know that these error messages depend on the client. And depends on the… how the client "
        "does some of this stuff, so I don't really have a problem with it.\n"
        "Felix Lange: I have no idea why this is there, or who depends on it, but this has been there for a long time.\n"
        "Felix Lange: The get block London test would also be broken if we remove this.\n"
        "Tullio Canepa: We're blocked on the Erigon release until the snapshot is fixed.\n"
    )
    drafted = summarise_offline(parse_meeting(said), date(2026, 4, 6))
    assert drafted.blockers == ["Tullio Canepa: We're blocked on the Erigon release until the snapshot is fixed."]


def test_i_can_confirm_that_with_a_comma_says_it_there_and_then() -> None:
    """All Core Devs Execution 2026-05-21 (stop 36): "But I can confirm that, this contract still
    exists, and potentially some people rely on this" became "confirm the question, this contract
    still exists…" (the rule for "I can confirm that X" wanted no comma after "that")."""
    said = (
        "Guillaume: Now, yeah, the question is, do they still exist? But I can confirm that, this contract still "
        "exists, and potentially some people rely on this to spend their NFT.\n"
        "Peter Miller: Yes, I've had a look at the data.\n"
    )
    assert summarise_offline(parse_meeting(said), date(2026, 5, 21)).action_items == []
