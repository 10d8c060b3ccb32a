"""Rows that are not the figure although they name its metric.

Several rows of one BTC metric break it down (a total row among them is the figure); a
roll-forward's opening and closing rows are one row at two dates (the latest is the figure).
"""

from __future__ import annotations

import re

from .context import DocContext
from .folded import MONTH_WORD, Folded
from .numbers import parse_cell
from .periods import Period, parse_period
from .sentences import Segment
from .skipping import skipping
from .table_model import STOCK_METRICS
from .table_rows import BTC_METRICS

_I = re.IGNORECASE
_TOTAL = Folded(r"\btotal\b")

_LABEL_DATES = skipping(
    re.compile(
        r"\b(?:as\s+(?:of|at)\s+|at\s+)?" + MONTH_WORD + r"\.?"
        r"\s+\d{1,2},?\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\b",
        _I,
    )
)


def _undated(label: str) -> str:
    """A row label without the dates it prints ("Number of Bitcoin held as of June 30,
    2025"): rows that differ only by them are one row at two dates, not parts of a total."""
    return " ".join(_LABEL_DATES.sub(" ", label.lower()).split())


def superseded_rows(
    rows: list[Segment], metrics: dict[int, str | None], ctx: DocContext
) -> set[int]:
    """A roll-forward's opening and closing rows ("… held as of December 31, 2024", "… held
    as of June 30, 2025"): one row at two dates, and the latest is the figure."""
    dated: dict[tuple[str, str], list[tuple[Period, Segment]]] = {}
    for row in rows:
        metric = metrics[id(row)]
        own = parse_period(row.cells[0], ctx.reference) if metric in STOCK_METRICS else None
        if metric is not None and own is not None:
            dated.setdefault((metric, _undated(row.cells[0])), []).append((own, row))
    superseded: set[int] = set()
    for same in dated.values():
        latest = max(own.last_day() for own, _ in same)
        superseded.update(id(row) for own, row in same if own.last_day() < latest)
    return superseded


def part_rows(
    rows: list[Segment], metrics: dict[int, str | None], ctx: DocContext | None = None
) -> set[int]:
    """Rows that are parts of a metric ("Bitcoin Self-Mined Lake Mariner", "… Nautilus"):
    two or more rows of one BTC metric in a table break it down. A "total" row among them is
    the figure; without one, no row is the company's figure. Rows that name distinct periods
    ("Bitcoin mined in September", "FY2023 bitcoin mined") are the flow over each span, not
    parts."""
    parts: set[int] = set()
    for metric in BTC_METRICS:
        same = [row for row in rows if metrics[id(row)] == metric and _has_number(row)]
        if len({_undated(row.cells[0]) for row in same}) < 2:
            continue  # one row, the same row printed twice, or one row dated twice
        spans = _own_period_rows(same, ctx) if ctx is not None else set()
        if spans:
            parts.update(id(row) for row in same if id(row) not in spans)
            continue
        totals = [row for row in same if _TOTAL.search(row.cells[0])]
        parts.update(id(row) for row in same if not (totals and row in totals))
        if len(totals) > 1:
            parts.update(id(row) for row in totals[1:])
    return parts


def _has_number(row: Segment) -> bool:
    return any(parse_cell(cell) is not None for cell in row.cells[1:])


def _own_period_rows(rows: list[Segment], ctx: DocContext) -> set[int]:
    """The rows whose labels name a period of their own, when two or more name distinct ones
    ("Bitcoin mined in September", "FY2023 bitcoin mined"); else none. (A row naming none
    beside them, "CY2023 bitcoin mined", is a running total: still a part.)"""
    named = {id(row): parse_period(row.cells[0], ctx.reference) for row in rows}
    periods = [period for period in named.values() if period is not None]
    if len(periods) < 2 or len(set(periods)) < len(periods):
        return set()
    return {key for key, period in named.items() if period is not None}
