"""Span headers: "Three Months Ended …" turns the dates or years under it into periods.

Span headers ("Three Months Ended …", "Six Months June 30, 2024") turn the dates or years
under them into quarters, halves and years, each span over its share of the columns; nine
months is year-to-date (excluded).
"""

from __future__ import annotations

import re

from .folded import MONTH_WORD, Folded
from .periods import Period, month_number, quarter_of
from .sentences import Segment
from .skipping import skipping
from .table_model import Column

_QUARTER_SPAN = Folded(r"\b(?:three|3)[- ]months?\s+ended(?:\s+(?P<mon>" + MONTH_WORD + r"\.?))?")

_EACH_SPAN = Folded(
    r"\b(?P<count>one|three|six|nine|twelve|1|3|6|9|12)[- ]months?\s+ended"
    r"(?:\s+(?P<mon>" + MONTH_WORD + r"\.?))?"
)
_MONTHS_SPAN = Folded(r"\b(?P<count>one|three|six|nine|twelve|1|3|6|9|12)[- ]months?\b")
_SPAN_MONTHS = {"one": 1, "1": 1, "three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9,
                "twelve": 12, "12": 12}  # fmt: skip
_YEAR_SPAN = Folded(r"\b(?:(?:twelve|12)[- ]months?|(?:fiscal\s+)?years?)\s+ended\b")
# "Year Ended December 31," beside "Three Months Ended December 31,": a twelve-month span
_YEAR_EACH_SPAN = Folded(r"\b(?:fiscal\s+)?years?\s+ended(?:\s+(?P<mon>" + MONTH_WORD + r"\.?))?")

# "Quarter Ended March 31, 2024" heads a quarter's column (its date the balances')
_QUARTER_ENDED = Folded(r"\bquarter\s+ended\b")

_SPAN_YEAR = skipping(re.compile(r"\b(?:19|20)\d\d\b"))


def names_spans(row: Segment) -> bool:
    """A header row of spans over the year columns below it, and nothing else."""
    cells = [cell for cell in row.cells if cell.strip(" |")]
    # (every span says "ended": a row whose first cell does not, most rows, is answered by one
    # substring test of its lowercase rather than two pattern searches)
    if len(cells) < 2 or "ended" not in cells[0].lower():
        return False
    if not all(_names_a_span(cell) for cell in cells):
        return False
    # "Three Months Ended September 30, 2025 | … 2024": each span printed with its year is
    # a column of its own, not a span over year columns below
    return not all(_SPAN_YEAR.search(cell) for cell in cells)


def apply_spans(columns: list[Column], header_text: str) -> list[Column]:
    """ "Three Months Ended September 30, | Nine Months Ended September 30," over "2025 | 2024
    | 2025 | 2024": each span heads its share of the dated columns, in order (a nine-month
    column is year-to-date: excluded). One span heads them all."""
    spans = _spans_in(header_text)
    dated = [index for index, column in enumerate(columns) if column.period is not None]
    if len({months for months, _ in spans}) < 2 or len(dated) % len(spans):
        return [apply_span(column, header_text) for column in columns]
    share = len(dated) // len(spans)
    spanned = list(columns)
    for position, index in enumerate(dated):
        months, span = spans[position // share]
        spanned[index] = _spanned_by(columns[index], months, span)
    return spanned


def _names_a_span(cell: str) -> bool:
    return bool(_EACH_SPAN.search(cell) or _YEAR_EACH_SPAN.search(cell))


def _spans_in(text: str) -> list[tuple[int, re.Match[str]]]:
    """Each span the header names, in order, with its length in months ("Year Ended" is 12)."""
    if "nded" not in text and "NDED" not in text:
        return []  # cheap gate: every span is "… Ended"
    spans = [(_SPAN_MONTHS[span["count"].lower()], span) for span in _EACH_SPAN.finditer(text)]
    spans += [(12, span) for span in _YEAR_EACH_SPAN.finditer(text)]
    return sorted(spans, key=lambda pair: pair[1].start())


def _spanned_by(column: Column, months: int, span: re.Match[str]) -> Column:
    period = column.period
    assert period is not None
    month = period.month or _span_month(span["mon"])
    if months == 9 or month is None:
        return Column(period, excluded=True)
    day = Period.of_month(period.year, month).last_day()
    printed = _printed_date(period)
    if months == 3:
        return Column(Period.of_quarter(period.year, quarter_of(month)), column.excluded, printed)
    if months == 6:
        half = Period.of_half(period.year, 1 if day.month <= 6 else 2)
        return Column(half, column.excluded, printed)
    if months == 12:
        return Column(Period.of_year(period.year), column.excluded, printed)
    return Column(Period.of_month(period.year, month), column.excluded, printed)


def spanned_column(cell: str, period: Period) -> Column | None:
    """ "Six Months June 30, 2024": a column of months ending at a date is that span (H1;
    "Quarter Ended …" a quarter); nine months is a year-to-date column."""
    span = _MONTHS_SPAN.search(cell)
    if (span is None and not _QUARTER_ENDED.search(cell)) or not period.is_date:
        return None
    months = _SPAN_MONTHS[span["count"].lower()] if span else 3
    day = period.last_day()
    if months == 1:
        return Column(Period.of_month(day.year, day.month), dated=period)
    if months == 3:
        return Column(Period.of_quarter(day.year, quarter_of(day.month)), dated=period)
    if months == 6:
        return Column(Period.of_half(day.year, 1 if day.month <= 6 else 2), dated=period)
    if months == 12:
        return Column(Period.of_year(day.year), dated=period)
    return Column(period, excluded=True)


def apply_span(column: Column, header_text: str) -> Column:
    """ "Three months ended March 31" + a "2025" column → 2025-Q1; a year-ended table → 2025."""
    period = column.period
    if period is None:
        return column
    quarter_span = _QUARTER_SPAN.search(header_text)
    if quarter_span:
        month = period.month or _span_month(quarter_span["mon"])
        if month is not None and period.quarter is None:
            quarter = Period.of_quarter(period.year, quarter_of(month))
            return Column(quarter, column.excluded, _printed_date(period))
    elif _YEAR_SPAN.search(header_text) and period.quarter is None:
        return Column(Period.of_year(period.year), column.excluded, _printed_date(period))
    return column


def _printed_date(period: Period) -> Period | None:
    return period if period.is_date else None


def _span_month(name: str | None) -> int | None:
    try:
        return month_number(name) if name else None
    except KeyError:
        return None
