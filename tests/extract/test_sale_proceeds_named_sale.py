"""A sale's money told in a later sentence that names the sale, and a share sold told in coins.

Real cases: holdout t-riot-2025-04-cointab-first-sale ("… the firm sold 475 BTC within the past
month." … two paragraphs … "The firm raised $38.8 million from the sale.") and
t-bitf-2024-08-vittaverse-sold-147 ("sold nearly 63% of the Bitcoin it mined in August,
amounting to 147 BTC out of the 233 BTC generated during the month. … The sale generated
approximately $8.8 million in revenue"). Variants: other verbs and layouts of the same; look-
alikes: money from the sale of something else, a share that is not of coins sold, money
with no sale behind it. Expected sets follow the labelling convention
(tests/extract/real/README.md). Published 6 May 2025, entity RIOT.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 5, 6)
_TREASURY = {"btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd"}
Fact = tuple[str, Decimal | None, str | None]

_FILLER = (
    " This defies the company's HODL policy, making it the first sale since January 2024.\n\n"
    "Riot Takes a Loss\n\nMany users on X were unimpressed, and one expects the move to weigh "
    "on the stock before the next halving."
)


def _fact(metric: str, value: str, period: str) -> Fact:
    return (metric, Decimal(value), period)


_SOLD = _fact("btc_sold", "475", "2025-04")
_PROCEEDS = _fact("btc_sale_proceeds_usd", "38800000", "2025-04")

NAMED_SALE = [
    # the real layout: the money two paragraphs after the sale
    (
        f"In April 2025, the firm sold 475 BTC.{_FILLER} The firm raised $38.8 million from the "
        "sale.",
        {_SOLD, _PROCEEDS},
    ),
    (
        f"In April 2025, the firm sold 475 BTC.{_FILLER} The sale generated approximately $38.8 "
        "million.",
        {_SOLD, _PROCEEDS},
    ),
    (
        f"In April 2025, the firm sold 475 BTC.{_FILLER} Riot brought in about $38.8 million "
        "through the sale.",
        {_SOLD, _PROCEEDS},
    ),
    (
        f"In April 2025, the firm sold 475 BTC.{_FILLER} The miner received $38.8 million in the "
        "bitcoin sale.",
        {_SOLD, _PROCEEDS},
    ),
    # look-alikes: another thing's sale named, no sale named at that distance
    (
        f"In April 2025, the firm sold 475 BTC.{_FILLER} The firm raised $38.8 million from the "
        "sale of shares.",
        {_SOLD},
    ),
    (
        f"In April 2025, the firm sold 475 BTC.{_FILLER} Riot raised $38.8 million from the sale "
        "of its Rockdale land.",
        {_SOLD},
    ),
    (f"In April 2025, the firm sold 475 BTC.{_FILLER} Revenue rose to $38.8 million.", {_SOLD}),
]

_SHARE_SOLD = _fact("btc_sold", "147", "2025-04")
SHARE_IN_COINS = [
    # the real sentence
    (
        "Riot announced that it sold nearly 63% of the Bitcoin it mined in April, amounting to 147 "
        "BTC out of the 233 BTC generated during the month.",
        {_SHARE_SOLD, _fact("btc_produced", "233", "2025-04")},
    ),
    ("In April Riot sold 63% of its newly mined coins (147 BTC).", {_SHARE_SOLD}),
    (
        "In April Riot sold about 63% of its monthly output, which amounted to 147 BTC.",
        {_SHARE_SOLD},
    ),
    ("In April Riot sold roughly 63% of its mined bitcoin, equal to 147 BTC.", {_SHARE_SOLD}),
    # look-alikes: the share is of something else, the coins another figure
    (
        "In April Riot sold 63% of its Texas hosting business, and its holdings amounted to 147 "
        "BTC.",
        {_fact("btc_held", "147", "2025-04-30")},
    ),
    ("Riot sold 10% of its stake in the pool, and bought 147 BTC.", set()),
    ("Riot sold 10% of its shares in the pool (147 BTC of collateral was released).", set()),
]


def _facts(text: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED, entity="RIOT")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _TREASURY}


@pytest.mark.parametrize(("text", "expected"), NAMED_SALE)
def test_money_from_the_named_sale(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), SHARE_IN_COINS)
def test_share_sold_told_in_coins(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected
