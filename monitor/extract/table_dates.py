"""The period of a row's figure: from its label, its column, or an "as of" after its value.

A balance row dated in its own label before the report's period is a comparative; an expense
under a bare date is the report's own period ending that day.
"""

from __future__ import annotations

from .balance_dates import stock_date
from .context import DocContext
from .folded import Folded
from .interim_periods import half_year_ended
from .list_heading import heading_over
from .peer_rows import unpiped
from .periods import Period, find_mentions, parse_period
from .sentences import Segment
from .table_cells import DATED_VALUE
from .table_model import Table
from .terms import is_term
from .tiles import level_of

_AS_OF = Folded(r"\b(?:as\s+(?:of|at)|at|on)\s+(?=\S)")


def row_period(table: Table, row: Segment, current: int, ctx: DocContext) -> Period | None:
    from_label = parse_period(row.cells[0], ctx.reference) or _month_end_label(row, ctx)
    if from_label is not None:
        return from_label
    if current < len(table.columns) and table.columns[current].period is not None:
        return table.columns[current].period
    # (a heading over the row's list names its period: "Preliminary February Operational
    # Results" over "- Bitcoin Mined: 27 BTC" in a quarterly release)
    return (
        _dated_after(row, ctx)
        or _named_in_value(row, ctx)
        or heading_over(ctx, row)
        or ctx.fallback()
    )


# "Bitcoin mined: 1,000 BTC in Q2 FY22, compared to 800 BTC in Q1 FY22": the period the value
# cell names right after its figure, before any comparison or second figure.
_VALUE_STOP = Folded(
    r"\b(?:compared|versus|vs\.?|from|against|relative|up|down|while|whereas)\b|[;(]"
)
_VALUE_REACH = 30


def _named_in_value(row: Segment, ctx: DocContext) -> Period | None:
    if len(row.cells) != 2:
        return None
    value = unpiped(row.cells[1])
    at = row.text.find(row.cells[1])
    if row.table < 0 and " | " not in row.text and at >= 0:
        value = row.text[at:]  # a "Label: value …" line runs on past its value cell
    mentions = find_mentions(value, ctx.reference)
    if not mentions or mentions[0].period is None or mentions[0].start > _VALUE_REACH:
        return None
    first = mentions[0]
    if _VALUE_STOP.search(value, 0, first.start) or is_term(value, first):
        return None
    return None if first.period.is_date else first.period


def _month_end_label(row: Segment, ctx: DocContext) -> Period | None:
    """ "Bitcoin holdings at month end: 2,000 BTC": the last day of the report's month."""
    label = row.cells[0]
    if "end" not in label.lower() and "last day" not in label.lower():
        return None  # cheap gate
    for mention in find_mentions(label, ctx.reference):
        if mention.relative == "report" and _MONTH_END.search(label):
            month = ctx.absolute(mention)
            return stock_date(month) if month is not None and month.month else None
    return None


_MONTH_END = Folded(r"\bmonth[- ]end\b|\bend\s+of\s+(?:the\s+)?month\b|\blast\s+day\b")


def _dated_after(row: Segment, ctx: DocContext) -> Period | None:
    """ "Total Bitcoin holdings: 160.5 BTC (approx. $10.2 million) as of June 30, 2024": a
    "Label: value" row dates its figure after the value."""
    if _is_tile(row) and ctx.text is not None:
        end = row.spans[1][1]
        line_end = ctx.text.find("\n", ctx.text.find("\n", end) + 1)
        return _as_of_in(ctx.text[end : line_end if line_end > 0 else None], ctx)
    if len(row.cells) == 2:
        dated = DATED_VALUE.match(unpiped(row.cells[1]))  # "| 160.5 BTC as of June 30 |"
        if dated is not None:
            return _as_of_in(dated["as_of"], ctx)
    if row.table >= 0 or len(row.cells) != 2 or " | " in row.text:
        return None
    value = row.text.find(row.cells[1])
    return _as_of_in(row.text[value + len(row.cells[1]) :], ctx) if value >= 0 else None


def _is_tile(row: Segment) -> bool:
    """A tile's headline over "TO 52,850 BTC": the line under it says as of when."""
    return len(row.spans) == 2 and level_of(row.cells[1]) is not None


# "2,270 Bitcoin as of end of July", "as of the end of Q2": a month's or quarter's close is
# its last day (as "as of July 31" is).
_PERIOD_END = Folded(r"(?:the\s+)?(?:end\s+of|close\s+of)\s")


def _as_of_in(tail: str, ctx: DocContext) -> Period | None:
    found = _AS_OF.search(tail)
    if found is None:
        return None
    period = parse_period(tail[found.end() :], ctx.reference)
    if period is None:
        return None
    if not period.is_date and _PERIOD_END.match(tail, found.end()):
        return stock_date(period) if period.month or period.quarter else None
    return period if period.is_date else None


def dated_before_report(row: Segment, ctx: DocContext) -> bool:
    """ "Number of Bitcoin held as of June 30, 2024" in a report on the second quarter of 2025:
    a row dated in its own label before the report's period is a prior-period comparative.
    The period a document merely names most is a weaker sign: against it only a date a year
    or more before counts (the prior year's comparative)."""
    own = parse_period(row.cells[0], ctx.reference)
    return own is not None and before_report(own, ctx)


def before_report(own: Period, ctx: DocContext) -> bool:
    """Is a balance dated `own` a comparative: before the report's period (or a year or more
    before the period the document names most)?"""
    report = ctx.report or ctx.lead  # not the month of publication
    if report is not None:
        return own.last_day() <= report.previous().last_day()
    if ctx.document is not None:
        end = ctx.document.last_day()
        return own.last_day() <= Period.of_month(end.year - 1, end.month).last_day()
    return False


def period_ended(date: Period, ctx: DocContext) -> Period | None:
    """An expense under a bare date ("Period ended | 30 June 2024"): a period of some length
    ending that day, which only the report's own period can name."""
    report = ctx.report or ctx.lead
    if report is None:
        return half_year_ended(date, ctx)  # an interim's "Period ended | 30 June 2025"
    return report if report.last_day() == date.last_day() else None
