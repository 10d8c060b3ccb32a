"""Which column is current: the one(s) the document reports, the spans ending with it, the prior.

The current column is the one inside the report's own period, else the shortest of the latest
periods that is not a YTD, change or percentage column, else the first value column when no
header names one; a whole quarter, half or year column ending with it is its own period.
"""

from __future__ import annotations

from .context import DocContext
from .periods import Period, quarter_of
from .table_model import Column, Table

_SPAN_RANK = {"date": 0, "month": 1, "quarter": 2, "half": 3, "year": 4}


def reported_columns(columns: list[Column], ctx: DocContext) -> list[int]:
    """The column(s) the document reports: those inside its own period (a quarterly release's
    months), else the latest period; the first value column when no header names one."""
    dated = [
        (column.period, index)
        for index, column in enumerate(columns)
        if column.period is not None and not column.excluded
    ]
    if not dated:
        return [0]
    if ctx.report is not None:
        inside = [index for period, index in dated if _within(period, ctx.report)]
        if inside:
            return _with_last_quarter(inside, dated, ctx.report)
    latest = max(period.last_day() for period, _ in dated)
    # the shortest period ending last is the report's ("Three Months Ended June 30" before
    # "Six Months Ended June 30"); the longer ones join it in `spans_ending_with`
    ending = [(_SPAN_RANK[period.granularity], index) for period, index in dated
              if period.last_day() == latest]  # fmt: skip
    return [min(ending)[1]]


def _with_last_quarter(
    inside: list[int], dated: list[tuple[Period, int]], report: Period
) -> list[int]:
    """A full-year release's "Three Months Ended December 31 | Year Ended December 31" table:
    the fourth quarter's column beside the year's is reported too (not a per-quarter table's
    quarters: only when it is the one quarter of the year the table prints)."""
    if report.granularity != "year":
        return inside
    quarters = [(period, index) for period, index in dated
                if period.granularity == "quarter" and period.year == report.year]  # fmt: skip
    if len(quarters) != 1 or quarters[0][0].last_day() != report.last_day():
        return inside
    return sorted([*inside, quarters[0][1]])


def spans_ending_with(chosen: list[int], columns: list[Column]) -> list[int]:
    """Whole quarter, half or year columns that end with the reported columns and hold them
    ("One Month June 30, 2024 | Six Months June 30, 2024"): each is its own named period."""
    periods: dict[int, Period] = {
        index: column.period
        for index, column in enumerate(columns)
        if column.period is not None and not column.excluded
    }
    reported = [periods[index] for index in chosen if index in periods]
    if not reported:
        return []
    end = max(period.last_day() for period in reported)
    return [
        index
        for index, period in periods.items()
        if index not in chosen
        and not period.is_date
        and period.month is None
        and period.last_day() == end
        and any(_within(inner, period) or _inside_year(inner, period) for inner in reported)
    ]


def _inside_year(inner: Period, year: Period) -> bool:
    """A quarter's (or half's) column inside a whole year's ("Three Months Ended December 31
    | Year Ended December 31": a fourth-quarter release reports its full year too)."""
    whole_year = year.is_longer_than_half
    return whole_year and inner.year == year.year and not inner.is_date


def _within(period: Period, report: Period) -> bool:
    """Is a column's period the report's own, or a month of a reported quarter or year?"""
    if period.year != report.year or period.is_date:
        return period.is_date and period.last_day() == report.last_day()
    if report.month is not None:
        return period.month == report.month and period.quarter is None
    if report.quarter is not None:
        if period.quarter is not None:
            return period.quarter == report.quarter
        return period.month is not None and quarter_of(period.month) == report.quarter
    if report.half is not None:
        if period.half is not None:
            return period.half == report.half
        return period.last_day().month <= 6 if report.half == 1 else period.last_day().month > 6
    return period.is_longer_than_half


def prior_column(columns: list[Column], current: int) -> int | None:
    """The latest dated column before the current one (for the derived-sale check)."""
    if not columns or columns[current].period is None:
        return 1 if len(columns) != 1 else None
    ends = columns[current].period.last_day()
    earlier = [
        (column.period.last_day(), index)
        for index, column in enumerate(columns)
        if column.period is not None and not column.excluded and column.period.last_day() < ends
    ]
    return max(earlier)[1] if earlier else None


def column_period(table: Table, current: int) -> Period | None:
    if current < len(table.columns):
        return table.columns[current].period
    return None


def column_header(table: Table, current: int) -> str | None:
    if current < len(table.headers):
        return table.headers[current]
    return None
