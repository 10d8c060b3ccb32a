"""Money cells: the scale and currency a table's amounts are printed in.

A money row needs a currency: from the cell, the label or caption ("($ in millions)",
"US$'000", "$000s"), or the one currency the statement prints on its first and total rows;
a caption that states only the scale ("(in thousands)") prints amounts in the document's
dollar when the document writes its amounts with "$". A "Label: value" line keeps the sign and
scale its line prints even when its cell lost them: "Net proceeds from Bitcoin sales: $176.2
million" is 176,200,000 USD of proceeds, and "Cash and Bitcoin Holdings: $2.5 million in cash"
is money, not 2.5 coins.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .evidence import observation
from .folded import Folded
from .model import BTC_SALE_PROCEEDS, DEBT_TOTAL, Extracted
from .numbers import CellValue, Money, currency_code, find_money, parse_cell, parse_decimal, tidy
from .sentences import Segment
from .share_scale import for_shares
from .skipping import skipping
from .table_model import MONEY_METRICS, TOTAL_ROW, Table
from .table_statement_scale import in_thousands

_I = re.IGNORECASE
# Alternatives that open differently: `skipping` spares the engine trying every position.
_SCALE = skipping(re.compile(
    r"(?P<cur>US\$|U\.S\.\s?\$|\$|RMB|C\$|USD)?\s*(?:in\s+)?(?P<scale>thousands|millions|billions)"
    r"(?:\s+of\s+(?P<cur2>U\.S\.\s+dollars|US\s+dollars|USD|RMB|Renminbi|Canadian\s+dollars|"
    r"dollars))?|(?P<cur3>US\$|C\$|\$|RMB)\s?['’]?000(?:['’]?s)?\b"
    # a unit cell "US$ million", "$ thousand": the currency printed with a singular scale
    r"|(?P<cur4>US\$|C\$|\$|USD|CAD)\s?(?P<one>thousand|million|billion)(?![\w])",
    _I,
))  # fmt: skip
# "(in thousands)", "amounts in millions": a units line that states the scale, not prose
# ("thousands of miners"); its currency is the document's dollar.
_SCALE_ONLY = skipping(
    re.compile(r"\bin\s+(?:thousands|millions|billions)\b(?!\s+of\s+(?!dollars))", _I)
)
_SCALES = {"thousands": Decimal(1_000), "millions": Decimal(1_000_000),
           "billions": Decimal(1_000_000_000)}  # fmt: skip


def valued(
    table: Table,
    row: Segment,
    metric: str,
    cell: CellValue,
    label: str | None,
    evidence: Segment,
    header: str | None,
    dollar: str | None = None,
) -> Extracted | None:
    """The row's observation; `dollar` is what a plain "$" means in the document (None when
    the document prints no "$"), the currency of a table whose units line gives only a scale."""
    if metric not in MONEY_METRICS:
        if _in_money(table, row):
            return None  # "Bitcoin mined | 123,400" in a table "(in thousands)": dollars
        if cell.currency is not None or _printed_as_money(row.text, cell.value):
            return None  # "Cash and Bitcoin Holdings: $2.5 million in cash …": money, no coins
        return observation(evidence, metric, cell.value, "BTC", label)
    context = f"{table.caption} {table.heading} {row.text}"
    scale, currency = _money_scale(row.cells[0] + " " + (header or ""), context)
    currency = cell.currency or currency or (None if cell.dash else _column_currency(table, row))
    if currency is None and dollar is not None and _SCALE_ONLY.search(context):
        currency = dollar
    if currency is None and metric == DEBT_TOTAL and not cell.dash:
        currency = _caption_currency(row.cells[0], dollar) or _captions_total(table, row, dollar)
    if currency is None and dollar is not None and in_thousands(table):
        currency, scale = dollar, Decimal(1_000)  # a mirrored statement that lost "(in thousands)"
    if currency is None and metric == BTC_SALE_PROCEEDS and not cell.scaled:
        printed = _printed_money(row.text, cell.value)  # "Net proceeds …: $176.2 million"
        if printed is not None:
            code = dollar if printed.bare_dollar and dollar else printed.currency
            return observation(evidence, metric, printed.amount, code, label, currency=code)
    if currency is None:
        return None  # a money row with no currency anywhere: we will not guess USD
    if currency == "USD" and dollar not in (None, "USD") and not _names_us_dollars(table, row):
        currency = dollar  # a plain "$" in a document "(In Canadian dollars)"
    value = tidy(abs(cell.value) * (Decimal(1) if cell.scaled else scale))
    return observation(evidence, metric, value, currency, label, currency=currency)


# A loan's row captioned by its original amount ("$499,520 loan", "US$20.0 million facility"):
# a schedule whose cells lost their "$" prints each balance in the caption's currency.
_CAPTION_AMOUNT = re.compile(r"^\s*(?P<cur>US\$|C\$|A\$|\$)\s?\d")


def _caption_currency(label: str, dollar: str | None) -> str | None:
    """The currency a loan's caption prints its amount in (a bare "$" is the document's)."""
    opened = _CAPTION_AMOUNT.match(label) if "$" in label else None
    if opened is None:
        return None
    return dollar if opened["cur"] == "$" else currency_code(opened["cur"])


# (The schedule's total row, `TOTAL_ROW`, has no caption amount of its own.)
_MIN_CAPTIONED = 2


def _captions_total(table: Table, row: Segment, dollar: str | None) -> str | None:
    """The currency of a schedule's total row under loans captioned by their amounts ("$499,520
    loan …" rows, then "Total notes payable 101,901,172 113,669,199"): the one currency its
    captions print, when at least two do and none prints another."""
    if not TOTAL_ROW.match(row.cells[0]):
        return None
    codes = {
        _caption_currency(other.cells[0], dollar)
        for other in table.rows
        if other is not row and other.cells and "$" in other.cells[0]
    }
    captioned = sum(1 for other in table.rows if _CAPTION_AMOUNT.match(other.cells[0]))
    codes.discard(None)
    return codes.pop() if len(codes) == 1 and captioned >= _MIN_CAPTIONED else None


# The U.S. dollar named as such, not a plain "$": "US$", "U.S. $", "USD", "U.S. dollars".
_US_DOLLAR = re.compile(r"U\.?S\.?\s?\$|\bUSD\b|\bU\.?S\.?\s+dollars", _I)


def _names_us_dollars(table: Table, row: Segment) -> bool:
    """Does the table name the U.S. dollar (so its "$" is not the document's own dollar)?
    (Asked only of a document whose plain "$" is another dollar.)"""
    if _US_DOLLAR.search(f"{table.caption} {table.heading} {row.text}"):
        return True
    if table.rows_name_us_dollar is None:  # once per table: it is asked of every valued cell
        table.rows_name_us_dollar = any(_US_DOLLAR.search(other.text) for other in table.rows)
    return table.rows_name_us_dollar


# A number printed after a currency sign on the row ("$2.5 million"): the row's line may lose
# the sign when it is cut into cells.
_MONEY_NUMBER = re.compile(r"(?:US|C|A)?\$\s?(\d[\d,]*(?:\.\d+)?)")


def _printed_money(text: str, value: Decimal) -> Money | None:
    """The amount a "Label: value" line prints for its cell's `value` with its sign and scale
    ("$176.2 million"), which the line lost when it was cut into cells."""
    if "$" not in text:
        return None
    for found in _MONEY_NUMBER.finditer(text):
        if parse_decimal(found[1]) == value:
            at = found.start(1)
            return next(
                (money for money in find_money(text) if money.start <= at < money.end), None
            )
    return None


def _printed_as_money(text: str, value: Decimal) -> bool:
    """Is the coin cell's `value` printed as money on its row (`text`)?"""
    if "$" not in text:
        return False
    return any(parse_decimal(found[1]) == value for found in _MONEY_NUMBER.finditer(text))


# "(in thousands, except bitcoin amounts)": the coin rows of the table are counts.
_EXCEPT_COINS = Folded(
    r"\bexcept\b[^)]{0,80}\b(?:bitcoins?|btc|coins?|quantit|operating|metrics?|units?|"
    r"hash)"
)
# A row that says it counts coins: "Bitcoin mined (BTC)", "Number of bitcoin held".
_COUNT_LABEL = Folded(
    r"\((?:in\s+)?(?:btc|bitcoins?|#|units?)\)|\bnumber\s+of\b|\bquantit|\bunits\b"
)


# A table about the coins themselves: "Bitcoin rollforward", "digital assets activity".
_COIN_SUBJECT = Folded(r"\b(?:bitcoins?|btc|digital\s+(?:assets?|currenc(?:y|ies)))\b")


# Faster than _SCALE; `skipping`: its words open differently.
_UNITS_WORD = skipping(re.compile(r"thousands|millions|billions|['’]000|\$000", _I))
_SCALE_WORDS = (
    "thousand",
    "million",
    "billion",
    "000",
    "THOUSAND",
    "MILLION",
    "Thousand",
    "Million",
)


def _in_money(table: Table, row: Segment) -> bool:
    """A coin row of a table about bitcoin whose amounts are in dollars ("Bitcoin
    rollforward (in thousands)"): the figure is the coins' value, not their count. (A KPI
    table "($ in thousands)" mixing coin counts with money rows keeps its counts.)"""
    caption = table.caption
    if not any(word in caption for word in _SCALE_WORDS):
        return False  # cheap gate: no units line
    scale = _UNITS_WORD.search(caption)
    if scale is None or _EXCEPT_COINS.search(caption):
        return False
    if not _COIN_SUBJECT.search(caption, max(0, scale.start() - 80), scale.start()):
        return False
    return _COUNT_LABEL.search(row.cells[0]) is None


def _column_currency(table: Table, row: Segment) -> str | None:
    """Financial statements print "$" on a column's first and total rows only: the other
    rows' amounts are in that currency (only one currency may be printed in the table)."""
    if row.table < 0:
        return None  # rows of separate lines: no proof they are one statement
    printed = {
        cell.currency
        for other in table.rows
        for cell in map(parse_cell, other.cells[1:])
        if cell is not None and cell.currency is not None
    }
    return printed.pop() if len(printed) == 1 else None


def _money_scale(label: str, context: str) -> tuple[Decimal, str | None]:
    """Scale and currency from the label ("($ in millions)") or else the caption."""
    for text in (label, context):
        match = next(
            (
                m
                for m in _SCALE.finditer(text)
                if not (m["scale"] and for_shares(text, m.start("scale")))
            ),
            None,
        )  # ("shares in Millions, $ in Thousands": the money's clause is the "$" one)
        if match is None:
            continue
        marker = match["cur"] or match["cur2"] or match["cur3"] or match["cur4"]
        word = match["scale"] or (f"{match['one']}s" if match["one"] else "thousands")
        scale = _SCALES.get(word.lower(), Decimal(1))
        return scale, _currency_from_words(marker) if marker else None
    return Decimal(1), None


def _currency_from_words(marker: str) -> str:
    words = marker.lower()
    if "rmb" in words or "renminbi" in words:
        return "RMB"
    if "canadian" in words:
        return "CAD"
    if "dollars" in words:
        return "USD"
    return currency_code(marker)
