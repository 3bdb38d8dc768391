"""Due dates in words ("by Friday", "end of the month", "December 4", "by the first")
resolved against the meeting's date.

Conventions: a weekday alone or "this <weekday>" is the next such day after the meeting
(a week later when it is that day); "next <weekday>" is that day in the following
calendar week; "next week" and "end of the week" mean its Friday; "the first" or "the
15th" is the next such day of a month after the meeting; a month and day without a year is
the next one on or after the meeting, unless it is at most two weeks past."""

from __future__ import annotations

import calendar
import re
from datetime import date as Date
from datetime import timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fifteenth": 15, "last": -1}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY = "|".join(WEEKDAYS) + "|mon|tue|tues|wed|thu|thur|thurs|fri"
_MOVED = r"(?:move|moving|moved|push|pushing|postpone|postponing|delay|delaying|shift|shifting|reschedule|rescheduling|slip|slipping|bump|bumping)"
_LEAD = r"(?:\b(?:by|on|before|until|till|due|for|no later than)\s+)?"

PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    ("month_day", rf"\b({_MONTH})\.?\s+{_DAY}\b(?:,?\s+(\d{{4}}))?"),
    ("day_month", rf"\b{_DAY}\s+(?:of\s+)?({_MONTH})\b(?:,?\s+(\d{{4}}))?"),
    ("day_after_tomorrow", r"\bthe day after tomorrow\b"),
    ("tomorrow", r"\b(?:today\s+or\s+)?tomorrow\b"),  # "today or tomorrow": the later of the two
    ("today", rf"\b(?:today|tonight|(?:end of (?:the )?day|eod|cob)(?!\s+(?:on\s+)?(?:{_WEEKDAY})\b))\b"),
    ("end_of_next_week", r"\bend of next week\b"),
    ("end_of_week", r"\b(?:end of (?:the |this )?week|eow|this week)\b"),
    ("before_next_week", r"\bbefore next week\b"),
    ("next_week", r"\bnext week\b"),
    ("end_of_next_month", r"\bend of next month\b"),
    ("end_of_month", r"\b(?:end of (?:the |this )?month|eom|month[- ]end)\b"),
    ("end_of_quarter", r"\bend of (?:the |this )?(?:quarter|q([1-4]))\b"),
    ("end_of_year", r"\bend of (?:the |this )?year\b"),
    ("next_weekday", rf"\bnext ({_WEEKDAY})\b"),
    ("weekday", rf"\b(?:(?:end of (?:the )?day|eod|cob)\s+(?:on\s+)?)?(?:this )?({_WEEKDAY})\b"),  # "by EOD Tuesday"
    ("in_days", r"\bin (\d+|a|an|one|two|three|four|five|six|ten) (day|days|week|weeks)\b"),
    ("ordinal_day", r"\b(?:by|before|on|until) the (first|second|third|fifteenth|last|\d{1,2}(?:st|nd|rd|th))\b"),
]
COMPILED = [(name, re.compile(_LEAD + pattern, re.IGNORECASE)) for name, pattern in PATTERNS]


def weekday_index(word: str) -> int:
    word = word.lower()
    return next(i for i, name in enumerate(WEEKDAYS) if name.startswith(word[:3]))


def end_of_month(year: int, month: int) -> Date:
    return Date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: Date, months: int) -> tuple[int, int]:
    total = day.year * 12 + day.month - 1 + months
    return total // 12, total % 12 + 1


def month_day(meeting: Date, month: int, day: int, year: str | None) -> Date | None:
    try:
        if year:
            return Date(int(year), month, day)
        candidate = Date(meeting.year, month, day)
    except ValueError:
        return None
    if candidate < meeting - timedelta(days=14):
        try:
            return Date(meeting.year + 1, month, day)
        except ValueError:
            return None
    return candidate


def resolve(name: str, groups: tuple[str | None, ...], meeting: Date) -> Date | None:
    if name == "iso":
        try:
            return Date(int(groups[0] or 0), int(groups[1] or 0), int(groups[2] or 0))
        except ValueError:
            return None
    if name == "month_day":
        return month_day(meeting, MONTHS[(groups[0] or "").lower()], int(groups[1] or 0), groups[2])
    if name == "day_month":
        return month_day(meeting, MONTHS[(groups[1] or "").lower()], int(groups[0] or 0), groups[2])
    if name == "day_after_tomorrow":
        return meeting + timedelta(days=2)
    if name == "tomorrow":
        return meeting + timedelta(days=1)
    if name == "today":
        return meeting
    monday = meeting - timedelta(days=meeting.weekday())
    if name == "end_of_week":
        return max(meeting, monday + timedelta(days=4))
    if name == "before_next_week":  # this week's Friday (or the day itself, late in the week)
        return max(meeting, monday + timedelta(days=4))
    if name in ("next_week", "end_of_next_week"):
        return monday + timedelta(days=11)
    if name == "end_of_month":
        return end_of_month(meeting.year, meeting.month)
    if name == "end_of_next_month":
        return end_of_month(*add_months(meeting, 1))
    if name == "end_of_quarter":
        quarter = int(groups[0]) if groups[0] else (meeting.month - 1) // 3 + 1
        year = meeting.year + (1 if quarter * 3 < meeting.month else 0)
        return end_of_month(year, quarter * 3)
    if name == "end_of_year":
        return Date(meeting.year, 12, 31)
    if name == "next_weekday":
        return monday + timedelta(days=7 + weekday_index(groups[0] or ""))
    if name == "weekday":
        ahead = (weekday_index(groups[0] or "") - meeting.weekday()) % 7
        return meeting + timedelta(days=ahead or 7)
    if name == "in_days":
        count = NUMBERS.get((groups[0] or "").lower()) or int(groups[0] or 0)
        return meeting + timedelta(days=count * (7 if (groups[1] or "").startswith("week") else 1))
    if name == "ordinal_day":
        word = (groups[0] or "").lower()
        day = ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
        if day == -1:
            return end_of_month(meeting.year, meeting.month)
        for months_ahead in range(3):
            year, month = add_months(meeting, months_ahead)
            if day <= calendar.monthrange(year, month)[1] and (candidate := Date(year, month, day)) > meeting:
                return candidate
    return None


def find_due(text: str, meeting: Date) -> tuple[Date | None, tuple[int, int] | None]:
    """The first due date named in `text` and where it is (to take it out of the task)."""
    best: tuple[int, int, Date] | None = None
    for name, pattern in COMPILED:
        for match in pattern.finditer(text):
            lead = re.match(r"\s*(?:by|before|until|till|no later than)\b", match.group(0), re.I)
            if text[match.end() : match.end() + 2] in ("'s", "’s") and not lead:
                continue  # "at next week's review": the name of an event ("before Thursday's review" is a deadline)
            if re.search(rf"\b{_MOVED}\b.*\b(?:to|until|till|into)\s+$", text[: match.start()], re.I):
                continue  # "move the milestone to next week": the date is what the task is about
            if name == "weekday" and re.search(r"\b(?:the|a|every|each|last|past)\s+$", text[: match.start()], re.I):
                continue  # "the Monday sync", "every Friday": a name, not a deadline
            day = resolve(name, match.groups(), meeting)
            if day is not None and (best is None or match.start() < best[0]):
                best = (match.start(), match.end(), day)
            break
    if best is None:
        return None, None
    return best[2], (best[0], best[1])


def parse_meeting_date(value: str) -> Date:
    """`--date`: an ISO date, or today/yesterday."""
    from coach.core.errors import UsageError

    text = value.strip().lower()
    if text == "today":
        return Date.today()
    if text == "yesterday":
        return Date.today() - timedelta(days=1)
    try:
        return Date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"date '{value}' is not a date; use YYYY-MM-DD") from None


_HEAD_LINES = 12
_HEAD = re.compile(r"^\s*(?:#|\*\*|date\b|meeting\s+date|when\b|title\b|subject\b)", re.IGNORECASE)
"""A line of the notes' head that may carry the meeting's date: a heading, a date field."""
_WRITTEN: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(r"(?<![\d/.-])(20\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/.-])")),
    ("mdy", re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(20\d\d|\d\d)(?![\d/.-])")),
    ("month_day_year", re.compile(rf"\b({_MONTH})\.?\s+{_DAY}(?:,\s*|\s+)(20\d\d)\b", re.IGNORECASE)),  # "june 26,2025"
    ("day_month_year", re.compile(rf"\b{_DAY}\s+(?:of\s+)?({_MONTH})\.?(?:,\s*|\s+)(20\d\d)\b", re.IGNORECASE)),
]


def _written_on(kind: str, parts: tuple[str, ...]) -> Date | None:
    try:
        if kind == "ymd":
            return Date(int(parts[0]), int(parts[1]), int(parts[2]))
        if kind == "mdy":
            first, second, year = int(parts[0]), int(parts[1]), int(parts[2])
            year += 2000 if year < 100 else 0
            month, day = (second, first) if first > 12 else (first, second)  # 19/02/2026 is written day first
            return Date(year, month, day)
        if kind == "month_day_year":
            return Date(int(parts[2]), MONTHS[parts[0].lower()], int(parts[1]))
        return Date(int(parts[2]), MONTHS[parts[1].lower()], int(parts[0]))
    except (ValueError, KeyError):
        return None  # "2026-02-30": no such day


def date_written(text: str) -> Date | None:
    """The meeting's date as the notes' head gives it: the first line, a heading, a date field
    or front matter ("# (02/19/2026) Meeting Minutes", "date: 2025-08-01", "### Meeting Date/Time:
    Thursday 2022/02/24", "Weekly sync, 13 November 2025"); None when the head names none."""
    head = [line.strip() for line in text.splitlines()[: _HEAD_LINES * 3] if line.strip()][:_HEAD_LINES]
    for index, line in enumerate(head):
        for kind, pattern in _WRITTEN:
            if not (found := pattern.search(line)) or not (day := _written_on(kind, found.groups())):
                continue
            alone = len(found.group(0)) >= len(line.strip(" #*_()[]-–—:")) - 12  # "Nov 3, 2026", "Mon 3/11/2026"
            if (index == 0 or _HEAD.match(line) or alone) and not _DEADLINE.search(line[: found.start()]):
                return day
    return None


_DEADLINE = re.compile(
    r"\b(?:by|due|before|until|till|no\s+later\s+than)\s*$|^(?!\W*(?:date|meeting\s+date|when|time|title|subject)\b)[A-Z][\w.' -]{0,40}:\s",
    re.IGNORECASE,
)
"""A date that is a task's, not the meeting's: "Dana: I will send it by 2026-12-01"."""
