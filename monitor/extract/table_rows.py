"""Which metric a table row reports, from its label (and its value's unit).

Row labels are classified after dropping footnote markers; averages, prices, opening
balances, the network's, the sector's and clients' figures are not the company's quantities.
A row may also name its metric through its value's unit ("3,212 BTC"), a tile's headline, an
AI build-out caption, or a debt schedule's loan (`debt_schedule`).
"""

from __future__ import annotations

import functools
import re

from .ai import has_ai_context
from .debt_schedule import names_a_loan
from .folded import Folded
from .model import (
    AI_CAPEX,
    BTC_HELD,
    BTC_PRODUCED,
    BTC_SALE_PROCEEDS,
    BTC_SOLD,
    DEBT_TOTAL,
    INTEREST_EXPENSE,
)
from .sentences import Segment
from .skipping import skipping
from .table_cell_lines import termed_loan
from .table_layout import is_split_label, layout_of
from .table_model import Table
from .tiles import headline_subject, level_of

_I = re.IGNORECASE
_LABEL_FOOTNOTE = skipping(re.compile(r"\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+|(?<=[a-z])\d{1,2}\b"))
_BTC = Folded(r"\b(?:bitcoins?|btc|hodl)\b")
_NOT_A_QUANTITY = Folded(
    r"per\s+day|daily|average|avg|ytd|year[- ]to[- ]date|cumulative|price|value|revenue|cost|"
    r"hash|blocks?|rewards?|fees|%|pledged|loaned|restricted|equivalent|margin|efficiency|"
    r"\bwon\b|per\s+bitcoin|proceeds|\$|usd|added|additions?|increase|decrease|change|"
    r"purchased|acquired|received|customer|beginning|opening|"
    # "Realized gains on sale of bitcoin", "Loss on sale of digital assets": money, not coins
    r"\bgains?\b|\bloss(?:es)?\b|"
    # not the company's own: the whole network or sector, or coins mined for clients
    r"network|industry|sector|aggregate|combined|peers?|miners'|clients?|hosted|colocation"
)
# A flow's row labelled as a running total in words ("Yr thus far self-mined Bitcoin: 1,320",
# "BTC mined to date", "Bitcoin sold since inception"): not a whole period's figure, like "YTD"
# (a holding "to date" is its level now, so only flows are left out).
_RUNNING_TOTAL = Folded(
    r"\b(?:thus\s+far|so\s+far|to\s+date|since\s+(?:inception|launch)|lifetime|all[- ]time)\b"
)
_ROW_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # ("Bitcoin liquidated", "BTC disposed of": a filing's or rewrite's words for the sales)
    # ("Bitcoin Offered": a synonym-spun copy's row for "Bitcoin Sold", as in its prose)
    # (not "offered as collateral", "offered for sale": coins put up, not sold)
    (
        BTC_SOLD,
        re.compile(
            r"\b(?:sold|sales?|liquidated|disposed|disposals?|monetized|"
            r"offered(?!\s+(?:as|for|to|in)\b))\b",
            _I,
        ),
    ),
    # ("Bitcoin Inventory: 2,270 Bitcoin as of end of July": a call summary's word for the coins)
    (BTC_HELD, re.compile(r"\b(?:held|holdings?|hodl|balance|treasury|reserve|inventory)\b", _I)),
    (
        BTC_PRODUCED,
        # ("Total self-mining BTC": the coins the company's own fleet mined)
        re.compile(
            r"\b(?:produced|mined|self-mined|self[- ]mining|production|earned|generated)\b", _I
        ),
    ),
)
_PROCEEDS_LABEL = Folded(r"\bproceeds\b")
_PROCEEDS_EXCLUDE = Folded(r"average|per\s+bitcoin|price|ytd|year[- ]to[- ]date")
_CAPEX_LABEL = Folded(r"\b(?:capex|capital\s+expenditures?|capital\s+investment)\b")
_GPU_COST_LABEL = Folded(r"\bGPUs?\b[^|]{0,30}\b(?:cost|capex|purchase|spend)\b")
_DEBT_TOTAL_LABEL = Folded(
    r"^\s*total\s+(?:outstanding\s+|gross\s+|principal\s+)?(?:debt|borrowings|indebtedness|"
    r"loans\s+and\s+borrowings|notes\s+payable)\b"
    # "Debt outstanding", "Outstanding debt", "Borrowings": the whole label names the balance
    # (not "Debt service", "Debt to equity", "Long-term debt, net of current portion").
    r"|^\s*(?:outstanding\s+)?(?:debt|borrowings|indebtedness)(?:\s+outstanding)?(?:,?\s+net)?"
    r"\s*(?:\([^)]{0,20}\))?\s*\d?\s*$"
)
_INTEREST_LABEL = Folded(r"^\s*(?:total\s+)?interest\s+expenses?\b(?!.*\bincome\b)")
# "Interest expense on the 2029 Convertible Notes … was as follows (in thousands):": a schedule
# of one interest expense, whose "Total" row is it (its other rows are its parts)
_INTEREST_CAPTION = Folded(
    r"\binterest\s+expense\b[^.:]{0,160}\b(?:was|were|is|are|consisted|consists|comprised)\s+"
    r"(?:of\s+)?(?:as\s+follows|the\s+following)\b"
)
_TOTAL_LABEL = Folded(r"^\s*total\s*$")

BTC_METRICS = (BTC_SOLD, BTC_PRODUCED, BTC_HELD)


@functools.lru_cache(maxsize=512)
def row_metric(label: str) -> str | None:
    """Which metric a row label names, or None ("Average … per day", "Deployed hashrate")."""
    clean = _LABEL_FOOTNOTE.sub("", label).strip(" |")  # "| Total debt": a framed row's
    if _DEBT_TOTAL_LABEL.search(clean):
        return DEBT_TOTAL
    if _INTEREST_LABEL.search(clean):
        return INTEREST_EXPENSE
    if not _BTC.search(clean):
        return None
    if _PROCEEDS_LABEL.search(clean) and not _PROCEEDS_EXCLUDE.search(clean):
        return BTC_SALE_PROCEEDS
    if _NOT_A_QUANTITY.search(clean):
        return None
    for metric, pattern in _ROW_RULES:
        if pattern.search(clean):
            if metric != BTC_HELD and _RUNNING_TOTAL.search(clean):
                return None
            return metric
    return None


def metric_of(row: Segment, table: Table) -> str | None:
    metric = _metric_of(row, table)
    # a balance sheet's current and non-current rows of one debt are portions (case 28)
    if metric == DEBT_TOTAL and is_split_label(row.cells[0], layout_of(table).split):
        return None
    return metric


def split_portion(row: Segment, table: Table) -> bool:
    """Is the row a debt's current or non-current portion on a balance sheet (`metric_of`
    reads none there)?"""
    split = layout_of(table).split
    return is_split_label(row.cells[0], split) and _metric_of(row, table) == DEBT_TOTAL


def _metric_of(row: Segment, table: Table) -> str | None:
    return (
        row_metric(row.cells[0])
        or _counted_in_btc(row)
        or (_has_short_label(row) and _bitcoin_section_row(row, table))
        or _closing_bitcoin_row(row.cells[0], table)
        or _risen_to_row(row)
        or _ai_capex_row(row.cells[0], table.caption)
        or _interest_total_row(row.cells[0], table.caption)
        or _debt_instrument_row(row.cells[0], table)
        or _coded_loan_row(row, table)
        or _termed_loan_row(row, table)
    )


def _termed_loan_row(row: Segment, table: Table) -> str | None:
    """A lender-named loan of a one-cell-per-line debt schedule, told by its rate
    (`table_cell_lines`)."""
    return DEBT_TOTAL if termed_loan(row, f"{table.caption} {table.heading}") else None


# A loan named only by a code in its schedule ("A", "E - H", "J, K").
_CODE = re.compile(r"^[A-Z0-9](?:[\s\-–&,]*[A-Z0-9])?$")


def _coded_loan_row(row: Segment, table: Table) -> str | None:
    """A row coded "E - H" under a group row of one cell naming loans ("Equipment
    Financings"): one loan of that group."""
    if not _CODE.match(row.cells[0].strip()):
        return None
    index = layout_of(table).index(row)
    if index is None:
        return None
    group = layout_of(table).groups[index]
    return None if group is None else _debt_instrument_row(group.cells[0], table)


def _interest_total_row(label: str, caption: str) -> str | None:
    """The "Total" row of a table the caption introduces as an interest expense schedule."""
    if caption and _TOTAL_LABEL.search(label) and _INTEREST_CAPTION.search(caption):
        return INTEREST_EXPENSE
    return None


def _ai_capex_row(label: str, caption: str) -> str | None:
    """A capex row of an AI build-out table: AI words in the label or the table's caption;
    or the cost of GPUs/servers ("GPU & Equipment Cost")."""
    if _CAPEX_LABEL.search(label) and (has_ai_context(label) or has_ai_context(caption)):
        return AI_CAPEX
    if _GPU_COST_LABEL.search(label):
        return AI_CAPEX
    return None


# A roll-forward of the company's bitcoin counted in coins ("bitcoin activity (in units of
# bitcoin)", "number of bitcoin"): its closing row is the holding, its label names no coin.
_CLOSING_LABEL = Folded(
    r"^\s*(?:(?:closing|ending)\s+balance|balance,?\s+(?:at\s+)?end\s+of\s+(?:the\s+)?"
    r"(?:period|quarter|year|month)|balance\s+(?:at|as\s+of)\s+\w+)"
)
_COUNTED_IN_COINS = Folded(
    r"\b(?:bitcoin|btc)\b[^.]{0,80}\((?:in\s+)?(?:units\s+of\s+bitcoin|btc|bitcoin|"
    r"number\s+of\s+(?:bitcoin|btc))\)|\bnumber\s+of\s+(?:bitcoins?|btc)\b|"
    r"\bbitcoin\s+quantit(?:y|ies)\b"
)


def _closing_bitcoin_row(label: str, table: Table) -> str | None:
    if not _CLOSING_LABEL.search(label) or not _COUNTED_IN_COINS.search(table.caption):
        return None
    return BTC_HELD


_BTC_VALUE = Folded(r"^[\s|]*[\d,.]+\s*(?:btc|bitcoins?)\b")


def _counted_in_btc(row: Segment) -> str | None:
    """ "| Produced in July | 3,212 BTC |": the unit names what the label counts."""
    if len(row.cells) < 2:
        return None
    value = row.cells[1]
    # ("btc" and "bitcoin" both hold a "c", and only "c" and "C" lower to one: two `in` tests
    # answer the plain figures of a statement without lowering each cell)
    if ("c" not in value and "C" not in value) or _BTC_VALUE.search(value) is None:
        return None
    return row_metric(f"{row.cells[0]} BTC")


# A sub-row of a "Bitcoin" section names only the flow: "Bitcoin - Mined, net | - Sold |
# - Bitcoin HODL" (a flattened table keeps the section's word in its first row's label only).
_BARE_FLOW = Folded(
    r"^\s*(?:(?:total|net)\s+)?(?:sold|sales|mined|produced|held|holdings|hodl)(?:,?\s+net)?\s*$"
)
_OPENS_WITH_COIN = Folded(r"^\s*(?:bitcoins?|btc)\d?\s+\S")
_OPENS_SECTION = re.compile(r"\S\s[-–—]\s\S")
_SECTION_WORDS = 3
_BARE_FLOW_CHARS = 24  # a row between the section's first row and this one: a short label


def _has_short_label(row: Segment) -> bool:
    """(Asked first, inline: most labels are longer than a bare flow word.)"""
    return bool(row.cells) and len(row.cells[0]) <= _BARE_FLOW_CHARS


@functools.lru_cache(maxsize=256)
def _bare_flow(label: str) -> bool:
    return _BARE_FLOW.search(_LABEL_FOOTNOTE.sub("", label)) is not None


def _bitcoin_section_row(row: Segment, table: Table) -> str | None:
    """A bare flow label ("Sold") under a row that opens the bitcoin section ("Bitcoin2 Mined,
    net"), with only short labels between: the section's coins."""
    if not _bare_flow(row.cells[0]):
        return None
    index = layout_of(table).index(row)
    if index is None:
        return None
    for above in reversed(table.rows[:index]):
        label = _LABEL_FOOTNOTE.sub("", above.cells[0]) if above.cells else ""
        if _OPENS_WITH_COIN.search(label):
            return row_metric(f"Bitcoin {row.cells[0]}")
        if len(label.split()) > _SECTION_WORDS or _OPENS_SECTION.search(label):
            return None  # a long label, or another section ("Machines2 - Oklahoma")
    return None


def _risen_to_row(row: Segment) -> str | None:
    """The metric of a tile whose headline says how it changed and whose value line the
    level it reached ("TO 52,850 BTC")."""
    # (the value line first: "TO 52,850 BTC" is rare and anchored, a cheap test; the headline
    # scan over the label is left for the few rows that print a level)
    if len(row.cells) < 2 or level_of(row.cells[1]) is None:
        return None
    subject = headline_subject(row.cells[0])
    if subject is None:
        return None
    metric = row_metric(subject)
    return metric if metric in BTC_METRICS else None


def _debt_instrument_row(label: str, table: Table) -> str | None:
    """A named loan's balance in a debt schedule ("Senior Unsecured Notes … | 72,200")."""
    return DEBT_TOTAL if names_a_loan(label, f"{table.caption} {table.heading}") else None


def is_instrument(row: Segment, metric: str) -> bool:
    """One loan's row of a debt schedule (not its total). A dash there is a loan repaid or not
    yet drawn, not a balance the schedule states (a dash on the total row is a balance of
    none); its dates are its terms, the column dates its balance."""
    return metric == DEBT_TOTAL and row_metric(row.cells[0]) != DEBT_TOTAL
