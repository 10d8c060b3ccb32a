"""Reporting periods and their labels: the one place a period label is read or written.

A period is a date (an as-of figure, `2025-09-30`), a month (`2025-09`), a quarter
(`2025-Q3`), a half year (`2025-H1`), nine months (`2025-9M`) or a year (`2025`). Quarters,
halves and nine months may be an issuer's fiscal periods (EDGAR labels them by the fiscal year
they fall in); they are labelled and ordered as if calendar, the labels being the same.

Rules compare a period with the previous one of the same granularity (month over month,
quarter over quarter, year over year); for them an as-of date counts as its month, quarter or
year and year-to-date spans (H1, 9M) are left aside: see `rule_period`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Granularity = Literal["month", "quarter", "year"]  # what rules compare
Span = Literal["date", "month", "quarter", "half", "nine_months", "year"]

# Every spelling of a month that documents and listing pages print, lower case.
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# How many of a span fit in a year (a date and nine months do not step by index).
_PER_YEAR = {"month": 12, "quarter": 4, "half": 2, "year": 1, "nine_months": 1}
# For figures ending on the same day, the shorter span is the more current one: a quarter
# ending 31 December is shown over the year, an as-of date over both.
_RANK = {"year": 0, "nine_months": 1, "half": 2, "quarter": 3, "month": 4, "date": 5}
_COARSENESS = {"date": 0, "month": 1, "quarter": 2, "year": 3}
_LABEL = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<mo>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<nm>9M)))?$"
)


@dataclass(frozen=True, order=True, slots=True)
class Period:
    """A period: its span, year and index within the year (month 1–12 for a month or a date,
    quarter 1–4, half 1–2, 1 for nine months or a year) and, for a date, its day."""

    granularity: Span
    year: int
    index: int = 1
    day_of_month: int = 0

    # --- building ---------------------------------------------------------------------

    @classmethod
    def parse(cls, label: str | None) -> Period | None:
        """The period a label names, or None for anything else (`Feb 2026`, `2025-13`)."""
        m = _LABEL.match(label or "")
        if m is None:
            return None
        year = int(m["y"])
        if m["d"]:
            return _valid_date(year, int(m["mo"]), int(m["d"]))
        if m["mo"]:
            return cls.of_month(year, int(m["mo"])) if 1 <= int(m["mo"]) <= 12 else None
        if m["q"]:
            return cls("quarter", year, int(m["q"]))
        if m["h"]:
            return cls("half", year, int(m["h"]))
        return cls("nine_months", year) if m["nm"] else cls("year", year)

    @classmethod
    def of_date(cls, year: int, month: int, day: int) -> Period:
        return cls("date", year, month, day)

    @classmethod
    def of_day(cls, day: dt.date) -> Period:
        return cls("date", day.year, day.month, day.day)

    @classmethod
    def of_month(cls, year: int, month: int) -> Period:
        return cls("month", year, month)

    @classmethod
    def of_quarter(cls, year: int, quarter: int) -> Period:
        return cls("quarter", year, quarter)

    @classmethod
    def of_half(cls, year: int, half: int) -> Period:
        return cls("half", year, half)

    @classmethod
    def of_nine_months(cls, year: int) -> Period:
        return cls("nine_months", year)

    @classmethod
    def of_year(cls, year: int) -> Period:
        return cls("year", year)

    # --- reading ----------------------------------------------------------------------

    def label(self, *, as_of: bool = True) -> str:
        """The one label of the period (what `parse` reads back); `as_of=False` labels a date
        by its month (a flow figure dated by the report it came in)."""
        if self.granularity == "date" and not as_of:
            return self.as_month().label()
        if self.granularity == "date":
            return f"{self.year:04d}-{self.index:02d}-{self.day_of_month:02d}"
        if self.granularity == "month":
            return f"{self.year:04d}-{self.index:02d}"
        suffix = {"quarter": f"-Q{self.index}", "half": f"-H{self.index}", "nine_months": "-9M"}
        return f"{self.year:04d}{suffix.get(self.granularity, '')}"

    def __str__(self) -> str:
        return self.label()

    @property
    def is_date(self) -> bool:
        return self.granularity == "date"

    @property
    def month(self) -> int | None:
        """The month of a month or a date (None for longer spans)."""
        return self.index if self.granularity in ("month", "date") else None

    @property
    def day(self) -> int | None:
        return self.day_of_month if self.granularity == "date" else None

    @property
    def quarter(self) -> int | None:
        return self.index if self.granularity == "quarter" else None

    @property
    def half(self) -> int | None:
        return self.index if self.granularity == "half" else None

    @property
    def is_longer_than_half(self) -> bool:
        """A year or nine months: a span that names no month, quarter or half within it."""
        return self.granularity in ("year", "nine_months")

    def last_day(self) -> dt.date:
        """The period's last day, for ordering and for 'is this in the future?'."""
        if self.granularity == "date":
            return dt.date(self.year, self.index, self.day_of_month)
        months = {"month": 1, "quarter": 3, "half": 6, "nine_months": 9, "year": 12}
        return _month_end(self.year, self.index * months[self.granularity])

    def first_day(self) -> dt.date:
        """The period's first day (a date is its own first day; 2025-9M starts on 1 January)."""
        if self.granularity == "date":
            return self.last_day()
        months = {"month": 1, "quarter": 3, "half": 6, "nine_months": 9, "year": 12}
        first_month = (self.index - 1) * months[self.granularity] + 1
        return dt.date(self.year, first_month, 1)

    def sort_key(self) -> tuple[dt.date, int]:
        """By the day the period ends, then shorter spans last (2025-H1 before 2025-Q4, an
        as-of 2025-12-31 after 2025-Q4)."""
        return self.last_day(), _RANK[self.granularity]

    def as_month(self) -> Period:
        """A date's month (a flow figure dated by its report); other periods unchanged."""
        return Period("month", self.year, self.index) if self.is_date else self

    # --- stepping ---------------------------------------------------------------------

    def next(self) -> Period:
        if self.is_date:
            return Period.of_day(self.last_day() + dt.timedelta(days=1))
        if self.index < _PER_YEAR[self.granularity]:
            return Period(self.granularity, self.year, self.index + 1)
        return Period(self.granularity, self.year + 1, 1)

    def previous(self) -> Period:
        if self.is_date:
            return Period.of_day(self.last_day() - dt.timedelta(days=1))
        if self.index > 1:
            return Period(self.granularity, self.year, self.index - 1)
        return Period(self.granularity, self.year - 1, _PER_YEAR[self.granularity])


def _valid_date(year: int, month: int, day: int) -> Period | None:
    try:
        return Period.of_day(dt.date(year, month, day))
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def month_number(name: str) -> int:
    """`Sept.`, `sep`, `September` → 9 (KeyError for anything else)."""
    return MONTHS[name.rstrip(".").lower()]


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def period_sort_key(label: str) -> tuple[int, dt.date, int, str]:
    """Orders period labels by `Period.sort_key`; labels that name no period come last."""
    period = Period.parse(label)
    if period is None:
        return (1, dt.date.max, 0, label)
    return (0, *period.sort_key(), label)


def rule_period(label: str | None, as_granularity: Granularity | None = None) -> Period | None:
    """The period a rule compares: a date is its month, year-to-date spans are left aside
    (None); with `as_granularity`, coarsened as `coarsen` does."""
    period = Period.parse(label)
    if period is None or period.granularity in ("half", "nine_months"):
        return None
    return coarsen(period.as_month(), as_granularity)


def coarsen(period: Period, as_granularity: Granularity | None) -> Period | None:
    """The month, quarter or year holding `period` (a month → its quarter), or None when
    `period` is coarser than asked (a year is not a quarter)."""
    if as_granularity is None or period.granularity == as_granularity:
        return period
    if _COARSENESS.get(period.granularity, 9) > _COARSENESS[as_granularity]:
        return None
    if as_granularity == "year":
        return Period.of_year(period.year)
    if as_granularity == "quarter":
        return Period.of_quarter(period.year, quarter_of(period.index))
    return period.as_month()
