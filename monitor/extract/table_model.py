"""What a table is once found: its rows, caption and columns, and the row figures kept.

A `Column` is a value column's period as its header names it; a `Table` gathers the rows of
one layout with the lines above them; `RowFigure` keeps a row's current and prior values for
the derived-sale check. Money and stock metrics are read differently everywhere (a money row
needs a currency and a scale; a stock row is dated at a day), so the sets live here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from .model import AI_CAPEX, BTC_HELD, BTC_SALE_PROCEEDS, DEBT_TOTAL, INTEREST_EXPENSE
from .periods import Period
from .sentences import Segment

MONEY_METRICS = frozenset({AI_CAPEX, BTC_SALE_PROCEEDS, DEBT_TOTAL, INTEREST_EXPENSE})
STOCK_METRICS = frozenset({BTC_HELD, DEBT_TOTAL})
# A schedule's total row, by its label's first word ("Total notes payable", "Total").
TOTAL_ROW = re.compile(r"^\s*total\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Column:
    period: Period | None
    excluded: bool = False
    # The date the header printed when the column spans a period ending there ("Year Ended
    # December 31, 2024" → 2024, dated 2024-12-31): the date of the column's balances.
    dated: Period | None = None


@dataclass(slots=True)
class Table:
    rows: list[Segment]
    caption: str = ""
    columns: list[Column] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)  # each column's header as printed
    header_cells: tuple[str, ...] = ()  # a header printed above the rows, one cell per line
    heading: str = ""  # the header rows' text ("($ in thousands) Balance as of: … 2024")
    # Does a row name the U.S. dollar? Asked of every valued cell, so worked out once per table
    # (None until asked) rather than scanning every row per cell.
    rows_name_us_dollar: bool | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class RowFigure:
    """A row's current and prior values, kept for the derived-sale check."""

    metric: str
    current: Decimal
    prior: Decimal | None
    period: str | None
    segment: Segment
