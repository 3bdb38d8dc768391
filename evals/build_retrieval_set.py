"""Writes evals/cases/retrieval.yaml: a synthetic team's notes over two quarters.

The 30 anchor notes and their queries are written by hand for the project (each query
asks for the note in other words); 120 routine notes, made from templates with a fixed
seed, share the team's vocabulary and act as distractors. Run it again after editing."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import yaml

PEOPLE = [("Sam", "report"), ("Ana", "report"), ("Priya", "report"), ("Marco", "report"), ("Elena", "report")]

# (key, person, date, kind, text, query, filter-by-person?)
ANCHORS = [
    ("sam-pipeline", "Sam", "2026-07-14", "note", "Sam said the nightly data pipeline keeps failing and blocks his churn dashboard; he needs help from the platform team.", "what is stopping Sam's churn work", True),
    ("sam-sql", "Sam", "2026-08-04", "note", "Sam asked for a SQL course so he can query the warehouse without waiting on analysts.", "training Sam requested", True),
    ("sam-defensive", "Sam", "2026-09-08", "note", "When I mentioned the slipped deadline Sam got defensive and blamed the unclear spec.", "how did Sam react to feedback about being late", False),
    ("sam-lead", "Sam", "2026-10-06", "reflection", "Sam would like to lead the 2027 platform rewrite and asked what he needs to show first.", "Sam's ambition for next year", True),
    ("sam-churn-kr", "Sam", "2026-11-03", "summary", "Churn key result at 6.2% against a 5% target; Sam owns the cancellation survey by December 1.", "status of the churn target in November", False),
    ("sam-oncall", "Sam", "2026-12-01", "note", "Sam finds the on-call rotation exhausting because of night pages from the billing service.", "Sam complaining about night pages", False),
    ("ana-burnout", "Ana", "2026-07-21", "note", "Ana looked exhausted after the launch and admitted she worked every weekend in June.", "signs of burnout in Ana", True),
    ("ana-pm", "Ana", "2026-08-18", "reflection", "Ana is curious about moving into product management and wants to shadow a PM for a month.", "Ana wants to change career track", False),
    ("ana-vacation", "Ana", "2026-09-15", "note", "Ana asked for two weeks off in late December to visit family in Lisbon.", "holiday request from Ana", True),
    ("ana-mentor", "Ana", "2026-10-13", "note", "Ana has been mentoring the two new support engineers and they ramp up faster because of her.", "who helps onboard the new support hires", False),
    ("ana-feedback", "Ana", "2026-11-10", "note", "Ana told me my last-minute changes to the roadmap make her planning pointless.", "upward feedback about my roadmap changes", False),
    ("ana-okr", "Ana", "2026-12-08", "summary", "Ana's self-serve signup key result reached 480 of 500 per week; she proposes a stretch target for Q1.", "how close is Ana to the signup goal", True),
    ("priya-conference", "Priya", "2026-07-07", "note", "Priya wants budget to speak at the Berlin observability conference in October.", "Priya asking for money to present at an event", False),
    ("priya-promo", "Priya", "2026-08-11", "reflection", "Priya asked what evidence the promotion committee needs for senior engineer.", "Priya and the promotion case", True),
    ("priya-delegation", "Priya", "2026-09-22", "note", "Priya still does every code review herself instead of letting the team review each other.", "Priya not delegating reviews", False),
    ("priya-design", "Priya", "2026-10-27", "note", "Priya's design doc for the event bus was praised by three other teams.", "recognition Priya got from other teams", True),
    ("priya-incident", "Priya", "2026-11-17", "summary", "Priya led the postmortem of the November outage; the action items are due before the holiday freeze.", "who ran the outage review", False),
    ("priya-remote", "Priya", "2026-12-15", "note", "Priya would like to work from home on Fridays to focus on deep work.", "Priya wants a remote day", True),
    ("marco-escalation", "Marco", "2026-07-28", "note", "Marco handled the angry escalation from the Acme account and calmed their CTO down.", "customer complaint Marco dealt with", False),
    ("marco-blame", "Marco", "2026-08-25", "note", "Marco blames the infrastructure team for the delayed migration and refuses to own the timeline.", "Marco pointing fingers at another team", True),
    ("marco-okr-doubt", "Marco", "2026-09-29", "note", "Marco thinks OKRs are paperwork and would rather just fix tickets.", "Marco's opinion of goal setting", False),
    ("marco-certification", "Marco", "2026-10-20", "reflection", "Marco passed the Kubernetes certification and wants to run the cluster upgrade.", "Marco's new qualification", True),
    ("marco-late", "Marco", "2026-11-24", "note", "Marco missed three stand-ups in a row because of his new commute.", "Marco absent from daily meetings", False),
    ("marco-kr", "Marco", "2026-12-09", "summary", "Marco's migration key result is at 70%; he agreed to publish a weekly status with dates.", "progress of the migration goal", True),
    ("elena-unclear", "Elena", "2026-07-09", "note", "Elena said she does not know what good looks like in her first ninety days.", "new hire unsure about expectations", False),
    ("elena-buddy", "Elena", "2026-08-06", "note", "Elena's onboarding buddy left the company, so she has nobody to ask small questions.", "Elena lost her onboarding partner", True),
    ("elena-first-okr", "Elena", "2026-09-02", "summary", "Elena drafted her first OKR: cut the docs search bounce rate from 60% to 40%.", "Elena's first objective", False),
    ("elena-quiet", "Elena", "2026-10-14", "note", "Elena rarely speaks in design reviews even when she has found real problems.", "Elena stays silent in meetings", True),
    ("elena-praise", "Elena", "2026-11-11", "note", "A customer thanked Elena by name for rewriting the API quickstart guide.", "customer appreciation for Elena's docs work", False),
    ("elena-growth", "Elena", "2026-12-16", "reflection", "Elena wants to grow into developer advocacy and asked for a writing mentor.", "Elena's longer-term direction", True),
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


def build() -> dict:
    rng = random.Random(2026)
    notes = [{"key": k, "person": p, "date": d, "kind": kind, "text": t} for k, p, d, kind, t, _, _ in ANCHORS]
    start = date(2026, 7, 1)
    for index in range(120):
        person = PEOPLE[index % len(PEOPLE)][0]
        day = start + timedelta(days=rng.randrange(0, 183))
        text = rng.choice(FILLER).format(p=person)
        notes.append({"key": f"routine-{index:03d}", "person": person, "date": day.isoformat(), "kind": "note", "text": text})
    notes.sort(key=lambda n: (n["date"], n["key"]))
    cases = [
        {"id": f"q{n:02d}", "query": query, "expect": [key], **({"person": person} if by_person else {})}
        for n, (key, person, _, _, _, query, by_person) in enumerate(ANCHORS, start=1)
    ]
    return {"suite": "retrieval", "people": [{"name": n, "role": r} for n, r in PEOPLE], "notes": notes, "cases": cases}


if __name__ == "__main__":
    target = Path(__file__).resolve().parent / "cases" / "retrieval.yaml"
    header = "# Generated by evals/build_retrieval_set.py (anchors and queries written by hand; routine notes from templates).\n"
    target.write_text(header + yaml.safe_dump(build(), sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")
    print(f"wrote {target}")
