"""Reporting periods as the metrics carry them: `YYYY-MM`, `YYYY-Qn`, `YYYY`, `YYYY-MM-DD`.

Rules compare a period with the previous one of the same granularity (month over month,
quarter over quarter, year over year); an as-of date counts as its month, quarter or year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from monitor.model import Event

Granularity = Literal["month", "quarter", "year"]

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True, order=True)
class Period:
    """A calendar period: year plus index (month 1–12, quarter 1–4, or 1 for a year)."""

    granularity: Granularity
    year: int
    index: int

    def __str__(self) -> str:
        if self.granularity == "month":
            return f"{self.year}-{self.index:02d}"
        if self.granularity == "quarter":
            return f"{self.year}-Q{self.index}"
        return str(self.year)

    def next(self) -> Period:
        per_year = {"month": 12, "quarter": 4, "year": 1}[self.granularity]
        if self.index < per_year:
            return Period(self.granularity, self.year, self.index + 1)
        return Period(self.granularity, self.year + 1, 1)

    def previous(self) -> Period:
        per_year = {"month": 12, "quarter": 4, "year": 1}[self.granularity]
        if self.index > 1:
            return Period(self.granularity, self.year, self.index - 1)
        return Period(self.granularity, self.year - 1, per_year)


def parse(text: str | None, as_granularity: Granularity | None = None) -> Period | None:
    """Parse a period label; with `as_granularity`, coarsen it (a month → its quarter) or
    refuse it (None) when it is coarser than asked (a year is not a quarter)."""
    if not text:
        return None
    period = _parse_exact(text)
    if period is None or as_granularity is None or period.granularity == as_granularity:
        return period
    return _coarsen(period, as_granularity)


def _parse_exact(text: str) -> Period | None:
    if m := _MONTH.match(text):
        return Period("month", int(m[1]), int(m[2])) if 1 <= int(m[2]) <= 12 else None
    if m := _QUARTER.match(text):
        return Period("quarter", int(m[1]), int(m[2]))
    if m := _YEAR.match(text):
        return Period("year", int(m[1]), 1)
    if m := _DAY.match(text):
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return Period("month", day.year, day.month)
    return None


def _coarsen(period: Period, granularity: Granularity) -> Period | None:
    order = {"month": 0, "quarter": 1, "year": 2}
    if order[period.granularity] > order[granularity]:
        return None
    if granularity == "year":
        return Period("year", period.year, 1)
    return Period("quarter", period.year, (period.index - 1) // 3 + 1)


# A period end in the first days of a month closes the month before (52/53-week years).
_CLOSES_PREVIOUS_MONTH_UNTIL_DAY = 7


def period_of(event: Event, granularity: Granularity | None = None) -> Period | None:
    """The event's period at `granularity`: an exact label of that granularity, or an as-of
    date placed in its month/quarter/year. A month is never summed into a quarter."""
    label = event.payload.get("period")
    exact = parse(label)
    if exact is None or granularity is None or exact.granularity == granularity:
        return exact
    is_day = isinstance(label, str) and len(label) == 10
    if not is_day:
        return None
    if event.payload.get("period_type") == "instant":
        label = _period_end_month(label)
    return parse(label, granularity)


def _period_end_month(label: str) -> str:
    try:
        day = date.fromisoformat(label)
    except ValueError:
        return label
    if day.day <= _CLOSES_PREVIOUS_MONTH_UNTIL_DAY:
        day = day.replace(day=1) - timedelta(days=1)
    return f"{day.year:04d}-{day.month:02d}"
