"""Writes the retrieval evals: a synthetic team's notes over two quarters, in two sets.

evals/cases/retrieval.yaml is the development set; evals/cases/retrieval-holdout.yaml, with
other people, notes and queries, was written after knowledge/vocabulary.yaml was frozen
(commit a39d10a) and is never used to tune search, so its figure shows how well the
vocabulary carries over to notes nobody tuned it on.

In each set the 30 anchor notes and their queries are written by hand for the project
(each query asks for the note in other words); 120 routine notes, made from templates with
a fixed seed, share the team's vocabulary and act as distractors. Run it again after editing."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import yaml

PEOPLE = [("Sam", "report"), ("Ana", "report"), ("Priya", "report"), ("Marco", "report"), ("Elena", "report")]

# (key, person, date, kind, text, query, filter-by-person?)
ANCHORS = [
    (
        "sam-pipeline",
        "Sam",
        "2026-07-14",
        "note",
        "Sam said the nightly data pipeline keeps failing and blocks his churn dashboard; he needs help from the platform team.",
        "what is stopping Sam's churn work",
        True,
    ),
    (
        "sam-sql",
        "Sam",
        "2026-08-04",
        "note",
        "Sam asked for a SQL course so he can query the warehouse without waiting on analysts.",
        "training Sam requested",
        True,
    ),
    (
        "sam-defensive",
        "Sam",
        "2026-09-08",
        "note",
        "When I mentioned the slipped deadline Sam got defensive and blamed the unclear spec.",
        "how did Sam react to feedback about being late",
        False,
    ),
    (
        "sam-lead",
        "Sam",
        "2026-10-06",
        "reflection",
        "Sam would like to lead the 2027 platform rewrite and asked what he needs to show first.",
        "Sam's ambition for next year",
        True,
    ),
    (
        "sam-churn-kr",
        "Sam",
        "2026-11-03",
        "summary",
        "Churn key result at 6.2% against a 5% target; Sam owns the cancellation survey by December 1.",
        "status of the churn target in November",
        False,
    ),
    (
        "sam-oncall",
        "Sam",
        "2026-12-01",
        "note",
        "Sam finds the on-call rotation exhausting because of night pages from the billing service.",
        "Sam complaining about night pages",
        False,
    ),
    (
        "ana-burnout",
        "Ana",
        "2026-07-21",
        "note",
        "Ana looked exhausted after the launch and admitted she worked every weekend in June.",
        "signs of burnout in Ana",
        True,
    ),
    (
        "ana-pm",
        "Ana",
        "2026-08-18",
        "reflection",
        "Ana is curious about moving into product management and wants to shadow a PM for a month.",
        "Ana wants to change career track",
        False,
    ),
    (
        "ana-vacation",
        "Ana",
        "2026-09-15",
        "note",
        "Ana asked for two weeks off in late December to visit family in Lisbon.",
        "holiday request from Ana",
        True,
    ),
    (
        "ana-mentor",
        "Ana",
        "2026-10-13",
        "note",
        "Ana has been mentoring the two new support engineers and they ramp up faster because of her.",
        "who helps onboard the new support hires",
        False,
    ),
    (
        "ana-feedback",
        "Ana",
        "2026-11-10",
        "note",
        "Ana told me my last-minute changes to the roadmap make her planning pointless.",
        "upward feedback about my roadmap changes",
        False,
    ),
    (
        "ana-okr",
        "Ana",
        "2026-12-08",
        "summary",
        "Ana's self-serve signup key result reached 480 of 500 per week; she proposes a stretch target for Q1.",
        "how close is Ana to the signup goal",
        True,
    ),
    (
        "priya-conference",
        "Priya",
        "2026-07-07",
        "note",
        "Priya wants budget to speak at the Berlin observability conference in October.",
        "Priya asking for money to present at an event",
        False,
    ),
    (
        "priya-promo",
        "Priya",
        "2026-08-11",
        "reflection",
        "Priya asked what evidence the promotion committee needs for senior engineer.",
        "Priya and the promotion case",
        True,
    ),
    (
        "priya-delegation",
        "Priya",
        "2026-09-22",
        "note",
        "Priya still does every code review herself instead of letting the team review each other.",
        "Priya not delegating reviews",
        False,
    ),
    (
        "priya-design",
        "Priya",
        "2026-10-27",
        "note",
        "Priya's design doc for the event bus was praised by three other teams.",
        "recognition Priya got from other teams",
        True,
    ),
    (
        "priya-incident",
        "Priya",
        "2026-11-17",
        "summary",
        "Priya led the postmortem of the November outage; the action items are due before the holiday freeze.",
        "who ran the outage review",
        False,
    ),
    (
        "priya-remote",
        "Priya",
        "2026-12-15",
        "note",
        "Priya would like to work from home on Fridays to focus on deep work.",
        "Priya wants a remote day",
        True,
    ),
    (
        "marco-escalation",
        "Marco",
        "2026-07-28",
        "note",
        "Marco handled the angry escalation from the Acme account and calmed their CTO down.",
        "customer complaint Marco dealt with",
        False,
    ),
    (
        "marco-blame",
        "Marco",
        "2026-08-25",
        "note",
        "Marco blames the infrastructure team for the delayed migration and refuses to own the timeline.",
        "Marco pointing fingers at another team",
        True,
    ),
    (
        "marco-okr-doubt",
        "Marco",
        "2026-09-29",
        "note",
        "Marco thinks OKRs are paperwork and would rather just fix tickets.",
        "Marco's opinion of goal setting",
        False,
    ),
    (
        "marco-certification",
        "Marco",
        "2026-10-20",
        "reflection",
        "Marco passed the Kubernetes certification and wants to run the cluster upgrade.",
        "Marco's new qualification",
        True,
    ),
    (
        "marco-late",
        "Marco",
        "2026-11-24",
        "note",
        "Marco missed three stand-ups in a row because of his new commute.",
        "Marco absent from daily meetings",
        False,
    ),
    (
        "marco-kr",
        "Marco",
        "2026-12-09",
        "summary",
        "Marco's migration key result is at 70%; he agreed to publish a weekly status with dates.",
        "progress of the migration goal",
        True,
    ),
    (
        "elena-unclear",
        "Elena",
        "2026-07-09",
        "note",
        "Elena said she does not know what good looks like in her first ninety days.",
        "new hire unsure about expectations",
        False,
    ),
    (
        "elena-buddy",
        "Elena",
        "2026-08-06",
        "note",
        "Elena's onboarding buddy left the company, so she has nobody to ask small questions.",
        "Elena lost her onboarding partner",
        True,
    ),
    (
        "elena-first-okr",
        "Elena",
        "2026-09-02",
        "summary",
        "Elena drafted her first OKR: cut the docs search bounce rate from 60% to 40%.",
        "Elena's first objective",
        False,
    ),
    (
        "elena-quiet",
        "Elena",
        "2026-10-14",
        "note",
        "Elena rarely speaks in design reviews even when she has found real problems.",
        "Elena stays silent in meetings",
        True,
    ),
    (
        "elena-praise",
        "Elena",
        "2026-11-11",
        "note",
        "A customer thanked Elena by name for rewriting the API quickstart guide.",
        "customer appreciation for Elena's docs work",
        False,
    ),
    (
        "elena-growth",
        "Elena",
        "2026-12-16",
        "reflection",
        "Elena wants to grow into developer advocacy and asked for a writing mentor.",
        "Elena's longer-term direction",
        True,
    ),
]

FILLER = [
    "Weekly 1:1 with {p}: status is normal, nothing blocking this week.",
    "{p} shared the sprint update; tickets are moving and the board looks healthy.",
    "Quick sync with {p} about the team calendar and who covers the next holiday.",
    "{p} and I reviewed the backlog and reprioritised two small bugs.",
    "{p} mentioned the office move; no concerns about the new desks.",
    "Check-in with {p}: the churn dashboard numbers look stable this week.",
    "{p} joined the planning meeting and agreed with the proposed quarter scope.",
    "{p} paired with a teammate on the release checklist; went smoothly.",
    "{p} summarised the retro: standups are too long, we will time-box them.",
    "Talked with {p} about lunch-and-learn topics for next month.",
    "{p} confirmed the on-call handover notes are up to date.",
    "{p} gave a short demo of the new internal tool at the team meeting.",
]


# The held-out set: written after the vocabulary was frozen; do not tune search on it.
HOLDOUT_PEOPLE = [("Jonas", "report"), ("Mei", "report"), ("Tariq", "report"), ("Lucia", "report"), ("Owen", "manager")]

HOLDOUT_ANCHORS = [
    (
        "jonas-estimates",
        "Jonas",
        "2026-07-08",
        "note",
        "Jonas keeps promising two-day estimates for work that takes two weeks.",
        "Jonas underestimating his tasks",
        True,
    ),
    (
        "jonas-visa",
        "Jonas",
        "2026-08-12",
        "note",
        "Jonas is waiting for his work permit renewal and is anxious about travelling to the offsite.",
        "immigration paperwork worry",
        False,
    ),
    (
        "jonas-pairing",
        "Jonas",
        "2026-09-09",
        "note",
        "Jonas asked to pair with a senior backend engineer twice a week to get better at system design.",
        "Jonas wants to improve his architecture skills",
        True,
    ),
    (
        "jonas-conflict",
        "Jonas",
        "2026-10-07",
        "note",
        "Jonas and the QA lead argued loudly in the release channel about who signs off on hotfixes.",
        "friction between Jonas and testing",
        False,
    ),
    (
        "jonas-kr",
        "Jonas",
        "2026-11-04",
        "summary",
        "Jonas's API latency key result sits at 310 ms against a 250 ms goal; at risk for the quarter.",
        "is the latency target going to be hit",
        False,
    ),
    (
        "jonas-thanks",
        "Jonas",
        "2026-12-02",
        "note",
        "The support team sent Jonas a thank-you for fixing the export bug over the weekend.",
        "Jonas got kudos from support",
        True,
    ),
    (
        "mei-parental",
        "Mei",
        "2026-07-15",
        "note",
        "Mei will start four months of parental leave in February and wants a handover plan.",
        "Mei going on leave after the baby",
        True,
    ),
    (
        "mei-manager",
        "Mei",
        "2026-08-19",
        "reflection",
        "Mei wonders whether to move into people management or stay on the principal engineer path.",
        "Mei deciding between managing and staying technical",
        False,
    ),
    (
        "mei-overload",
        "Mei",
        "2026-09-16",
        "note",
        "Mei is answering pages at 3am and said she cannot keep this pace much longer.",
        "Mei is running on empty",
        True,
    ),
    (
        "mei-talk",
        "Mei",
        "2026-10-14",
        "note",
        "Mei gave a talk at the local Python meetup about our data validation library.",
        "public presentation by Mei",
        False,
    ),
    (
        "mei-hiring",
        "Mei",
        "2026-11-18",
        "note",
        "Mei interviewed six candidates for the data team and recommended two offers.",
        "who helped with recruiting",
        False,
    ),
    (
        "mei-okr",
        "Mei",
        "2026-12-09",
        "summary",
        "Mei's data freshness key result is done: dashboards now refresh within 15 minutes.",
        "Mei finished her objective",
        True,
    ),
    (
        "tariq-quiet",
        "Tariq",
        "2026-07-22",
        "note",
        "Tariq hardly says a word in sprint planning but writes excellent design notes afterwards.",
        "Tariq does not speak up in planning",
        True,
    ),
    (
        "tariq-raise",
        "Tariq",
        "2026-08-26",
        "note",
        "Tariq asked whether his salary will be reviewed now that he leads the payments work.",
        "Tariq wants more pay",
        False,
    ),
    (
        "tariq-micromanage",
        "Tariq",
        "2026-09-23",
        "note",
        "Tariq rewrites his teammates' pull requests instead of giving them comments to fix.",
        "Tariq taking over other people's work",
        True,
    ),
    (
        "tariq-blocked",
        "Tariq",
        "2026-10-28",
        "note",
        "Tariq cannot ship the refund flow until legal approves the new terms.",
        "what is holding up the refund feature",
        False,
    ),
    (
        "tariq-course",
        "Tariq",
        "2026-11-25",
        "reflection",
        "Tariq finished an online class on distributed systems and wants to apply it to the ledger.",
        "training Tariq completed",
        True,
    ),
    (
        "tariq-late",
        "Tariq",
        "2026-12-14",
        "note",
        "Tariq's fraud rules project slipped by three weeks after the vendor delay.",
        "Tariq's project behind schedule",
        False,
    ),
    (
        "lucia-newjoiner",
        "Lucia",
        "2026-07-29",
        "note",
        "Lucia joined in July and still has no access to the production logs she needs.",
        "new starter missing permissions",
        False,
    ),
    (
        "lucia-goal",
        "Lucia",
        "2026-08-31",
        "summary",
        "Lucia set an objective to cut support ticket backlog from 400 to 150 by the end of Q4.",
        "Lucia's goal for the backlog",
        True,
    ),
    (
        "lucia-customer",
        "Lucia",
        "2026-09-30",
        "note",
        "Lucia turned around an unhappy enterprise client who was about to cancel their contract.",
        "Lucia saved an account",
        True,
    ),
    (
        "lucia-bored",
        "Lucia",
        "2026-10-21",
        "note",
        "Lucia says the ticket triage work no longer challenges her and she feels stuck.",
        "Lucia losing motivation",
        False,
    ),
    (
        "lucia-remote",
        "Lucia",
        "2026-11-23",
        "note",
        "Lucia asked to work from Madrid for six weeks over the winter to be near her parents.",
        "working abroad request",
        False,
    ),
    (
        "lucia-promo",
        "Lucia",
        "2026-12-07",
        "reflection",
        "Lucia wants to be considered for team lead at the next calibration round.",
        "Lucia's promotion hopes",
        True,
    ),
    (
        "owen-feedback",
        "Owen",
        "2026-07-16",
        "note",
        "Feedback for Owen: his one-on-ones get cancelled too often and the team feels unheard.",
        "upward feedback on cancelled 1:1s",
        False,
    ),
    (
        "owen-priorities",
        "Owen",
        "2026-08-20",
        "note",
        "Owen changed the team's priorities three times this month without explaining why.",
        "manager keeps switching priorities",
        False,
    ),
    (
        "owen-support",
        "Owen",
        "2026-09-17",
        "note",
        "Owen offered to take the stakeholder meetings off Mei's plate so she can focus.",
        "Owen shielding the team from meetings",
        True,
    ),
    (
        "owen-recognition",
        "Owen",
        "2026-10-22",
        "note",
        "Owen praised the data team in the all-hands for the migration going smoothly.",
        "Owen publicly thanked the team",
        True,
    ),
    (
        "owen-okrs",
        "Owen",
        "2026-11-26",
        "summary",
        "Owen shared next year's company objectives and asked each team to draft two key results.",
        "company goals for next year",
        False,
    ),
    (
        "owen-offsite",
        "Owen",
        "2026-12-10",
        "note",
        "Owen is organising a two-day team offsite in Lisbon for late January.",
        "planning the team trip",
        True,
    ),
]

HOLDOUT_FILLER = [
    "1:1 with {p}: nothing new, work is on track.",
    "{p} walked me through the sprint board; no surprises.",
    "{p} asked about the new expense tool; I pointed to the wiki.",
    "{p} and I went through the team calendar for December.",
    "Short catch-up with {p} about the coffee machine and the kitchen rota.",
    "{p} reported the staging environment is healthy this week.",
    "{p} reviewed the quarterly planning doc and had no comments.",
    "{p} shared a link to an article about code review etiquette.",
    "Check-in with {p}: the monitoring dashboards are green.",
    "{p} mentioned the team lunch went well.",
    "{p} confirmed the runbook is updated for the holidays.",
    "{p} demoed a small script that tidies up old branches.",
]


def build(people: list[tuple[str, str]], anchors: list[tuple], filler: list[str], seed: int) -> dict:
    rng = random.Random(seed)
    notes = [{"key": k, "person": p, "date": d, "kind": kind, "text": t} for k, p, d, kind, t, _, _ in anchors]
    start = date(2026, 7, 1)
    for index in range(120):
        person = people[index % len(people)][0]
        day = start + timedelta(days=rng.randrange(0, 183))
        text = rng.choice(filler).format(p=person)
        notes.append(
            {"key": f"routine-{index:03d}", "person": person, "date": day.isoformat(), "kind": "note", "text": text}
        )
    notes.sort(key=lambda n: (n["date"], n["key"]))
    cases = [
        {"id": f"q{n:02d}", "query": query, "expect": [key], **({"person": person} if by_person else {})}
        for n, (key, person, _, _, _, query, by_person) in enumerate(anchors, start=1)
    ]
    return {"suite": "retrieval", "people": [{"name": n, "role": r} for n, r in people], "notes": notes, "cases": cases}


if __name__ == "__main__":
    cases = Path(__file__).resolve().parent / "cases"
    header = "# Generated by evals/build_retrieval_set.py (anchors and queries written by hand; routine notes from templates).\n"
    for name, suite in (
        ("retrieval.yaml", build(PEOPLE, ANCHORS, FILLER, 2026)),
        ("retrieval-holdout.yaml", build(HOLDOUT_PEOPLE, HOLDOUT_ANCHORS, HOLDOUT_FILLER, 1127)),
    ):
        (cases / name).write_text(
            header + yaml.safe_dump(suite, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8"
        )
        print(f"wrote {cases / name}")
