"""A date's year right before a coin word is no coin count ("as of December 9, 2024\\nBitcoin
Holdings").

Real case: holdout t2-mara-2024-12-btc-yield-8k-summary (a tracker's summary of an 8-K:
"Period of Report: December 9, 2024\\nBitcoin Holdings as of December 9, 2024\\nTotal Bitcoin
Holdings: 40,435 BTC"), where "2024\\nBitcoin Holdings" was read as 2,024 BTC held. Variants:
a heading's day-month-year, a date in prose before "bitcoin holdings", a line ending with a
year. Look-alikes that are counts: "mined 2,024 BTC", "held 2024 BTC" (no date before it, the
unit on its line). Expected sets follow the labelling convention (tests/extract/real/README.md).
Published 10 April 2025, entity MARA.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 4, 10)
_TREASURY = {"btc_held", "btc_sold", "btc_produced"}


def _values(text: str) -> set[tuple[str, Decimal]]:
    found = extract_text(text, published=PUBLISHED, entity="MARA")
    return {(item.metric, item.value) for item in found if item.metric in _TREASURY}


_HELD = ("btc_held", Decimal("40435"))

CASES = [
    # the real passage (its holding's date is another matter: only the values are checked)
    (
        "MARA Holdings, Inc. - Form 8-K\nFiling Date: December 10, 2024\nPeriod of Report: "
        "December 9, 2024\nBitcoin Holdings as of December 9, 2024\nTotal Bitcoin Holdings: "
        "40,435 BTC\nBTC Yield Metrics\n",
        {_HELD},
    ),
    # variants: a day-month heading, a date in prose, a line ending with a year
    (
        "Treasury update, 31 March 2025\nBitcoin holdings stood at 1,200 BTC.\n",
        {("btc_held", Decimal("1200"))},
    ),
    ("As of December 9, 2024 bitcoin holdings were 40,435 BTC.\n", {_HELD}),
    ("Holdings report for Dec. 9th, 2024 BTC holdings: 40,435 BTC\n", {_HELD}),
    # look-alikes: counts that look like years
    ("In December the company mined 2,024 BTC.\n", {("btc_produced", Decimal("2024"))}),
    ("As of December 31, 2024, the company held 2024 BTC.\n", {("btc_held", Decimal("2024"))}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_date_year_not_coins(text: str, expected: set[tuple[str, Decimal]]) -> None:
    assert _values(text) == expected
