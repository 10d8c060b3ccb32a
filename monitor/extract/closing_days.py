"""A quarter named with its closing day: "the second quarter that ended on June 30".

News copy and releases name a quarter and then its last day, in a relative clause or an
apposition ("Through the second quarter that ended on June 30, Hut 8 mined about 399
Bitcoins", "in the fourth quarter, which ended December 31, 2024", "its fiscal third quarter,
the three months ended December 31, 2024"). The day is no period of its own: it closes the
quarter just named, so a flow of the sentence is that quarter's, not the day's month.

The ordinal is the issuer's own (README "Periods": a fiscal quarter as the issuer names it).
A day that closes the calendar quarter of that number makes it the calendar quarter; another
month-end makes it the issuer's fiscal quarter, whose fiscal year is named by the calendar year
it ends in ("the second quarter that ended on December 31, 2024" of a June year-end: Q2 FY25).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .periods import Mention, Period

# ", which ended on", "that ended", "ending" between the quarter and its day (no other words)
_ENDED_CLAUSE = re.compile(r",?\s*(?:(?:that|which)\s+)?end(?:ed|s|ing)\s+(?:on\s+)?", re.I)
# "fiscal third quarter, the three months ended …", "Q2 (the quarter ended …)": the second
# phrase restates the first with its own "ended"
_APPOSED = re.compile(r"\s*[,(]\s*(?:i\.e\.,?\s*|namely\s+)?(?:the\s+)?", re.I)
_ENDED_WORD = re.compile(r"\bend(?:ed|ing)\b", re.I)
_YEAR_IN = re.compile(r"(?:19|20)\d\d|['’]\d\d|FY\s?\d\d", re.I)
_GAP_CHARS = 24  # the longest join: ", which ended on "
_QUARTERS = 4


def closing_day_of(text: str, first: Mention, second: Mention) -> Mention | None:
    """`first` (a quarter) as one phrase with `second`, its closing day told in an "ended"
    clause or apposition: the calendar quarter when the day closes it, else the issuer's
    fiscal quarter that ends on that day."""
    named, closing = first.period, second.period
    if named is None or closing is None or named.quarter is None or named.is_date:
        return None
    gap = second.start - first.end
    if gap < 0 or gap > _GAP_CHARS:
        return None
    if not _joined(text, first, second):
        return None
    end = closing.last_day()
    if end.day != calendar.monthrange(end.year, end.month)[1]:
        return None  # a day within a month closes no quarter
    quarter = _quarter_ending(named.quarter, end)
    if quarter != named and _YEAR_IN.search(text, first.start, first.end):
        return None  # "Q3 2025 (three months ended December 31, 2024)": `resolver._restates`
    return Mention(first.start, second.end, quarter)


def _joined(text: str, first: Mention, second: Mention) -> bool:
    """Is `second` the first's closing day, told in an "ended" clause ("that ended on June
    30") or an apposition that says "ended" itself ("…, the three months ended …")?"""
    dated = second.period is not None and second.period.is_date
    if dated and _ENDED_CLAUSE.fullmatch(text, first.end, second.start) is not None:
        return True
    if _APPOSED.fullmatch(text, first.end, second.start) is None:
        return False
    return _ENDED_WORD.search(text, second.start, second.end) is not None


def _quarter_ending(number: int, end: dt.date) -> Period:
    """The issuer's quarter `number` that ends on `end`: the calendar quarter when `end`
    closes it, else the fiscal quarter of the year that ends `3 * (4 - number)` months later
    (named by the calendar year it ends in)."""
    if end.month == 3 * number:
        return Period.of_quarter(end.year, number)
    months_left = 3 * (_QUARTERS - number)
    return Period.of_quarter(end.year + (1 if end.month + months_left > 12 else 0), number)
