"""An interim balance sheet laid out as text, in Canadian dollars, with a comparative column.

The header prints the month and day of both columns on one line and their years under them
("September 30,   December 31," / "2021   2020"); rows point to notes ("Digital assets (Note
5)"); the loans are printed under current and non-current liabilities. Written for these tests
in that shape (the class of tests/extract/real/holdout af1-hut-2020-q3-restated-balance-sheet,
not its text). Expected values by the labelling convention (tests/extract/real/README.md): a
debt's current and non-current rows are portions (decided case 28), but where the other
portion is a dash at the date, the one amount is the whole balance; the statement's plain "$"
is the dollar it says it is in (never converted); "(Note 5)" names no loan; the comparative
column is not read.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None, str | None]

_HEAD = (
    "NORTHERN HASH CORP.\n\n(In Canadian dollars)\n\nCondensed Interim Statements of "
    "Financial Position\n\n   June 30,   December 31,\n   2021   2020\nAssets\nCurrent assets\n"
    "Cash  $1,104,220   $3,870,015\nDigital assets (Note 5)   8,402,117    6,915,330\n"
    "    9,506,337    10,785,345\nNon-current assets\nMining equipment (Note 6)   18,220,400"
    "    21,004,118\nTotal assets  $27,726,737   $31,789,463\nLiabilities and shareholders’ "
    "equity\nCurrent liabilities\nAccounts payable and accrued liabilities  $2,310,552   "
    "$1,877,004\n"
)
_EQUITY = (
    "Shareholders’ equity\nShare capital (Note 9)   64,300,120    61,870,455\nWarrants (Note 9)"
    "   1,204,330    988,010\n"
)


def _debt(text: str) -> set[Fact]:
    found = extract_text(text, published=dt.date(2021, 8, 16), entity="MINER")
    return {
        (item.metric, item.value, item.unit, item.period)
        for item in found
        if item.metric == "debt_total_usd"
    }


SHEETS = [
    pytest.param(
        _HEAD + "Loans payable (Note 8)   12,450,000    4,100,000\n    14,760,552    5,977,004\n"
        "Non-current liabilities\nLoans payable (Note 8)   -    9,300,000\n" + _EQUITY,
        {("debt_total_usd", Decimal("12450000"), "CAD", "2021-06-30")},
        id="current-portion-beside-a-dash-is-the-whole-loan",
    ),
    pytest.param(
        _HEAD + "Loans payable (Note 8)   -    4,100,000\n    2,310,552    5,977,004\n"
        "Non-current liabilities\nLoans payable (Note 8)   7,800,000    9,300,000\n" + _EQUITY,
        {("debt_total_usd", Decimal("7800000"), "CAD", "2021-06-30")},
        id="non-current-portion-beside-a-dash",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHEETS)
def test_sole_portion_is_the_balance(text: str, expected: set[Fact]) -> None:
    assert _debt(text) == expected


LOOK_ALIKES = [
    pytest.param(
        # both portions hold an amount at the date: two portions, no stated balance
        _HEAD + "Loans payable (Note 8)   3,450,000    4,100,000\n    5,760,552    5,977,004\n"
        "Non-current liabilities\nLoans payable (Note 8)   9,000,000    9,300,000\n" + _EQUITY,
        id="both-portions-hold-amounts",
    ),
    pytest.param(
        # no loans at all: rows that point to notes are no notes payable
        _HEAD + "    2,310,552    1,877,004\n" + _EQUITY,
        id="note-references-are-no-loans",
    ),
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_no_balance_read(text: str) -> None:
    assert _debt(text) == set()
