"""A statement row of money made on bitcoin sales is no count of bitcoin sold.

"Realized gains on sale of bitcoin | 7,126" in a segment table (in thousands of dollars) names
bitcoin and a sale, but its figure is a gain, like a row of revenue or cost (README: revenue is
not labelled; a sale's gain is not its proceeds). The real table is u2-cifr-2025-fy-segment-
interest-expense (holdout u2); the variants are the same row in other statements' words, and
the rows that must still read as coins sold.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2026, 2, 24)
HEAD = "| Year Ended December 31, 2025 | ||||\n| Bitcoin Mining | Consolidated | |||\n"
CASES: list[tuple[str, set[tuple[str, Decimal]]]] = [
    ("| Realized gains on sale of bitcoin | 7,126 | ||||\n", set()),  # the real row
    ("| Realized gain on sale of bitcoin | 7,126 | ||||\n", set()),
    ("| Loss on sale of bitcoin | (1,204) | ||||\n", set()),
    ("| Net losses on sales of BTC | 1,204 | ||||\n", set()),
    # rows that still count coins sold
    ("| Bitcoin sold | 1,204 | ||||\n", {("btc_sold", Decimal(1204))}),
    ("| BTC sales | 1,204 | ||||\n", {("btc_sold", Decimal(1204))}),
]


@pytest.mark.parametrize(("row", "expected"), CASES)
def test_gain_on_sale_row(row: str, expected: set[tuple[str, Decimal]]) -> None:
    found = extract_text(HEAD + row, published=PUBLISHED, entity="CIFR")
    assert {(item.metric, item.value) for item in found if item.metric == "btc_sold"} == expected
