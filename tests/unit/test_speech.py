"""Commitments in real speech (issue 14, item 3): answered requests, referents named a turn
earlier, requests to several people, and what is not a commitment (statements about the
other person, agenda remarks, conditional plans)."""

from __future__ import annotations

from datetime import date

import pytest

from coach.summary.extract import summarise_offline
from coach.summary.meeting import parse_meeting
from coach.summary.wording import base_form

WEDNESDAY = date(2026, 11, 25)


def items(text: str) -> set[tuple[str | None, str]]:
    return {(i.owner, i.task) for i in summarise_offline(parse_meeting(text), WEDNESDAY).action_items}


def test_an_answer_takes_on_the_request() -> None:
    text = "Dana: Could someone take the notes at next week's review?\nSam: Sure.\nLee: Thanks.\n"
    assert items(text) == {("Sam", "take the notes at next week's review")}


def test_that_is_what_was_named_a_turn_earlier() -> None:
    text = "Sam: I haven't got an agenda for the offsite yet.\nDana: I'll put that together by Friday.\n"
    assert items(text) == {("Dana", "put an agenda for the offsite together")}


def test_her_is_the_person_named_just_before_and_the_answer_gives_the_date() -> None:
    """Tried on a 1:1: "ping her" after "talk to Priya", and "Sure, I can have that by
    Thursday" answering a request with no date of its own."""
    text = (
        "Maya: Do you want me to talk to Priya on the data team?\n"
        "Luis: That would actually help, yeah.\n"
        "Maya: Okay, I'll ping her today.\n"
        "Maya: Could you write up the fallback plan so the team knows?\n"
        "Luis: Sure, I can have that by Thursday.\n"
    )
    drafted = {(i.owner, i.task, i.due) for i in summarise_offline(parse_meeting(text), WEDNESDAY).action_items}
    assert drafted == {
        ("Maya", "ping Priya", WEDNESDAY),
        ("Luis", "write up the fallback plan so the team knows", date(2026, 11, 26)),
    }
    two = "Maya: Ask Priya or Omar about it.\nLuis: I'll email her tomorrow.\n"
    assert items(two) == {("Luis", "email her")}  # two people named: "her" stays


def test_a_plan_for_a_case_inside_a_sentence_is_a_follow_up_not_an_item() -> None:
    text = (
        "Luis: And I was thinking, uh, if the labels don't come by the 10th, I'll just fall back to the old labels.\n"
        "Maya: Makes sense. So if you check there, let me share the link.\n"
    )
    summary = summarise_offline(parse_meeting(text), WEDNESDAY)
    assert summary.action_items == []
    assert summary.follow_ups == [
        "Luis: And I was thinking if the labels don't come by the 10th, I'll just fall back to the old labels."
    ]  # "let me share the link" is done in the call, whatever the case


def test_a_request_to_several_people_is_one_item_each() -> None:
    text = (
        "Attendees: Dana, Sam, Lee, Ana\nDana: Would you three mind emailing me your slides by Monday?\nSam: Will do.\n"
    )
    assert items(text) == {(who, "email Dana your slides") for who in ("Sam", "Lee", "Ana")}


def test_what_is_not_a_commitment() -> None:
    text = (
        "Dana: You will get the instructions from your coach.\n"
        "Sam: I'll start with the budget.\n"
        "Lee: I'll hand over to Ana now.\n"
        "Ana: If the vendor isn't back by mid-December, I'll escalate it.\n"
        "Dana: Thanks Tim, I'll take it from here. I'll just briefly touch on the specs.\n"
        "Ben: I'll defer to Enrico on that.\n"
        "Lee: My question is whether it helps clients, if it does, then I will open a PR next week.\n"
    )
    assert items(text) == set()
    drafted = summarise_offline(parse_meeting(text), WEDNESDAY)
    assert any("escalate" in f for f in drafted.follow_ups)


def test_dates_that_are_the_task_and_dates_before_next_week() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Sam: I'll move the design milestone to next week.\nLee: I'll send the figures before next week.\n"
        ),
        WEDNESDAY,
    )
    by_owner = {i.owner: i for i in drafted.action_items}
    assert by_owner["Sam"].task == "move the design milestone to next week" and by_owner["Sam"].due is None
    assert by_owner["Lee"].due == date(2026, 11, 27)  # this Friday, not next week's


def test_a_blocker_in_plain_words() -> None:
    drafted = summarise_offline(
        parse_meeting("Sam: The staging index is broken again and infra hasn't picked up my ticket.\n"), WEDNESDAY
    )
    assert drafted.blockers and "staging index" in drafted.blockers[0]


def test_blocks_and_stuck_as_other_words_are_no_blocker() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Pari: I think we hit TTD in another hour, 200, 300 blocks away.\n"
            "Ben: I stuck it in the chat if you want the link.\n"
            "Ana: The schema change blocks the release, and I'm stuck on the migration.\n"
        ),
        WEDNESDAY,
    )
    assert drafted.blockers == ["Ana: The schema change blocks the release, and I'm stuck on the migration."]


def test_a_blocker_denied_is_no_blocker() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Cesar: It's not a blocker, so I'll approve it.\nJason: No blockers this week.\n"
            "Hanson: It is not blocked, but the deploy is broken.\n"
            "Sipa: The flag day will reject blocks that don't signal for segwit.\n"
        ),
        WEDNESDAY,
    )
    assert drafted.blockers == ["Hanson: It is not blocked, but the deploy is broken."]


def test_reasoning_manner_and_risks_are_no_blocker() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Mark: It appears that avalanche is not final in the way that tendermint is.\n"
            "Daira: If you can compute one logarithm, then you've broken the proof system. You've also broken the commitments.\n"
            "Ana: This likely merits being broken out into a separate thread.\n"
            "Jordan: We have added the tags and it hasn't broken.\n"
            "Pari: I don't see any big blocker right now.\n"
            "Felix: We might just be stuck with these codes.\n"
            "Sam: Legal review is in the way of the launch.\n"
        ),
        WEDNESDAY,
    )
    assert drafted.blockers == ["Sam: Legal review is in the way of the launch."]


def test_help_offered_on_a_condition_is_not_support_requested() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Pari: If someone needs access to rerun the job, I can add you.\n"
            "Danny: And I'll make the rounds asked for in about a week.\n"
            "Sam: I need access to the billing dashboard to finish the report.\n"
        ),
        WEDNESDAY,
    )
    assert drafted.support_requested == ["Sam: I need access to the billing dashboard to finish the report."]


def test_ways_of_speaking_are_no_figure_and_no_decision() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Chase: Not 100% sure. I was looking at it this morning.\n"
            "Chase: I do, but I'm not the unilateral decision maker of everything.\n"
            "Boma: We decided to cut a beta release. 100% of the tests pass.\n"
        ),
        WEDNESDAY,
    )
    assert drafted.decisions == ["Boma: We decided to cut a beta release."]
    assert not any("100% sure" in h for h in drafted.highlights)


def test_decisions_and_figures_as_a_design_team_says_them() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Industrial Designer: I'd say kinetic energy, it's cheaper.\n"
            "Project Manager: Okay, so we're going with kinetic energy then.\n"
            "Project Manager: Let's go for the rubber case, since users like soft things.\n"
            "Marketing: The survey says seventy percent want voice recognition.\n"
            "Project Manager: Let's go for a short break.\n"
        ),
        WEDNESDAY,
    )
    assert drafted.decisions == [
        "Project Manager: We're going with kinetic energy then.",
        "Project Manager: Let's go for the rubber case, since users like soft things.",
    ]
    assert any("seventy percent" in h for h in drafted.highlights)


def test_a_transcript_with_spaces_before_its_punctuation() -> None:
    """As research corpora write speech ("Uh , I can do that ."): read as if written plainly;
    a talk's "I'm going to present now" is not part of what it tells, and "at three" is a time."""
    from coach.summary.transcripts import read_transcript

    text = read_transcript(
        "Project Manager: Can someone look into how much a locator beep would cost ?\n"
        "Industrial Designer: Uh , I can do that .\n"
        "Marketing: Yeah . Um , I'm going to present now . So , we did a survey of a hundred users .\n"
        "User Interface: I have to leave at three though , I have another meeting .\n"
    ).text
    drafted = summarise_offline(parse_meeting(text), WEDNESDAY)
    assert [(i.owner, i.task) for i in drafted.action_items] == [
        ("Industrial Designer", "look into how much a locator beep would cost")
    ]
    assert drafted.highlights == ["Marketing: We did a survey of a hundred users."]


def test_the_head_of_call_notes_says_nothing_of_the_meeting() -> None:
    """The file's head ("Meeting Duration: 32 minutes") is nobody speaking; a call's purpose
    ("…identify blockers and unresolved issues") names no blocker; a year is no figure."""
    from coach.summary.transcripts import read_transcript

    text = read_transcript(
        "## Call 126 Notes\n\nMeeting Date/Time: 11th June 2026, 21:00 UTC\n\nMeeting Duration: 32 minutes\n\n"
        "Alex: 00:01:23\n\nThe call is today, June 11, 2026 This meeting will be recorded. We meet to identify "
        "blockers and unresolved issues.\n\n"
        "Judah: 00:17:23\n\nJust released the Zip 234 PR last week, and I will try and again formalize the spec.\n\n"
        "Alex: 00:18:01\n\nThanks, Judah.\n\nJudah: 00:18:05\n\nSure.\n"
    ).text
    drafted = summarise_offline(parse_meeting(text), WEDNESDAY)
    assert drafted.participants == ["Alex", "Judah"]
    assert drafted.blockers == [] and not any("2026" in h or "Duration" in h for h in drafted.highlights)
    assert [i.task for i in drafted.action_items] == ["formalize the spec"]


def test_what_a_presenter_does_in_the_meeting_is_no_item_and_a_suggestion_no_request() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Industrial Designer: Um I'll I'll just go to my slides.\n"
            "Industrial Designer: We could use a a kinetic battery, I think.\n"
            "User Interface: I'll come back to that later.\n"
            "Leo: I could use an intro to the SRE lead at the platform team.\n"
            "Project Manager: Um I'll send the minutes after the meeting.\n"
        ),
        WEDNESDAY,
    )
    assert [(i.owner, i.task) for i in drafted.action_items] == [
        ("Project Manager", "send the minutes after the meeting")
    ]
    assert drafted.support_requested == ["Leo: I could use an intro to the SRE lead at the platform team."]


def test_a_case_weighed_is_no_blocker_and_waiting_to_start_no_decision() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Jochem: Alright, let's wait a few seconds before we move to the point.\n"
            "Gary: And if it's broken, it makes no sense to only protect the contract deployment.\n"
            "Ana: If we ship Friday, the deploy is blocked by the freeze.\n"
        ),
        WEDNESDAY,
    )
    assert drafted.decisions == []
    assert drafted.blockers == ["Ana: If we ship Friday, the deploy is blocked by the freeze."]


def test_in_a_call_lets_runs_the_call_unless_it_settles_something() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Toni: Let's give people one or two more minutes to join.\n"
            "Marc: Let's transition here to the proposal updates section.\n"
            "Will: Alright, let's do it. Mikael, anything to kick us off with?\n"
            "Jihoon: Thanks all, let's keep discussing in the Discord channel.\n"
            "Toni: Let's skip Geth for now.\n"
            "Ignacio: Okay, so let's move forward with project number 4.\n"
        ),
        WEDNESDAY,
    )
    assert drafted.decisions == [
        "Toni: Let's skip Geth for now.",
        "Ignacio: Let's move forward with project number 4.",
    ]


def test_what_a_call_says_in_passing_is_no_blocker_or_highlight() -> None:
    """From a real call's summary: "It depends on your availability" listed as a blocker, "we
    can have our next breakout in two weeks" and a sentence broken off three times as highlights."""
    call = (
        "Jihoon: It depends on your availability.\n"
        "Felix: Everything is possible, it just depends on the complexity.\n"
        "Gottfried: I think it very, very strongly depends on the solution you have.\n"
        "Fabio: So the main, For me, it's to… Start integrating with CL, because at the moment… Hmm… two forks.\n"
        "Jihoon: Yeah, we can have our next breakout in two weeks.\n"
        "Lee: The client we nearly lost renewed for two years.\n"
        "Ana: It depends on the vendor, and we're still waiting on their keys.\n"
        "Jihoon: Whether we include other EIPs is up to… our decision.\n"
    )
    drafted = summarise_offline(parse_meeting(call), WEDNESDAY)
    assert drafted.decisions == []
    spoken = summarise_offline(parse_meeting("Sam: Um, the migration, uh, shipped on Monday.\nLee: Nice.\n"), WEDNESDAY)
    assert spoken.highlights == ["Sam: The migration shipped on Monday."]  # as a summary lists it
    assert drafted.blockers == ["Ana: It depends on the vendor, and we're still waiting on their keys."]
    assert drafted.highlights == ["Lee: The client we nearly lost renewed for two years."]


def test_an_update_without_a_named_objective_gets_a_short_name() -> None:
    drafted = summarise_offline(
        parse_meeting("Sam: Signups are at 480 against a target of 600, so we are behind.\n"), WEDNESDAY
    )
    (update,) = drafted.okr_updates
    assert update.objective == "Signups" and update.status == "at-risk"


@pytest.mark.parametrize(
    ("said", "base"),
    [
        ("moderating the queue", "moderate the queue"),
        ("calling Sam", "call Sam"),
        ("installing it", "install it"),
        ("merging the PR", "merge the PR"),
        ("editing the doc", "edit the doc"),
        ("cancelling it", "cancel it"),
    ],
)
def test_a_task_said_with_ing_is_written_in_its_base_form(said: str, base: str) -> None:
    assert base_form(said) == base


def test_fillers_restarts_and_noted_noises_are_not_part_of_a_task() -> None:
    from coach.summary.transcripts import read_transcript

    text = (
        "Project Manager: Okay {vocalsound} so um we need the costs.\n"
        "Industrial Designer: Um {disfmarker} I will I will uh look into the uh the cost of the chips {gap} by Friday.\n"
        "Marketing: [inaudible 00:12:03] I will (laughs) draft the survey.\n"
    )
    assert items(read_transcript(text).text) == {
        ("Industrial Designer", "look into the cost of the chips"),
        ("Marketing", "draft the survey"),
    }


def test_a_promise_begun_twice_in_other_words_keeps_only_the_task() -> None:
    from coach.summary.transcripts import read_transcript

    text = (
        "Ann: Right, so we need the designs and the alignment numbers.\n"
        "Bob: I will {disfmarker} I'll draw up a few designs for the buttons.\n"
        "Cy: I can — I'll check the alignment on the far-field mics.\n"
        "Dee: I I'll uh I'll look into the battery options.\n"
    )
    assert items(read_transcript(text).text) == {
        ("Bob", "draw up a few designs for the buttons"),
        ("Cy", "check the alignment on the far-field mics"),
        ("Dee", "look into the battery options"),
    }


def test_speakers_labelled_by_id_count_when_they_speak_once() -> None:
    text = (
        "me013: OK, so we're on. The agenda is the recognizer results.\n"
        "mn015: Yeah, I ran the new features last week.\n"
        "me013: Uh-huh.\n"
        "mn015: The error rate went down to twelve percent.\n"
        "fe008: I'll check the alignment on the far-field mics.\n"
    )
    assert items(text) == {("fe008", "check the alignment on the far-field mics")}


def test_a_request_to_present_in_a_call_is_done_there_and_then() -> None:
    text = (
        "Project Manager: Let's start with the user requirements. Could you present those?\n"
        "Marketing: Yeah, sure. I did some research on what people want, and most find the remote ugly.\n"
        "Project Manager: Good. And could you send me the slides afterwards?\n"
        "Marketing: Yeah, I'll mail them to you.\n"
    )
    assert items(text) == {("Marketing", "send Project Manager the slides afterwards")}


def test_roles_as_speakers_are_assigned_work_by_their_whole_title() -> None:
    text = (
        "Project Manager: For the next meeting, the User Interface Designer will look at the interface concept.\n"
        "User Interface: Okay.\n"
        "Project Manager: And Marketing, you'll do the trend watching.\n"
        "Marketing: Yep. I'll do my best.\n"
        "Project Manager: Let's do a quick round first.\n"
    )
    assert items(text) == {
        ("User Interface", "look at the interface concept"),
        ("Marketing", "do the trend watching"),
    }


def test_a_request_to_get_that_done_is_what_the_other_said_is_still_to_do() -> None:
    text = (
        "Professor B: Where are we with the digits?\n"
        "PhD C: I still have to rerun the baseline.\n"
        "Professor B: OK. Could you get that done by next week?\n"
        "PhD C: Yes, I can.\n"
        "Grad F: I need to fix the alignment.\n"
        "Professor B: Could you rerun it for the far-field mics too?\n"
        "Grad F: Sure.\n"
    )
    assert items(text) == {
        ("PhD C", "rerun the baseline"),
        ("Grad F", "rerun it for the far-field mics too"),  # not what Grad F said was theirs to do
    }


def test_a_conditional_offer_answering_a_request_is_taken_on() -> None:
    text = (
        "Suzy Davies: Could you give us the figures broken down by region?\n"
        "Kirsty Williams: I'd be happy to write to the committee with that breakdown.\n"
        "Conduition: And I'd be happy to take any questions if we have time.\n"
    )
    assert items(text) == {("Kirsty Williams", "write to the committee with that breakdown")}


def test_a_design_meeting_as_spoken() -> None:
    """Work taken on as people talk: "them" is what the speaker named in the same sentence,
    or what the last speaker named (not a person), a yes can open with "Uh", and "you can
    send me…, right?" asks."""
    text = (
        "Project Manager: I'm going to take the minutes, and I'll put them in the shared folder afterwards.\n"
        "Project Manager: Can someone look into how much a locator beep would cost?\n"
        "Industrial Designer: Uh, I can do that.\n"
        "Project Manager: Great. And you can send me the survey data as well, right?\n"
        "Marketing: Yeah, sure, no problem.\n"
        "Project Manager: And the Industrial Designer will check with the factory about the rubber.\n"
        "Industrial Designer: Yep, I'll ring them.\n"
        "User Interface: You can see the chart here, right?\n"
        "Marketing: Yeah.\n"
    )
    assert items(text) == {
        ("Project Manager", "put the minutes in the shared folder afterwards"),
        ("Industrial Designer", "look into how much a locator beep would cost"),
        ("Marketing", "send Project Manager the survey data as well"),
        ("Industrial Designer", "check with the factory about the rubber"),
    }


def test_a_research_meeting_as_spoken() -> None:
    """An offer ("I guess I could try running them") taken up by another ("That would be
    great") is taken on, and "them" is the last speaker's thing said once; "let's have PhD B
    send out…" hands PhD B the task; "I could…" with no one taking it up is only a maybe."""
    text = (
        "Professor A: And we should probably think about the the forced alignments at some point.\n"
        "PhD D: Yeah, I I guess I could try running them on the new data.\n"
        "Professor A: That would be great.\n"
        "Grad C: I could look at the repository too.\n"
        "PhD B: Yeah, I just sent it in the chat.\n"
        "Professor A: Uh let's have PhD B send out the summary of the digits results.\n"
        "PhD B: Sure.\n"
    )
    assert items(text) == {
        ("PhD D", "run the forced alignments on the new data"),
        ("PhD B", "send out the summary of the digits results"),
    }


def test_call_notes_with_a_name_colon_time_line_over_each_turn() -> None:
    from coach.summary.transcripts import read_transcript

    text = (
        "## Arborist Call Notes\n\nMeeting Date/Time: 5th March 2026, 15:00 UTC\n\nTime: 15:00\n\n"
        "## Zebra Update\n\nMarek: 00:21:59  \n\nWe fixed a bug in the mempool.\n\n"
        "Judah: 00:24:22\n\nI saw the feedback, and I'll have that implemented by Monday.\n\n"
        "mark  1:13:02\n\nI'll write up the walkthrough notes.\n\n"
        "Pili: 00;26:29  \n\nGreat, thank you.\n"
    )
    read = read_transcript(text)
    assert read.format == "name-colon-time"
    assert "Judah: I saw the feedback" in read.text and "Time:" not in read.text.split("Marek")[1]
    assert items(read.text) == {("Judah", "implement the feedback"), ("Mark", "write up the walkthrough notes")}


def test_what_a_presenter_says_about_the_talk_is_not_a_task() -> None:
    text = (
        "Pili: Who is giving the update today?\n"
        "Judah: Oh, so I'll give that. I'll keep it super brief.\n"
        "Oni: I'll leave some time for questions at the end. A laundry list of questions I'm going to knock out here.\n"
        "Oni: I am going to assert that it's going to be pretty minimal.\n"
        "Pili: I'll give a few minutes for that.\n"
        "Pacu: Oh, okay. I will start again.\n"
        "Hazel: I am going to try refreshing my browser again to see if I can get sound back.\n"
        "Alfredo: I should check it out myself, so. But yeah, thanks.\n"
        "Mark: I haven't announced the walkthrough on the forum yet, but I will.\n"
        "Ege: I will note the comment in the issue.\n"
        "Sam: There is a new build of the installer.\n"
        "Cy: I'll check it out tomorrow.\n"
    )
    assert {(owner, task) for owner, task in items(text)} == {
        ("Mark", "announce the walkthrough on the forum"),
        ("Ege", "note the comment in the issue"),
        ("Cy", "check out a new build of the installer"),
    }


def test_work_handed_out_at_the_end_of_a_design_meeting() -> None:
    text = (
        "Project Manager: So for the next meeting, the Industrial Designer will work on the components design, "
        "the User Interface Designer on the interface design, and Marketing on the trend watching.\n"
        "Marketing: Okay.\n"
        "Project Manager: Your job for the next meeting is to look at the energy source.\n"
        "Industrial Designer: Okay.\n"
        "Project Manager: Marketing, you should find out what users want from the remote.\n"
        "Marketing: Okay, will do.\n"
        "User Interface: You should always test with real users, you need to watch them.\n"
        "Marketing: Okay.\n"
    )
    assert items(text) == {
        ("Industrial Designer", "work on the components design"),
        ("User Interface", "work on the interface design"),
        ("Marketing", "work on the trend watching"),
        ("Industrial Designer", "look at the energy source"),
        ("Marketing", "find out what users want from the remote"),
    }


def test_a_committee_session_with_members_named_with_their_letters() -> None:
    text = (
        "Suzy Davies AM: Could you provide the committee with a note on the timetable for the code?\n"
        "Kirsty Williams AM: Yes, I'm very happy to provide a note on that.\n"
        "Steve Davies: I can confirm that the guidance will be published in September, "
        "and I'll make sure the committee gets a copy.\n"
        "Lynne Neagle AM: Thank you.\n"
        "Kirsty Williams AM: I'll look forward to receiving those.\n"
    )
    assert items(text) == {
        ("Kirsty Williams", "provide the committee with a note on the timetable for the code"),
        ("Steve Davies", "make sure the committee gets a copy"),
    }


def test_a_recap_of_the_actions_hands_out_work_in_the_present() -> None:
    text = (
        "Ann: Who's going to write up the notes?\n"
        "Sam: Me, I can do it.\n"
        "Ann: So, action items. Dana, you're sending the deck to the client. Sam's doing the survey.\n"
        "Dana: Yep.\n"
        "Ann: To recap: Lee is running the pilot, and I'm booking the room.\n"
        "Lee: Sure.\n"
        "Ann: Dana is sending lots of emails these days, Sam is sleeping badly.\n"
    )
    assert items(text) == {
        ("Sam", "write up the notes"),
        ("Dana", "send the deck to the client"),
        ("Sam", "do the survey"),
        ("Lee", "run the pilot"),
        ("Ann", "book the room"),
    }


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll have a go at the prototype.", "have a go at the prototype"),
        ("Leave that with me.", "handle the supplier numbers"),
        ("I'll be in touch with the vendor.", "get in touch with the vendor"),
    ],
)
def test_everyday_ways_of_taking_something_on(said: str, task: str) -> None:
    assert items(f"Ann: We need the supplier numbers.\nBob: {said}\nAnn: Great.\n") == {("Bob", task)}


def test_a_firm_offer_and_doing_what_one_said_one_has_to_do() -> None:
    text = (
        "Chase: The spec PR is up.\n"
        "Kev: Okay. Yeah, I can definitely review this.\n"
        "Felix: I definitely have to review it. I will… I will do it today.\n"
        "Francesco: Let me share the links to the specs. I haven't posted the slides, but I'll do that shortly.\n"
        "Sam: I can review it sometime maybe.\n"
    )
    assert items(text) == {
        ("Kev", "review this"),
        ("Felix", "review it"),  # due today
        ("Francesco", "post the slides shortly"),
    }


def test_a_promise_inside_a_description_is_none() -> None:
    text = (
        "Oni: The framework nethermind made, which will be what I will be building on top of.\n"
        "Vivek: So I think that's the main stuff that I have to update this week.\n"
        "Sam: The data that I'm going to go over next week is in the drive.\n"
    )
    assert items(text) == {("Sam", "go over the data")}  # due next week


def test_one_commitment_heard_twice_by_the_transcriber_is_one_item() -> None:
    text = (
        "Daniel: I'll roll out Hasblops on the Sigma Prime nodes to see how much it improves.\n"
        "Ann: Nice.\n"
        "Daniel: Yeah, so I'll roll out HasBlobs to the SigmaPrime nodes to measure the benefit.\n"
        "Ann: And I'll roll out the new dashboards to the staging nodes.\n"
    )
    assert [owner for owner, _ in items(text)].count("Daniel") == 1 and len(items(text)) == 2


def test_the_calls_own_logistics_asked_of_the_room_are_no_item() -> None:
    text = (
        "Justin: Could someone help us set up these breakout rooms?\n"
        "Barnabas: Yeah, I can do that.\n"
        "Justin: Could someone write up the notes from the breakout rooms by Friday?\n"
        "Barnabas: Sure.\n"
        "Ann: And I'll tidy the summary of the breakout rooms.\n"
    )
    assert items(text) == {
        ("Barnabas", "write up the notes from the breakout rooms"),
        ("Ann", "tidy the summary of the breakout rooms"),
    }


def test_what_runs_the_call_is_not_a_task() -> None:
    text = (
        "Harrison: I'll let Andrew take the stage, and I will moderate the queue after the presentation.\n"
        "Ben: Okay I'll go and scribe.\n"
        "Anthony: Does anyone want to add a concept? I will take silence as good.\n"
        "Anthony: I would be happy updating the whole definition, but I will leave that.\n"
        "Sheela: Maybe this is the wrong question but I'll ask anyway.\n"
        "Phil: I'll be attending virtually, but not in person.\n"
        "Greg: I have example implementations and I will post that to the mailing list.\n"
    )
    assert items(text) == {("Greg", "post example implementations to the mailing list")}


def test_a_cleaned_call_transcript_in_markdown() -> None:
    text = (
        "**Danny***: Okay. Here is the agenda.\n"
        "**Paul Hauner**: I need to fix some CI failures on my end.\n"
        "**Marius**: I am not sure we provide it there, like I have to look at the code.\n"
        "**Leonardo Bautista**: I have plans to re-assess client benchmarks, and will be contacting teams.\n"
        "**Next Meeting**: Thursday at 14:00 UTC\n"
    )
    assert items(text) == {
        ("Paul Hauner", "fix some CI failures on my end"),
        ("Marius", "look at the code"),
        ("Leonardo Bautista", "re-assess client benchmarks"),
        ("Leonardo Bautista", "contact teams"),
    }


def test_inviting_everyone_to_look_is_not_a_task_of_ones_own() -> None:
    text = (
        "Loring: I will just point out that the link is here in the GitHub issue, and invite all of you to take a look.\n"
        "Dana: Thanks.\n"
    )
    assert items(text) == set()


def test_a_nod_to_a_question_is_not_taking_it_on() -> None:
    text = (
        "Pablo: A sub-team works on that. I don't know if Edgar is here, but will you start implementing that?\n"
        "Kamil: Okay, nice. We asked for a channel on Discord to coordinate.\n"
        "Bosul: And I'll go to Discord.\n"
    )
    assert items(text) == set()


def test_running_the_call_and_weighing_a_decision_are_not_decisions() -> None:
    text = (
        "Justin: Alright, let's get started. Let's jump right into DevNet status updates.\n"
        "Dustin: I think we're kind of, let's call it asymptotically there.\n"
        "Justin: This Thursday might be too soon to make a decision on 7688.\n"
        "Dana: We decided to ship the fix on Friday.\n"
        "Jihoon: Alright guys, thanks for waiting, let's get this started.\n"
        "Justin: Let's see, let's post the agenda.\n"
        "Chase: I don't have anything else, so let's chat offline.\n"
        "Jihoon: Otherwise, let's catch up in 2 weeks.\n"
        "Sam: Let's go with the second option.\n"
    )
    drafted = summarise_offline(parse_meeting(text), WEDNESDAY)
    assert drafted.decisions == [
        "Dana: We decided to ship the fix on Friday.",
        "Sam: Let's go with the second option.",
    ]


def test_greetings_and_goodbyes_are_not_highlights() -> None:
    text = (
        "Jihoon: Have a great rest of your day, and see you in two weeks!\n"
        "Ana: Thanks for joining, we shipped 3 releases this month.\n"
    )
    drafted = summarise_offline(parse_meeting(text), WEDNESDAY)
    assert drafted.highlights == ["Ana: Thanks for joining, we shipped 3 releases this month."]


def test_aiming_to_is_a_plan_and_the_call_is_run_not_tasked() -> None:
    text = (
        "Mikhail: Testing is in the middle. I'm aiming to finish it this week, basically.\n"
        "Jochem: Alright, I will count down from 5, and then we say goodbye.\n"
        "Mikhail: So the next one I'll share now.\n"
    )
    assert items(text) == {("Mikhail", "finish it")}


def test_a_line_said_twice_is_listed_once() -> None:
    said = "Tam: If not, maybe I can pick this up.\nDana: OK.\nTam: If not, maybe I can pick this up.\n"
    assert summarise_offline(parse_meeting(said), WEDNESDAY).follow_ups == ["Tam: If not, maybe I can pick this up."]


def test_thanks_and_a_question_announced_are_no_highlights() -> None:
    said = (
        "Conduition: Yeah, this is great. Thanks for inviting me, Antonio, I really appreciate it.\n"
        "Mehdi: Yeah, I'd like to ask a question, about the difference between the 2 checks.\n"
    )
    assert summarise_offline(parse_meeting(said), WEDNESDAY).highlights == []


def test_a_yes_that_restates_the_request_is_one_item_and_captions_are_turned_off_on_the_spot() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Ben: Then I will turn off captions.\n"
            "Chris: Would you mind adding a comment to that effect on issue 457?\n"
            "Orie: Sure, I'll copy it from the meeting minutes.\n"
            "Chris: Could you also review the schema PR?\n"
            "Orie: Sure, and I'll also send the notes to the list.\n"
        ),
        WEDNESDAY,
    )
    assert [(i.owner, i.task) for i in drafted.action_items] == [
        ("Orie", "add a comment to that effect on issue 457"),
        ("Orie", "review the schema PR"),
        ("Orie", "send the notes to the list"),
    ]


def test_going_back_to_talk_to_someone_not_in_the_call_and_a_polite_if_you_could() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Boma: Can you still see my screen?\nChase: Yes.\n"
            "Felix: We should decide the error codes.\n"
            "Chase: Let me go back and talk to Sina again about the codes.\n"
            "Kevaundray: I can also get the link to this, and send it to Zoom.\n"
            "Chase: Tullio, if you could, put eyes on the state methods PR, that would be great.\n"
            "Tullio: Yeah, I'll do.\n"
            "Boma: Maybe, maybe this time I'll get some answers.\n"
        ),
        WEDNESDAY,
    )
    assert [(i.owner, i.task) for i in drafted.action_items] == [
        ("Chase", "talk to Sina again about the codes"),
        ("Tullio", "put eyes on the state methods PR"),
    ]


def test_not_having_had_time_is_why_not_what() -> None:
    drafted = summarise_offline(
        parse_meeting(
            "Boma: Do we approve this one?\n"
            "Chase: I don't know, I need to test it. I… I haven't had time. I'll do it… I'll do it probably today. I'll look at it.\n"
        ),
        WEDNESDAY,
    )
    assert all("had time" not in i.task and "have time" not in i.task for i in drafted.action_items)
    assert ("Chase", "look at it") in [(i.owner, i.task) for i in drafted.action_items]


def test_a_turns_fact_leaves_out_the_words_that_run_the_call_and_moving_work_is_a_decision() -> None:
    """Tried on a pasted Teams export: the highlight began "OK let's start.", and "let's move
    it to Q1" was no decision."""
    text = (
        "Priya Nair: OK let's start. Billing migration is at 40%, we're behind because the ledger API keeps changing.\n"
        "Tomás Ruiz: I'll get the schema frozen by Wednesday.\n"
        "Dana Kim: Great. And the reporting piece, let's move it to Q1. I'll tell product.\n"
    )
    summary = summarise_offline(parse_meeting(text), WEDNESDAY)
    assert summary.highlights == [
        "Priya Nair: Billing migration is at 40%, we're behind because the ledger API keeps changing."
    ]
    assert summary.decisions == ["Dana Kim: The reporting piece, let's move it to Q1."]  # no "And"
    assert not summarise_offline(parse_meeting("Sam: OK, let's move on to the next item now.\n"), WEDNESDAY).decisions


@pytest.mark.parametrize(
    "answer",
    [
        "I can take a look at it tomorrow.",
        "I'll definitely look at it tomorrow.",
        "Sure, I'll have a quick look at it tomorrow.",
    ],
)
def test_an_answer_that_takes_on_a_request_in_its_own_words_is_one_item(answer: str) -> None:
    """ "Who can look at the flaky test?" / "I can take a look at it tomorrow." were two items,
    and "definitely" stayed in the task ("definitely review it")."""
    text = f"Ana: Who can look at the flaky test?\nBen: {answer}\n"
    assert items(text) == {("Ben", "look at the flaky test")}


@pytest.mark.parametrize(
    ("turn", "task"),
    [
        (
            "Great. And the reporting piece, let's move it to Q1. I'll tell product.",
            "tell product about the reporting piece",
        ),
        (
            "The launch date moved to March. I'll let the sales team know.",
            "let the sales team know about the launch date",
        ),
        ("I'll tell Priya.", "tell Priya"),
    ],
)
def test_telling_someone_says_what_about_from_the_turn(turn: str, task: str) -> None:
    """Tried on a pasted Teams export: "Dana Kim: tell product" said nothing of what."""
    assert items(f"Dana: {turn}\n") == {("Dana", task)}


def test_a_request_ending_on_the_name_of_whom_it_asks_and_a_turn_opening_on_ok_so() -> None:
    """Tried on a Zoom export: "send Dana Kim the cutover plan, Priya" and "OK so billing
    migration is at 40 percent." as a highlight."""
    text = (
        "Priya Nair: OK so billing migration is at 40 percent.\n"
        "Dana Kim: Can you send me the cutover plan, Priya?\n"
        "Priya Nair: Yes, by Monday.\n"
    )
    summary = summarise_offline(parse_meeting(text), WEDNESDAY)
    assert [(i.owner, i.task) for i in summary.action_items] == [("Priya Nair", "send Dana Kim the cutover plan")]
    assert summary.highlights == ["Priya Nair: Billing migration is at 40 percent."]


def test_sending_you_something_in_a_room_is_sending_everyone() -> None:
    text = "Ann: Thanks all.\nBob: Bye.\nCy: Bye.\nAnn: I'll send you the minutes after the meeting.\n"
    assert items(text) == {("Ann", "send everyone the minutes after the meeting")}
    two = "Ann: Thanks.\nBob: Could you send me the minutes?\nAnn: Sure, I'll send you the minutes tonight.\n"
    assert {owner for owner, _ in items(two)} == {"Ann"} and "everyone" not in str(items(two))


def test_running_a_talk_and_hedged_needs_are_not_tasks() -> None:
    """Found on the first run of four new recorded calls (stop 33): a presenter's remarks,
    an assumption ("I'll take it that…"), a link sent there and then, a need, a promise that
    depends on something or is taken back with "probably"."""
    text = (
        "Ravi: I'll kick it off, and then Mei will present.\n"
        "Mei: I'll just keep the doc open as well, in case anyone wants to see it. I'll stop presenting.\n"
        "Tom: Which I'll get into in a second. I'll just power through the overview. I'll stop talking now.\n"
        "Ravi: I'll take it that not everybody has read the doc. I'll take it, like, somebody has.\n"
        "Mei: I'll drop it now in a bit. I'll just send it now.\n"
        "Tom: That is also something I will be needing help with.\n"
        "Mei: The tests also depend on how fast I can get the reviews from the other team.\n"
        "Ravi: Is there a page for, like, who can run the nodes for a week?\n"
        "Tom: Oh, yeah, I see. I need to talk to the ops team about that, probably.\n"
        "Ravi: Plan to cover that for this call.\n"
        "Mei: Thanks.\n"
    )
    assert items(text) == set()


def test_a_plan_said_on_and_a_time_said_after_the_promise() -> None:
    text = (
        "Lin: I'm working on the edge case tests. And, planning to open a PR soon.\n"
        "Kai: The nightly tests are not on the dashboard.\n"
        "Lin: Yeah, I can also check this. Tomorrow, and then get back to you.\n"
        "Kai: I'll be further refining the test vectors.\n"
        "Lin: Thanks.\n"
    )
    assert items(text) == {
        ("Lin", "open a PR soon"),
        ("Lin", "check this, and then get back to Kai"),
        ("Kai", "refine the test vectors"),
    }


def test_a_promise_for_when_there_is_time_or_in_someone_elses_mouth_is_no_item() -> None:
    """Found on the first run of the second four new recorded calls (stop 33)."""
    text = (
        "Tom: I have started on the aggregate code, so I will work on this when I have time.\n"
        "Ravi: Users pay a fee. Where they say, alright, I'm gonna be sending a transaction.\n"
        "Mei: I posted the PR again. Yeah, if you could, guys, could take a look and comment, it would be great. "
        "Ravi, do you want to add anything?\n"
        "Ravi: Yes, the regular gas should be spent first.\n"
    )
    summary = summarise_offline(parse_meeting(text), WEDNESDAY)
    assert summary.action_items == []
    assert any("when I have time" in f for f in summary.follow_ups)


def test_an_offer_of_work_that_takes_up_a_need_and_a_plan_stated_firmly() -> None:
    text = (
        "Ravi: We need to clarify the EIP so the state gas is spent last.\n"
        "Mei: That makes sense. I can open a PR for the EIP to update it.\n"
        "Tom: I do plan to create another release this month.\n"
        "Ravi: Let me link the PR. I can give you a few thoughts on it.\n"
    )
    assert items(text) == {
        ("Mei", "open a PR for the EIP to update it"),
        ("Tom", "create another release this month"),
    }


def test_an_update_given_there_and_then_and_what_happens_to_others_are_no_items() -> None:
    """Found on the first run of three earlier Arborist calls (stop 33)."""
    text = (
        "Pili: Anything else, or shall we move on? Crosslink, who wants to give the update?\n"
        "Nate: Yes, I can give our update. Our plan is to finish a prototype by the first quarter of next year. "
        "Neither of them is on the call today, but you'll definitely see them around.\n"
        "Daira: That's a bug in the spec I'll hopefully be able to fix right now.\n"
        "Pili: Now let me get back to the slides.\n"
        "Alfredo: Some things could be split out. I'll send comments.\n"
    )
    assert items(text) == {("Alfredo", "send comments")}


def test_a_demo_a_question_taking_comments_and_thinking_are_no_items() -> None:
    """Found on the first run of three more Arborist calls (stop 33)."""
    text = (
        "Andrew: I am going to quit and run a regtest version, just to demonstrate a couple things.\n"
        "Alfredo: I was wondering if you need some review help there, or you think you will handle them all.\n"
        "Str4d: I mean, I will happily take review comments on the PRs that are up.\n"
        "Hazel: So I might have follow up questions, but I will need to chew on that one for a bit first.\n"
        "Alfredo: Some things could be split out. I'll send comments.\n"
        "Pili: Thanks.\n"
    )
    assert items(text) == {("Alfredo", "send comments")}


def test_a_presenter_moving_around_a_hedged_look_a_refusal_and_a_plan_on_a_condition_are_no_items() -> None:
    """Found on the first run of two more RPC standards calls (stop 33)."""
    text = (
        "Mercy: In our agenda, let me share the agenda for today.\n"
        "Zane: I'll just go all the way in. Why not? I'll spare you the details. I'll go back to this.\n"
        "Kim: I'm gonna make sure that we get to the rest of the agenda, too.\n"
        "Tullio: Yeah, I need to take a deeper look, but generally I'm in favour.\n"
        "Felix: I'm not saying this can't be done, but definitely, not something that I… I can just commit to.\n"
        "Chase: If Erigon gives a thumbs up, and then I can talk to the Geth team.\n"
        "Felix: Sure.\n"
    )
    assert items(text) == set()


def test_reviewing_it_and_then_the_issue_close_together_is_one_item() -> None:
    text = (
        "Chase: Someone asked for this for wallets. You could review that.\n"
        "Felix: Sorry, not right now, but definitely, I will review it later.\n"
        "Jvn: It is for wallets that lose the hash.\n"
        "Felix: Anyway, I will also review the issue. Thanks.\n"
    )
    assert items(text) == {("Felix", "review the issue")}


def test_a_filler_between_commas_and_the_call_s_logistics_are_left_out() -> None:
    """Seen reading a real breakout call's summary (stop 33): "push the code, like, in the
    next hour" and "I would wait for… maybe 3 to 4 minutes, and then start" as a highlight."""
    text = (
        "Mikhail: So I would wait for… Maybe 3 to 4 minutes, and then start. The PR got merged and released, which is great.\n"
        "Mercy: Okay, I… I will push the code, like, in the next hour or so.\n"
        "Mikhail: Thanks.\n"
    )
    summary = summarise_offline(parse_meeting(text), WEDNESDAY)
    assert [(i.owner, i.task) for i in summary.action_items] == [("Mercy", "push the code in the next hour")]
    assert summary.highlights and not any("minutes" in h for h in summary.highlights)


def test_a_monthly_update_keeps_its_promises_but_not_a_maybe_a_quick_walk_or_others_work() -> None:
    """Found on the first run of a zkEVM call of monthly updates (stop 33)."""
    text = (
        "Francesco: We want to upstream this, so maybe that's going to be an effort that I'll push a bit harder over the coming weeks.\n"
        "Ignacio: On the project number 6, which is benchmark and metrics, I will go through this very quickly.\n"
        "Cody: They found cases the suite misses. I'll let them, finish patching those and write their disclosures.\n"
        "Kev: It might make sense to also just reuse a WASM library.\n"
        "Han: Yeah, I will be looking into that soon, but my concern is the… Versioning might be a bit annoying to coordinate.\n"
        "Kev: Right.\n"
    )
    assert items(text) == {("Han", "look into that soon")}


def test_a_call_s_highlights_leave_out_apologies_links_announced_and_sentence_ends() -> None:
    """Seen reading a real breakout call's summary (stop 33)."""
    text = (
        "Mikhail: He is waiting for the review. To get it merged and released, which is great.\n"
        "Sam: I've got two links to share. It's been pretty stable, around 97% immediately confirming.\n"
        "Ana: Sorry, sorry to cut you off. Most scrapers have a 15-second interval, so we get 20% noise.\n"
        "Mikhail: Thanks.\n"
    )
    highlights = " ".join(summarise_offline(parse_meeting(text), WEDNESDAY).highlights)
    assert "97%" in highlights and "20% noise" in highlights
    assert not any(words in highlights for words in ("To get it merged", "two links to share", "cut you off"))


ROOM = "Industrial Designer: Okay.\nUser Interface: Mm-hmm.\nMarketing: Okay.\n"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("find out what the problem is", "find out what the problem is"),
        ("check where the files are", "check where the files are"),
        ("run a small survey on the colours people like", "run a small survey on the colours people like"),
        ("look into how big the gap is", "look into how big the gap is"),
    ],
)
def test_a_promise_may_end_on_is_or_like_when_a_clause_ends_there(said: str, expected: str) -> None:
    text = f"Alice: Okay, next.\nBob: I'll {said}.\nAlice: Good.\n"
    assert items(text) == {("Bob", expected)}


def test_speech_that_breaks_off_on_is_is_still_no_task() -> None:
    assert items("Alice: Okay, next.\nBob: I'll check whether the build is.\nAlice: Good.\n") == set()


def test_one_verb_for_three_roles_said_with_gonna_and_a_particle() -> None:
    text = (
        "Project Manager: So the Industrial Designer is gonna look at the working design, "
        "User Interface the technical functions, and Marketing the user requirements.\n" + ROOM
    )
    assert items(text) == {
        ("Industrial Designer", "look at the working design"),
        ("User Interface", "look at the technical functions"),
        ("Marketing", "look at the user requirements"),
    }


@pytest.mark.parametrize(
    "said",
    [
        "For next time the Industrial Designer will work on the case materials, and the User Interface will do the button layout.",
        "Industrial Designer will work on the case materials and User Interface is gonna do the button layout.",
        "Industrial Designer, you'll work on the case materials, and User Interface, you'll do the button layout.",
        "Industrial Designer, you'll work on the case materials and User Interface, you'll do the button layout.",
    ],
)
def test_two_people_given_a_task_each_in_one_sentence(said: str) -> None:
    assert items(f"Project Manager: {said}\n{ROOM}") == {
        ("Industrial Designer", "work on the case materials"),
        ("User Interface", "do the button layout"),
    }


def test_a_list_of_names_before_will_stays_one_list() -> None:
    text = "Alice: Bob, Carol and Dan will tackle the migration.\nBob: Fine.\nCarol: Sure.\nDan: Okay.\n"
    assert items(text) == {
        ("Bob", "tackle the migration"),
        ("Carol", "tackle the migration"),
        ("Dan", "tackle the migration"),
    }


def test_it_is_not_the_thing_the_question_before_named_when_the_task_names_it_too() -> None:
    text = (
        "Grad E: So I ran the new features on the digits and it's about two percent better.\n"
        "PhD A: Is that with the noise or without?\n"
        "Grad E: Without. I'll run it with the noise this week.\n"
    )
    assert items(text) == {("Grad E", "run it with the noise")}


def test_look_at_it_is_what_the_turn_before_asked_for() -> None:
    text = (
        "Professor B: OK. Uh, somebody should also check the microphone on channel two.\n"
        "PhD C: I'll - yeah, I'll take a look at it.\n"
        "Grad E: OK.\n"
    )
    assert items(text) == {("PhD C", "take a look at the microphone on channel two")}


def test_look_at_it_after_a_remark_keeps_its_pronoun() -> None:
    text = "Sam: I have approved it as well, FYI.\nLee: Yeah, I can take a good look at it after this call.\nDana: Thanks.\n"
    assert items(text) == {("Lee", "take a good look at it after this call")}


def test_right_answers_you_are_going_to_and_the_one_who_answers_owns_it() -> None:
    """The vocative ("Dave") is not how the transcript labels him; his "Right" is."""
    text = (
        "Professor B: So, uh, Dave, you're going to redo the, uh, the baseline with the new data, right?\n"
        "Grad F: Right. Yeah.\nPhD A: OK.\nGrad E: Sure.\n"
    )
    assert items(text) == {("Grad F", "redo the baseline with the new data")}


def test_right_but_is_no_yes() -> None:
    text = (
        "Professor B: So you're going to redo the baseline with the new data, right?\n"
        "Grad F: Right, but not this week.\nPhD A: OK.\nGrad E: Sure.\n"
    )
    assert items(text) == set()


def test_the_one_asked_reads_their_task_from_their_own_side() -> None:
    text = "Professor B: Could you also send me the numbers when you have them?\nGrad E: Yeah, sure.\nPhD A: OK.\n"
    assert items(text) == {("Grad E", "send Professor B the numbers when they are ready")}


@pytest.mark.parametrize(
    "said",
    [
        "So I'll just, um, go through the agenda first.",
        "I think I'll go with the, uh, the simple chip.",
        "I will have some drawings that show it.",
    ],
)
def test_running_the_meeting_a_choice_and_what_one_brings_are_no_items(said: str) -> None:
    assert items(f"Project Manager: {said}\n{ROOM}") == set()


def test_having_a_thing_by_a_time_is_having_it_ready() -> None:
    assert items("Ann: Where are we on the budget?\nBob: I'll have the report by Friday.\nAnn: Good.\n") == {
        ("Bob", "have the report ready")
    }
    text = (
        "Ann: Next week I'd like to hear about the recognition results.\n"
        "Bob: OK. I'll have them by then.\nAnn: Good.\nCid: OK.\n"
    )
    assert items(text) == {("Bob", "have the recognition results ready")}


def test_homework_for_next_time_hands_out_work_in_the_present() -> None:
    text = "Project Manager: Right, so, um, homework for next time. You're doing the cost analysis.\nMarketing: Okay.\n"
    assert items(text + ROOM) == {("Marketing", "do the cost analysis")}


def test_you_are_gonna_is_you_are_going_to() -> None:
    assert items("Project Manager: So you're gonna do the cost analysis.\nMarketing: Okay.\n" + ROOM) == {
        ("Marketing", "do the cost analysis")
    }


def test_told_what_they_should_do_the_one_named_says_yes() -> None:
    said = "Project Manager: And the user interface designer should, um, look at the, uh, the remote's functions.\n"
    assert items(f"{said}User Interface: Yep.\nMarketing: Okay.\n") == {
        ("User Interface", "look at the remote's functions")
    }
    assert items(f"{said}Marketing: Yep.\nUser Interface: Hmm.\n") == set()


@pytest.mark.parametrize(
    "said",
    [
        "I'll pass it around.",
        "So I'll start the digits.",
        "I'll read mine. Transcript L dash two two one. Five six seven.",
    ],
)
def test_what_is_done_in_the_room_there_and_then_is_no_item(said: str) -> None:
    assert items(f"Professor B: OK.\nGrad E: {said}\nPhD A: OK.\n") == set()


def test_one_named_is_told_they_have_to() -> None:
    said = "Project Manager: So, um, Industrial Designer, you have to, uh, work on the components concept.\n"
    assert items(said + ROOM) == {("Industrial Designer", "work on the components concept")}
    assert items("Project Manager: So, um, you have to, uh, be careful with the budget.\n" + ROOM) == set()


def test_them_asked_is_the_group_named_in_the_turn_never_a_thing() -> None:
    text = (
        "Industrial Designer: Oh, and the, uh, the speech recognition thing, is that still on?\n"
        "Project Manager: Um, we're waiting on management for that. I'll ask them.\n"
        "Marketing: Okay.\n"
    )
    assert items(text) == {("Project Manager", "ask management about the speech recognition thing")}
    text = "Industrial Designer: Is the speech recognition thing still on?\nProject Manager: I'll ask them.\nMarketing: Ok.\n"
    assert items(text) == {("Project Manager", "ask them")}


def test_that_is_decided_records_what_was_proposed() -> None:
    text = (
        "Project Manager: Okay. So we go for fewer buttons then. Everyone agree?\n"
        "Marketing: Yes.\nIndustrial Designer: Yeah.\n"
        "Project Manager: Good. Then that's decided.\n"
    )
    decided = summarise_offline(parse_meeting(text), WEDNESDAY).decisions
    assert decided == ["Project Manager: We go for fewer buttons then (agreed)"]


def test_the_verb_handed_out_goes_on_to_the_next_people_named() -> None:
    text = (
        "Project Manager: Okay . Um for the next meeting , um the Industrial Designer is going to work on the working design .\n"
        "Industrial Designer: Mm-hmm .\n"
        "Project Manager: And the User Interface Designer , the technical functions design .\n"
        "User Interface: Okay .\n"
        "Project Manager: And Marketing , the user requirements specification .\n"
        "Marketing: Yep .\n"
        "Project Manager: Marketing , the budget is tight .\n"
    )
    assert items(text) == {
        ("Industrial Designer", "work on the working design"),
        ("User Interface", "work on the technical functions design"),
        ("Marketing", "work on the user requirements specification"),
    }


def test_checking_ones_own_part_and_hearing_yes_makes_it_said() -> None:
    said = "Industrial Designer: Okay . Um so I I should look at the the components and what they cost , right ?\n"
    assert items(f"{said}Project Manager: Yeah , exactly .\nMarketing: Okay .\n") == {
        ("Industrial Designer", "look at the components and what they cost")
    }
    assert items(f"{said}Project Manager: Hmm , not sure .\nMarketing: Okay .\n") == set()


def test_we_stick_with_is_a_decision_in_a_call() -> None:
    text = "Mario Vega: Any thoughts on 300 million?\nStefan Starflinger: Yeah, let's do it.\nMario Vega: Seems like it's a go. We stick with 300 million.\n"
    assert summarise_offline(parse_meeting(text), WEDNESDAY).decisions == [
        "Mario Vega: Seems like it's a go. We stick with 300 million."
    ]


def test_a_filler_between_two_clauses_leaves_their_comma() -> None:
    text = (
        "Project Manager: Okay .\n"
        "Marketing: And uh I'll I'll have a look at what the market wants , um , what people are looking for in a remote .\n"
        "Industrial Designer: Okay .\n"
    )
    assert items(text) == {
        ("Marketing", "have a look at what the market wants, what people are looking for in a remote")
    }


def test_digits_read_out_for_the_recording_are_no_highlight() -> None:
    text = (
        "Professor B: OK, I'll read mine.\n"
        "PhD A: Transcript L dash two one nine. Three four five six. Eight nine zero one.\n"
        "Grad E: Transcript L dash two two zero. One two three four.\n"
        "Professor B: We cut the error rate by twelve percent with the new features.\n"
    )
    highlights = summarise_offline(parse_meeting(text), WEDNESDAY).highlights
    assert highlights == ["Professor B: We cut the error rate by twelve percent with the new features."]


def test_two_roles_named_together_are_gonna_each_have_it() -> None:
    text = (
        "Project Manager: Okay , so um for the next meeting , uh , the Industrial Designer and User Interface "
        "are gonna work together on the prototype .\n" + ROOM
    )
    assert items(text) == {
        ("Industrial Designer", "work together on the prototype"),
        ("User Interface", "work together on the prototype"),
    }
    invited = (
        "Alice: I would like to invite our guest speakers Bob and Carol to take the floor.\nBob: Thanks.\nCarol: Hi.\n"
    )
    assert items(invited) == set()


def test_an_offer_asked_or_made_if_wanted_and_taken_up_is_an_item() -> None:
    asked = "Project Manager: Okay .\nMarketing: Shall I send you the trend report ?\n"
    assert items(f"{asked}Project Manager: Yes please .\nIndustrial Designer: Okay .\n") == {
        ("Marketing", "send Project Manager the trend report")
    }
    assert items(f"{asked}Project Manager: No , I have it .\nIndustrial Designer: Okay .\n") == set()
    offered = "Project Manager: Okay .\nMarketing: Um I can prepare some criteria for the evaluation if you want .\n"
    assert items(f"{offered}Project Manager: Yeah , that'd be great .\nIndustrial Designer: Okay .\n") == {
        ("Marketing", "prepare some criteria for the evaluation")
    }


def test_checking_ones_own_part_and_hearing_no_takes_it_back() -> None:
    said = "Industrial Designer: So I'll look at the components, right?\n"
    assert items(f"{said}Project Manager: No, Marketing does that.\nMarketing: Okay.\n") == set()
    assert items(f"{said}Project Manager: Yes.\nMarketing: Okay.\n") == {
        ("Industrial Designer", "look at the components")
    }


def test_an_offer_taken_up_in_so_many_words_two_people_to_contact_and_a_quoted_thought() -> None:
    text = (
        "Ben Adams: I just think it needs a little bit more clarity on the legacy case. "
        "I can… I can make a PR for that, if you want, or… It's up to.\n"
        "Greg Colvin: Let me see. Yeah, a small Pr. Would help. It might already be implied.\n"
        "Ben Adams: I think 90% of contracts are duplicates. How that happens is, I go, oh, the clients go, oh, "
        "this code's already deployed, I'll just do this code hash.\n"
        "Greg Colvin: Okay, so I'll contact them and see if they're able to help. And I'll contact Kev directly.\n"
        "Ben Adams: Okay, bye.\n"
    )
    assert items(text) == {
        ("Ben Adams", "make a PR for that"),
        ("Greg Colvin", "contact them and see if they're able to help"),
        ("Greg Colvin", "contact Kev directly"),
    }


def test_a_breakout_calls_asks_answers_reasons_and_running_of_the_call() -> None:
    text = (
        "Maria Silva: That's a good point. Do you think you could add a PR to include them, or, Sure.\n"
        "Ben Adams: I can… I can… I can follow up with.\n"
        "Maria Silva: Sounds good. I'll urge everyone to review and see if you find any issues there.\n"
        "Butta: Maybe, afterwards you can connect with those, and I can force them to fill out our survey.\n"
        "Toni Wahrstätter: Yeah, happy to do so. We are already talking to them, but I'm happy to forward them the survey.\n"
        "Butta: Great. I'll take over then. I will also try to get in touch with Aave, because I think if they "
        "are fine, it's also gonna be fine for other DeFi projects.\n"
        "Maria Silva: If not, I can… I will also share this, async, so we can start the discussion.\n"
        "Ignacio: I will go a bit fast, because we don't have much time.\n"
        "Maria Silva: Thanks all.\n"
    )
    assert items(text) == {
        ("Ben Adams", "add a PR to include them"),
        ("Toni Wahrstätter", "forward them the survey"),
        ("Butta", "try to get in touch with Aave"),
        ("Maria Silva", "share this, async"),
    }
