"""A filing note's bitcoin roll-forward counted in coins: a "Quantity" column beside "Amounts".

10-Q/10-K notes ("Note 5. Bitcoin") print the roll-forward one cell per line under a
"Quantity / Amounts" header:

    Balance as of January 1, 2023 | 6,974 | $ 109,420
    Revenue recognized from Bitcoin mined | 6,626 | 188,996
    Proceeds from sale of Bitcoin | (6,185) | (176,219)
    Balance as of December 31, 2023 | 7,362 | $ 311,178

The first number after a row's label is its coin count; the dollar amounts (in thousands the
page rarely states) are values, never proceeds. Each "Balance as of <date>" closes one block
and opens the next. Only the latest block is the filing's own period (earlier blocks are
comparatives, decided case 1): its closing balance is the holding at that date; its mined and
sold coins are labelled only when the block spans a named period (a year, a quarter, a month:
`table_continuity.flow_period`, the one rule for both layouts); a 10-Q's January-September block
is year-to-date, not a named period.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from .date_forms import MONTH_DAY_YEAR, parse_date
from .model import BTC_HELD, BTC_PRODUCED, BTC_SALE_PROCEEDS, BTC_SOLD, Extracted
from .numbers import parse_decimal
from .table_continuity import flow_period

# The header: a line "Quantity" (or "Number of bitcoin") then a line "Amount(s)", matched at
# the start of the line holding one of its words (found by a plain substring search first).
_HEADER = re.compile(
    r"[ \t|]*(?:quantity|number\s+of\s+(?:bitcoins?|btc))[ \t|]*\n[ \t|]*amounts?[ \t|]*(?=\n|$)",
    re.IGNORECASE,
)
# (as printed: lowering a whole filing costs more than a few plain searches)
_HEADER_WORDS = ("Quantity", "QUANTITY", "quantity", "Number of", "NUMBER OF", "number of")
_BALANCE = re.compile(
    rf"^balance,?\s+(?:as\s+of|at)\s+(?P<date>{MONTH_DAY_YEAR})\b",
    re.IGNORECASE,
)
_MINED = re.compile(r"\b(?:mined|produced|mining\s+revenue)\b", re.IGNORECASE)
_SOLD = re.compile(r"\b(?:sale|sales|sold)\s+of\s+bitcoins?\b|\bbitcoins?\s+sold\b", re.I)
_NOT_SOLD = re.compile(r"\b(?:carrying|realized|gains?|loss(?:es)?|exchange)\b", re.IGNORECASE)
# A coin count, grouped ("6,974") or printed without separators ("6974"); never a bare year
# ("2023": the end of a label wrapped onto the next line, "Balance as of December 31,\n2023").
_QUANTITY = re.compile(
    r"^\(?(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?|(?!(?:19|20)\d\d\)?$)\d{4,15}(?:\.\d+)?)\)?$"
)
_DASH = frozenset({"—", "–", "-"})
_LABEL = re.compile(r"[A-Za-z]{3}")
_MOST_CHARS = 6000  # a note's roll-forward is a few dozen short lines; read no further
_BTC_METRICS = frozenset({BTC_HELD, BTC_PRODUCED, BTC_SOLD, BTC_SALE_PROCEEDS})


@dataclass(frozen=True, slots=True)
class QuantityRow:
    """A roll-forward row: its label, its coin count and its span in the text."""

    label: str
    quantity: Decimal | None  # None: a dash, or a dollar-only row ("Carrying value … $ 390,531")
    start: int
    end: int


def find(text: str) -> tuple[list[Extracted], tuple[int, int] | None]:
    """The roll-forward's figures and its span in `text` (empty, None when there is none)."""
    header = _header(text)
    if header is None:
        return [], None
    rows = _rows(text, header.end())
    if not rows:
        return [], None
    return _current_block(rows, text), (header.start(), rows[-1].end)


def _header(text: str) -> re.Match[str] | None:
    """The "Quantity / Amounts" header, tried only on the lines holding one of its words."""
    for word in _HEADER_WORDS:
        position = text.find(word)
        while position >= 0:
            header = _HEADER.match(text, text.rfind("\n", 0, position) + 1)
            if header is not None:
                return header
            position = text.find(word, position + len(word))
    return None


def _rows(text: str, offset: int) -> list[QuantityRow]:
    """Label lines, each with the first value line below it when that is a coin count."""
    lines = _lines(text, offset)
    rows: list[QuantityRow] = []
    for index, (start, line) in enumerate(lines):
        if not _LABEL.search(line) or line.startswith("|"):
            if rows and line.startswith("|"):
                break  # a footnote block ("|(a)") ends the table
            continue
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        if not following or _LABEL.search(following):
            if rows:
                break  # prose after the table
            continue
        quantity = None if following in _DASH else _count(following)
        rows.append(QuantityRow(line, quantity, start, lines[index + 1][0] + len(following)))
    return rows


def _lines(text: str, offset: int) -> list[tuple[int, str]]:
    found = []
    position = offset
    for raw in text[offset : offset + _MOST_CHARS].split("\n"):
        stripped = raw.strip()
        if stripped:
            found.append((position + raw.index(stripped), stripped))
        position += len(raw) + 1
    return found


def _count(cell: str) -> Decimal | None:
    match = _QUANTITY.match(cell)
    return None if match is None else parse_decimal(match["n"])


def _current_block(rows: list[QuantityRow], text: str) -> list[Extracted]:
    """The figures of the block that closes at the latest date."""
    dated = [
        (index, _date(row) if row.quantity is not None else None) for index, row in enumerate(rows)
    ]
    balances = [(index, day) for index, day in dated if day is not None]
    blocks = list(itertools.pairwise(balances))
    if not blocks:
        return []
    (open_at, opened), (close_at, closed) = max(blocks, key=lambda block: block[1][1])
    if closed <= opened or rows[close_at].quantity is None:
        return []  # (the latest close opens no block of its own: no roll-forward read)
    closing = rows[close_at]
    found = [quantity_figure(text, closing, BTC_HELD, closing.quantity, closed.isoformat())]
    period = flow_period(opened, closed, text)
    if period is None:
        return found
    for row in rows[open_at + 1 : close_at]:
        metric = _flow_metric(row.label)
        if metric is not None and row.quantity is not None:
            found.append(quantity_figure(text, row, metric, row.quantity, period))
    return found


def _date(row: QuantityRow) -> dt.date | None:
    match = _BALANCE.match(row.label)
    if match is None:
        return None
    return parse_date(match["date"])


def _flow_metric(label: str) -> str | None:
    if _NOT_SOLD.search(label):
        return None
    if _SOLD.search(label):
        return BTC_SOLD
    if _MINED.search(label) and re.search(r"\bbitcoins?\b", label, re.IGNORECASE):
        return BTC_PRODUCED
    return None


def quantity_figure(
    text: str, row: QuantityRow, metric: str, value: Decimal | None, period: str
) -> Extracted:
    """The BTC figure of a roll-forward row's quantity cell, the row as its evidence."""
    return Extracted(
        metric=metric,
        value=value,
        unit="BTC",
        currency=None,
        period=period,
        evidence=text[row.start : row.end],
        start=row.start,
        end=row.end,
        row_label=row.label,
        column_label="Quantity",
    )


def replaced(found: list[Extracted], text: str) -> list[Extracted]:
    """`found` with whatever the other readers took from the roll-forward's rows (its coin
    counts read as dollars) replaced by the roll-forward's own figures."""
    figures, span = find(text)
    return found if span is None else replaced_in_span(found, figures, span)


def replaced_in_span(
    found: list[Extracted], figures: list[Extracted], span: tuple[int, int]
) -> list[Extracted]:
    """`found` less its bitcoin figures inside a roll-forward's `span`, plus that roll-forward's
    own `figures` (shared by the roll-forward readers)."""
    kept = [
        item
        for item in found
        if item.metric not in _BTC_METRICS or not span[0] <= item.start < span[1]
    ]
    return [*kept, *figures]
