"""Continuity (roll-forward) tables of a filing's digital-currency note, read for their coins.

An IFRS or US GAAP note rolls the coins forward from one balance date to the next, a column of
dollars beside a column of coins ("Number of coins"):

    Digital assets, March 31, 2021      | 18,858,987 | 322
    Digital currency mined              | 109,289,154 | 2,368
    Digital currency sold               | (3,134,857) | (94)
    Digital currencies, March 31, 2022  | 117,669,390 | 2,596

The last two balance rows frame the report's own period (the earlier blocks are the prior
year's comparative, README "What is NOT labelled"): the coins mined and sold between them are
that period's flows, and the closing balance is the holding at its date. A year between the
two dates names the fiscal year by the year it ends in (README: "fiscal 2024" → 2024), a month
the month, three months between two quarter ends the quarter (a 10-Q's roll-forward; the
issuer's fiscal quarter when the document names it both ways); other spans are left alone. Only
the coin column is read: the dollar column is carrying value, not proceeds (decided case 4).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal

from .context import DocContext
from .date_forms import MONTH_DAY_YEAR, parse_date
from .evidence import observation
from .fiscal import fiscal_report
from .model import BTC_HELD, BTC_PRODUCED, BTC_SOLD, Extracted
from .numbers import parse_decimal
from .periods import Period
from .sentences import Segment
from .skipping import skipping

_I = re.IGNORECASE
# The coin column's header ("Number of coins", "Number of bitcoin", "Quantity of BTC").
_COIN_HEADER = re.compile(
    r"^(?:(?:number|quantity|no\.)\s+of\s+(?:coins|bitcoins?|BTC)|(?:bitcoins?|BTC)\s+\(?"
    r"(?:units|quantity|number)\)?)$",
    _I,
)
# A balance row: a holdings noun, then its date ("Digital assets, March 31, 2021", "Balance as
# of December 31, 2023").
_BALANCE = re.compile(
    r"^(?:[\w -]{0,30}\b)?(?:balance|assets|currenc(?:y|ies)|bitcoins?|holdings|inventory)\b"
    rf"(?:,|\s+as\s+(?:of|at)|\s+at)\s+(?P<date>{MONTH_DAY_YEAR}|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d)$",
    _I,
)
_MINED = skipping(re.compile(r"\b(?:mined|produced|earned|mining\s+rewards?)\b", _I))
_SOLD = skipping(re.compile(r"\b(?:sold|sales?|disposed|disposals?)\b", _I))
_FLOW_STOP = skipping(re.compile(r"\b(?:hosting|customers?|clients?|purchased|acquired)\b", _I))
_COIN_VALUE = re.compile(r"^\(?\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*\)?$")
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %B, %Y", "%d %b %Y")


def is_continuity(rows: list[Segment]) -> bool:
    """Does a row head a coin column, above two dated balance rows (then the table is read
    here, not by `tables`)?"""
    heads = [i for i, row in enumerate(rows) if row.cells and _COIN_HEADER.match(row.cells[-1])]
    if not heads:
        return False
    balances = (row for row in rows[heads[0] + 1 :] if row.cells and _BALANCE.match(row.cells[0]))
    return sum(1 for _ in balances) >= 2


def extract(rows: list[Segment], ctx: DocContext) -> list[Extracted]:
    """Figures of every continuity table among a table's `rows`."""
    found: list[Extracted] = []
    for index, row in enumerate(rows):
        if row.cells and _COIN_HEADER.match(row.cells[-1]):
            found.extend(_table(_merged(rows[index + 1 :], row.table, ctx.text), ctx))
    return found


def _merged(rows: list[Segment], table: int, text: str | None) -> list[Segment]:
    """The table's rows, a row cut at a value's closing bracket joined back ("Digital currency
    sold | (3,134,857" then ") | (94": the bracket closes the first value, the coins follow)."""
    merged: list[Segment] = []
    for row in rows:
        if row.table != table or not row.cells:
            break
        if row.cells[0] == ")" and merged and text is not None:
            last = merged[-1]
            cells = (*last.cells, *row.cells[1:])
            merged[-1] = Segment(text[last.start : row.end], last.start, row.end, cells)
        else:
            merged.append(row)
    return merged


def _table(rows: list[Segment], ctx: DocContext) -> Iterator[Extracted]:
    balances = [i for i, row in enumerate(rows) if _BALANCE.match(row.cells[0])]
    if len(balances) < 2:
        return
    first, last = balances[-2], balances[-1]
    opened, closed = _date(rows[first]), _date(rows[last])
    if opened is None or closed is None:
        return
    held = _coins(rows[last])
    if held is not None:
        yield observation(rows[last], BTC_HELD, held, "BTC", closed.isoformat())
    period = flow_period(opened, closed, ctx.text or "")
    if period is None:
        return
    for row in rows[first + 1 : last]:
        label = row.cells[0]
        if _FLOW_STOP.search(label):
            continue
        metric = BTC_PRODUCED if _MINED.search(label) else BTC_SOLD if _SOLD.search(label) else None
        coins = _coins(row)
        if metric is not None and coins is not None:
            yield observation(row, metric, coins, "BTC", period)


def _coins(row: Segment) -> Decimal | None:
    """The coin column: the row's last cell."""
    if len(row.cells) < 2:
        return None
    value = _COIN_VALUE.match(row.cells[-1].strip())
    return parse_decimal(value["n"]) if value else None


def _date(row: Segment) -> dt.date | None:
    found = _BALANCE.match(row.cells[0])
    if found is None:
        return None
    day = parse_date(found["date"])
    if day is not None:
        return day
    for layout in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(found["date"], layout).date()
        except ValueError:
            continue
    return None


def flow_period(opened: dt.date, closed: dt.date, text: str) -> str | None:
    """The period of the flows between two balances of a roll-forward: a year ending on
    `closed` (the fiscal year by its last year), a month, or a calendar quarter (a 10-Q's three
    months between two quarter ends: the issuer's fiscal quarter when the document names it
    both ways, as its report period is, `fiscal`); None for year-to-date and other spans. An
    opening balance on a month's first day ("Balance as of January 1, 2023") is the close of
    the day before. Shared with `note_rollforward`, the same table laid out one cell a line."""
    if opened.day == 1:
        opened -= dt.timedelta(days=1)
    months = (closed.year - opened.year) * 12 + closed.month - opened.month
    if months == 12:
        return str(closed.year)
    if months == 1:
        return f"{closed.year}-{closed.month:02d}"
    if months == 3 and closed.month % 3 == 0 and _month_end(opened) and _month_end(closed):
        quarter = fiscal_report(Period.of_quarter(closed.year, closed.month // 3), text)
        return quarter.label() if quarter is not None else None
    return None


def _month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1
