"""A digital-assets roll-forward with a Quantity / Value pair under each year's column.

IFRS filers' notes (Bitfarms' 40-F "NOTE 8: DIGITAL ASSETS", as its XBRL R page prints it,
one cell per line, a pipe before most cells) head the table with the years, then a
"Quantity" and a "Value" column under each:

    |Year ended December 31, | 2021 | 2020
    |Quantity | Value | Quantity | Value
    |Balance as of January 1, | — | $ — | — | $ —
    |Bitcoin mined* | 3,453 | 164,393 | 3,014 | 31,125
    |Bitcoin exchanged for cash and services | (105 ) | (4,841 ) | (2,641 ) | (27,467 )
    |Bitcoin exchanged for long-term debt repayment | (47 ) | (1,546 ) | …
    |Balance of digital assets as of December 31, | 3,301 | 152,856 | — | —
    |Less digital assets pledged as collateral as of December 31,** | (1,875 ) | …

A row's first number is its coin count in the first (latest) year's column; the values beside
are US dollars (in the note's thousands), never coins, and the later columns are comparatives
(README decided case 1). The balance rows name a month and day only: the column's year dates
them. The balance that closes the year is the holding at that date; the coins mined in the
year are its production; the coins "exchanged for cash" (with services: the labelled reading)
or sold are its sales. Coins handed over to repay a loan are not a sale for cash (README: a
sale is coins turned into money; the loan's repayment is told by the debt note), and the
pledged part of the holding and the part "excluding" it are parts, not the holding (case 12).
"""

from __future__ import annotations

import datetime as dt
import re

from .date_forms import parse_date
from .model import BTC_HELD, BTC_PRODUCED, BTC_SOLD, Extracted
from .note_rollforward import QuantityRow, quantity_figure, replaced_in_span
from .numbers import AMOUNT_AS_PRINTED, parse_decimal
from .table_continuity import flow_period

# The column header: a "Quantity" cell, then within a few cells a "Value" cell.
_QUANTITY_CELL = "Quantity"
_VALUE_CELL = "Value"
_HEADER_REACH = 4  # cells between "Quantity" and "Value" (blank and pipe-only lines)
_YEARS_REACH = 16  # cells above "Quantity" that may hold the year columns' headings
_YEAR = re.compile(r"(?:19|20)\d{2}")
_COIN_WORDS = ("Bitcoin", "bitcoin", "BTC")
_LEAD_CHARS = 600  # the note's heading and sentence before the table
_MOST_CHARS = 6000  # the table is a few hundred short lines; read no further
_LABEL = re.compile(r"[A-Za-z]{3}")
_COUNT = re.compile(rf"\(?(?P<n>{AMOUNT_AS_PRINTED})$")
_DASH = frozenset({"—", "–", "-"})
_BALANCE = re.compile(
    r"^balance\b[^,]{0,40}?\bas\s+(?:of|at)\s+(?P<day>[a-z]{3,9}\.?\s+\d{1,2}),?$", re.IGNORECASE
)
_PART_OF_HOLDING = re.compile(r"\b(?:pledged|excluding|less|restricted)\b", re.IGNORECASE)
_MINED = re.compile(r"\bbitcoins?\s+(?:mined|produced)\b", re.IGNORECASE)
_SOLD = re.compile(
    r"\bbitcoins?\s+(?:sold|exchanged\s+for\s+cash)\b|\bsales?\s+of\s+bitcoins?\b", re.IGNORECASE
)


def find(text: str) -> tuple[list[Extracted], tuple[int, int] | None]:
    """The roll-forward's figures of its first year column, and its span (empty, None)."""
    if _QUANTITY_CELL not in text or _VALUE_CELL not in text:
        return [], None  # (most documents: two substring tests)
    position = text.find(_QUANTITY_CELL)
    while position >= 0:
        found = _read_at(text, position)
        if found[1] is not None:
            return found
        position = text.find(_QUANTITY_CELL, position + len(_QUANTITY_CELL))
    return [], None


def _read_at(text: str, position: int) -> tuple[list[Extracted], tuple[int, int] | None]:
    """The table whose header holds the "Quantity" at `position`, if that is a cell of its own."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if line.strip().strip("|").strip() != _QUANTITY_CELL:
        return [], None  # (the word in prose: no line split, no window read)
    window = text.rfind("\n", 0, max(0, line_start - _LEAD_CHARS)) + 1
    cells = _cells(text, window, line_start + _MOST_CHARS)
    header = _header(cells)
    if header is None:
        return [], None
    year = _first_year(cells, header[0])
    lead = text[max(0, cells[header[0]][0] - _LEAD_CHARS) : cells[header[0]][0]]
    if year is None or not any(word in lead for word in _COIN_WORDS):
        return [], None
    rows = _rows(cells, header[1] + 1)
    if not rows:
        return [], None
    return _figures(rows, year, text), (cells[header[0]][0], rows[-1].end)


def _cells(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Each non-blank line's text between `start` (a line's start) and `end`, without its
    pipes, with where it starts."""
    found = []
    position = start
    for raw in text[start:end].split("\n"):
        cell = raw.strip().strip("|").strip()
        if cell:
            found.append((position + raw.index(cell), cell))
        position += len(raw) + 1
    return found


def _header(cells: list[tuple[int, str]]) -> tuple[int, int] | None:
    """The indexes of the first "Quantity" cell and the last "Value" cell of the header row."""
    for index, (_, cell) in enumerate(cells):
        if cell != _QUANTITY_CELL:
            continue
        following = [cell for _, cell in cells[index + 1 : index + 1 + _HEADER_REACH]]
        if _VALUE_CELL not in following:
            continue
        last = index
        while last + 1 < len(cells) and cells[last + 1][1] in (_QUANTITY_CELL, _VALUE_CELL):
            last += 1
        return index, last
    return None


def _first_year(cells: list[tuple[int, str]], header: int) -> int | None:
    """The first year column's year, when it is the latest of the years heading the columns."""
    years = [
        int(cell)
        for _, cell in cells[max(0, header - _YEARS_REACH) : header]
        if _YEAR.fullmatch(cell)
    ]
    if not years or years[0] != max(years):
        return None  # (an earliest-first layout: its first column is a comparative)
    return years[0]


def _rows(cells: list[tuple[int, str]], first: int) -> list[QuantityRow]:
    """Label cells, each with the first count (or dash) below it before the next label."""
    rows: list[QuantityRow] = []
    index = first
    while index < len(cells):
        start, label = cells[index]
        index += 1
        if not _LABEL.search(label):
            continue
        row = _row_below(cells, index, label, start)
        if row is None:
            break  # a label with no count: the prose after the table
        rows.append(row)
    return rows


def _row_below(
    cells: list[tuple[int, str]], index: int, label: str, start: int
) -> QuantityRow | None:
    """The row of `label`: the first count or dash among the cells before the next label."""
    while index < len(cells) and not _LABEL.search(cells[index][1]):
        position, cell = cells[index]
        if cell in _DASH:
            return QuantityRow(label, None, start, position + len(cell))
        match = _COUNT.match(cell)
        if match is not None:
            return QuantityRow(label, parse_decimal(match["n"]), start, position + len(cell))
        index += 1  # a "$" or a closing parenthesis
    return None


def _figures(rows: list[QuantityRow], year: int, text: str) -> list[Extracted]:
    """The closing holding, and the year's mined and sold coins between its two balances."""
    balances = [(index, _balance_day(row, year)) for index, row in enumerate(rows)]
    dated = [(index, day) for index, day in balances if day is not None]
    if len(dated) < 2:
        return []
    (open_at, opened), (close_at, closed) = dated[0], dated[-1]
    closing = rows[close_at]
    found = []
    if closing.quantity is not None and closed > opened:
        found.append(quantity_figure(text, closing, BTC_HELD, closing.quantity, closed.isoformat()))
    period = flow_period(opened, closed, text) if closed > opened else None
    if period is None:
        return found
    for row in rows[open_at + 1 : close_at]:
        metric = _flow_metric(row.label)
        if metric is not None and row.quantity is not None:
            found.append(quantity_figure(text, row, metric, row.quantity, period))
    return found


def _balance_day(row: QuantityRow, year: int) -> dt.date | None:
    """The day a balance row names, in its column's year (not a part of the holding)."""
    match = _BALANCE.match(row.label)
    if match is None or _PART_OF_HOLDING.search(row.label):
        return None
    return parse_date(f"{match['day']}, {year}")


def _flow_metric(label: str) -> str | None:
    if _SOLD.search(label):
        return BTC_SOLD
    if _MINED.search(label):
        return BTC_PRODUCED
    return None


def replaced(found: list[Extracted], text: str) -> list[Extracted]:
    """`found` with what the other readers took from the roll-forward's rows replaced by its
    own figures."""
    figures, span = find(text)
    return found if span is None else replaced_in_span(found, figures, span)
