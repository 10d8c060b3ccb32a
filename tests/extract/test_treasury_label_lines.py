"""A monthly update's "label – value" lines and row labels in other words.

Class (README, decided cases 21 and 25): a highlights line that names the figure in its label
gives the figure; a holding so stated is dated the last day of the month the update reports.
New layouts: a dashed label whose unit is in the label ("- BTC mined – 450"), the same as a
colon's, and row labels that name the sales by another verb ("Bitcoin liquidated: 300").
Look-alikes: a dashed line whose figure is a percentage, money, a hash rate or a year.

The update reports April 2025 (its title); published 6 May 2025, entity RIOT. Expected sets
are read from the lines by tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 5, 6)
TITLE = "Riot Platforms Reports April 2025 Production and Operations Updates\n\n"
Facts = set[tuple[str, Decimal, str]]
_BTC = {"btc_produced", "btc_sold", "btc_held", "btc_sale_proceeds_usd"}

APRIL = {
    ("btc_produced", Decimal(450), "2025-04"),
    ("btc_sold", Decimal(300), "2025-04"),
    ("btc_held", Decimal(19211), "2025-04-30"),
}

CASES = [
    ("- BTC mined – 450\n- BTC sold – 300\n- BTC holdings – 19,211\n", APRIL),
    (
        "- BTC mined – 450 (down 5% from March)\n- BTC sold – 300, for $25.1 million\n"
        "- Bitcoin hashrate – 31.5 EH/s\n- BTC holdings – 19,211\n",
        APRIL | {("btc_sale_proceeds_usd", Decimal(25100000), "2025-04")},
    ),
    (
        "• Bitcoin produced — 450 BTC\n• Bitcoin sold — 300 BTC\n• Bitcoin held — 19,211 BTC\n",
        APRIL,
    ),
    ("Self-mined bitcoin: 450\nBitcoin liquidated: 300\nBitcoin treasury: 19,211\n", APRIL),
    ("- BTC mined – 45%\n- BTC sold – $25.1 million\n- BTC holdings – 2025 target\n", set()),
]


@pytest.mark.parametrize(("lines", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_label_lines(lines: str, expected: Facts) -> None:
    found = extract_text(TITLE + lines, published=PUBLISHED, entity="RIOT")
    assert {(item.metric, item.value, item.period) for item in found if item.metric in _BTC} == (
        expected
    )
