"""A period named with its closing day: "the second quarter that ended on June 30".

News copy names a quarter (or a month, a year) and then its last day in a relative clause
("Through the second quarter that ended on June 30, Hut 8 mined about 399 Bitcoins", "in the
fourth quarter, which ended December 31, 2024"). The day is no period of its own: it restates
the end of the one just named, so a flow of the sentence is the quarter's, not the day's month.
A day that is not that period's last day ("the second quarter ended December 31": an issuer's
fiscal quarter, its year unknown) is left alone.
"""

from __future__ import annotations

import re

from .periods import Mention, Period

# ", which ended on", "that ended", "ending" between the period and the day (no other words)
_ENDED_CLAUSE = re.compile(r",?\s*(?:(?:that|which)\s+)?end(?:ed|s|ing)\s+(?:on\s+)?", re.I)
_GAP_CHARS = 24  # the longest join: ", which ended on "


def closing_day_of(text: str, first: Mention, second: Mention) -> Mention | None:
    """`first` (a month, quarter, half or year) as one phrase with `second` when `second` is
    its closing day told in an "ended on" clause; its year is the day's when `first` named
    none ("the second quarter" read as the latest one)."""
    named, day = first.period, second.period
    if named is None or day is None or named.is_date or not day.is_date:
        return None
    if second.start - first.end > _GAP_CHARS or "end" not in text[first.end : second.start]:
        return None  # cheap gate
    if _ENDED_CLAUSE.fullmatch(text, first.end, second.start) is None:
        return None
    closing = day.last_day()
    period = _in_year(named, closing.year)
    if period is None or period.last_day() != closing:
        return None
    return Mention(first.start, second.end, period)


def _in_year(period: Period, year: int) -> Period | None:
    """`period` moved to `year` (the year its closing day names)."""
    if period.quarter is not None:
        return Period.of_quarter(year, period.quarter)
    if period.half is not None:
        return Period.of_half(year, period.half)
    if period.month is not None:
        return Period.of_month(year, period.month)
    return Period.of_year(year) if period.granularity == "year" else None
