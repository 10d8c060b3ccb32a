"""Rows of a one-line debt schedule whose loans print their terms before their balances.

A filing mirror (CapEdge) flattens a 10-Q debt note into one line: "(in thousands): Interest
Rate Maturity Date November 30, 2024 May 31, 2024 Senior Unsecured Convertible Notes 2.75%
June 2030 450,000 — Macquarie Promissory Note (1) 0.25% May 2026 166,500 — …", or with the
maturity first ("Convertible Note Jun-30 0.00 % $ 633,812 $ — … Auto & Equipment Loans and
Financing Jun-26 to Dec-29 0.0 - 11.3 % 1,643 699"). Between a loan's name and its balances
stand a footnote mark, its rate (a range, or "—%" for none) and its maturity (a month and
year, "Jun-30", a span of them, "April and June 2025"): words and numbers that are none of
the balances. The general reader (`flat`) takes the rate for a value and the maturity for the
next row's label; here each row is matched whole: a name, its terms, then exactly as many
amounts as the header has dates. Rows without terms ("Long-term debt, net $ 468,244 $
79,472") are matched the same way; the first stretch that is no such row ends the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .date_forms import DAY_YEAR, MONTH_NAME
from .numbers import AMOUNT_AS_PRINTED
from .sentences import Segment

# One maturity: "June 2030", "Jun-30", "January 24, 2025", "April and June 2025" (the month
# "June", "Jun", "Jun." alike).
_DUE = rf"{MONTH_NAME}(?:\s(?:and|&)\s{MONTH_NAME})?(?:-\d\d|{DAY_YEAR}|\s(?:19|20)\d\d)"
_MATURITY = rf"(?:{_DUE}(?:\s(?:to|-|–)\s{_DUE})?|Not\sspecified|On\sdemand)"
# One rate: "2.75%", "13.80 %", "—%", "0.0 - 11.3 %", "* 18 %".
_RATE = r"(?:\*\s)?(?:\d{1,2}(?:\.\d{1,3})?|[—–-])(?:\s?[-–]\s?\d{1,2}(?:\.\d{1,3})?)?\s?%"
_TERMS = rf"(?:\s(?:{_MATURITY}|{_RATE})){{1,3}}"
_AMOUNT = rf"(?:\$\s?)?(?:\(\s?{AMOUNT_AS_PRINTED}\s?\)|{AMOUNT_AS_PRINTED}|[—–-])"
_NAME = r"[A-Z0-9][^$%\n]{1,80}?"
_MARK = r"(?:\s\(\d\))?"
_MIN_ROWS = 2


@lru_cache(maxsize=8)
def _row(columns: int) -> re.Pattern[str]:
    """One row of a schedule with `columns` balance columns."""
    amounts = rf"{_AMOUNT}(?:\s{_AMOUNT}){{{columns - 1}}}"
    return re.compile(
        rf"\s*(?P<name>{_NAME}){_MARK}(?P<terms>{_TERMS})?\s(?P<amounts>{amounts})(?=\s|$)"
    )


_ONE = re.compile(_AMOUNT)


def term_rows(text: str, start: int, columns: int, table: int) -> list[Segment]:
    """The rows from `start` on, when at least two carry a loan's terms (else none: the
    general reader's)."""
    rows = list(_rows(text, start, columns, table))
    termed = sum(1 for _, terms in rows if terms)
    return [row for row, _ in rows] if termed >= _MIN_ROWS else []


def _rows(text: str, start: int, columns: int, table: int) -> Iterator[tuple[Segment, bool]]:
    pattern = _row(columns)
    position = start
    while True:
        row = pattern.match(text, position)
        if row is None:
            return
        a, b = row.span("amounts")
        spans = [row.span("name"), *(hit.span() for hit in _ONE.finditer(text, a, b))]
        if len(spans) != columns + 1:
            return
        cells = tuple(" ".join(text[x:y].split()) for x, y in spans)
        first = spans[0][0]
        segment = Segment(text[first:b], first, b, cells, spans=tuple(spans), table=table)
        yield segment, row["terms"] is not None
        position = row.end()
