"""A bitcoin sale's money: a per-coin price told with "each", and a period named after the money.

Classes (holdout first-run misses, news rewrites of a miner's monthly update):
- A price per coin told as "for about $23,000 each" before the sale's total ("sold 7,202
  coins for about $23,000 each, earning nearly $167 million"): the price is no proceeds, the
  total after it is (README decided case 4).
- The sale's month named after its price and proceeds ("sold 7,202 bitcoins at an average
  price of roughly $23,000, for total proceeds of approximately $167 million in June"): the
  month dates the sale and its proceeds (README, Periods), not the publication month.
Each group: variants in other wordings, and look-alikes that must not change. Expected sets are
read from the sentences by tests/extract/real/README.md. Published 6 July 2022, entity CORZ.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

SOLD, PROCEEDS = "btc_sold", "btc_sale_proceeds_usd"
PUBLISHED = dt.date(2022, 7, 6)
Row = tuple[str, Decimal, str]


def _sales(text: str) -> set[Row]:
    found = extract_text(text, published=PUBLISHED, entity="CORZ")
    return {
        (item.metric, item.value, item.period) for item in found if item.metric in (SOLD, PROCEEDS)
    }


_JUNE_SALE = (SOLD, Decimal(7202), "2022-06")
_JUNE_MONEY = (PROCEEDS, Decimal(167_000_000), "2022-06")

EACH_CASES: list[tuple[str, set[Row]]] = [
    (
        "The miner offloaded most of its stack in June. It sold 7,202 coins for about $23,000 "
        "each, earning nearly $167 million.",
        {_JUNE_SALE, _JUNE_MONEY},
    ),
    (
        "In June the company sold 7,202 BTC for roughly $23,000 apiece, raising about $167 "
        "million.",
        {_JUNE_SALE, _JUNE_MONEY},
    ),
    (
        "In June the company sold 7,202 BTC at $23,000 each, bringing in $167 million in total.",
        {_JUNE_SALE, _JUNE_MONEY},
    ),
    # look-alikes: only a price per coin, no total told
    ("In June the company sold 7,202 BTC for about $23,000 each.", {_JUNE_SALE}),
    ("In June the company sold 7,202 BTC for about $23,000 apiece.", {_JUNE_SALE}),
]

# (the real layout: a lead that names the month only as "last month", then a comment)
_LEAD = (
    "Core Scientific sold almost all of its bitcoin holdings last month.\n"
    "Why it matters: miners enjoy fat margins, but some have started selling their stockpiles.\n"
)

PERIOD_AFTER_CASES: list[tuple[str, set[Row]]] = [
    (
        _LEAD
        + "Driving the news: The mining firm sold 7,202 bitcoins at an average price of roughly "
        "$23,000, for total proceeds of approximately $167 million in June, according to the "
        "company.",
        {_JUNE_SALE, _JUNE_MONEY},
    ),
    (
        _LEAD + "The miner sold 7,202 BTC at $23,000 a coin, or about $167 million, in June.",
        {_JUNE_SALE, _JUNE_MONEY},
    ),
    (
        _LEAD
        + "Core Scientific sold 7,202 BTC at an average of $23,000 per coin for net proceeds of "
        "about $167 million during June.",
        {_JUNE_SALE, _JUNE_MONEY},
    ),
    # look-alike: the sale's own month comes first; a later month is another thing's
    (
        _LEAD + "In May the miner sold 7,202 BTC at an average price of $23,000, for total "
        "proceeds of $167 million, its best month since January.",
        {(SOLD, Decimal(7202), "2022-05"), (PROCEEDS, Decimal(167_000_000), "2022-05")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EACH_CASES)
def test_price_each_is_no_proceeds(text: str, expected: set[Row]) -> None:
    assert _sales(text) == expected


@pytest.mark.parametrize(("text", "expected"), PERIOD_AFTER_CASES)
def test_period_after_the_sale_money(text: str, expected: set[Row]) -> None:
    assert _sales(text) == expected


# --- a sale done "over the weekend", told after a background sentence about the past year ---
# (y2 holdout shape: the year-end reserve named first, then the sale of the news; published
# Monday 9 February 2026: the weekend is 7-8 February)
WEEKEND = dt.date(2026, 2, 9)
_BACKGROUND = (
    "During 2025, the miner built up reserves that exceeded 7,500 BTC at the end of the year.\n"
)
WEEKEND_CASES: list[tuple[str, set[Row]]] = [
    (
        _BACKGROUND + "In this context the board approved the sale of 4,451 BTC, executed over "
        "the weekend and settled in USDT, generating around $305 million net.",
        {(SOLD, Decimal(4451), "2026-02"), (PROCEEDS, Decimal(305_000_000), "2026-02")},
    ),
    (
        _BACKGROUND + "The miner sold 4,451 BTC this weekend for about $305 million.",
        {(SOLD, Decimal(4451), "2026-02"), (PROCEEDS, Decimal(305_000_000), "2026-02")},
    ),
    # look-alike: a sale with its own month keeps it
    (
        _BACKGROUND + "The miner sold 4,451 BTC in January for about $305 million, it said over "
        "the weekend.",
        {(SOLD, Decimal(4451), "2026-01"), (PROCEEDS, Decimal(305_000_000), "2026-01")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEEKEND_CASES)
def test_sale_over_the_weekend(text: str, expected: set[Row]) -> None:
    found = extract_text(text, published=WEEKEND, entity="CANG")
    assert {
        (item.metric, item.value, item.period) for item in found if item.metric in (SOLD, PROCEEDS)
    } == expected


# --- the company's revenue in a clause beside the sale is no proceeds -------------------------
# (z2 holdout shape: "Core Scientific said on Monday it sold 2,285 bitcoins at an average price
# of $19,639, as revenue totaled about $45 million": the month's revenue, not what the sale
# brought; proceeds would be the reader's arithmetic, decided case 9)
REVENUE_CASES: list[tuple[str, set[Row]]] = [
    (
        "Core Scientific said on Monday it sold 2,285 bitcoins at an average price of $19,639, "
        "as revenue totaled about $45 million.",
        {(SOLD, Decimal(2285), "2022-07")},
    ),
    (
        "In June the miner sold 2,285 BTC, while its revenue reached $45 million.",
        {(SOLD, Decimal(2285), "2022-06")},
    ),
    # kept: the sale's own money, a rewrite's "revenue" for it
    (
        "In June the miner sold 2,285 BTC, earning a revenue of $45 million.",
        {(SOLD, Decimal(2285), "2022-06"), (PROCEEDS, Decimal(45_000_000), "2022-06")},
    ),
    (
        "In June the miner sold 2,285 BTC for a total of $45 million.",
        {(SOLD, Decimal(2285), "2022-06"), (PROCEEDS, Decimal(45_000_000), "2022-06")},
    ),
    # the revenue named the sale's own ("from the sale"): proceeds
    (
        "The miner sold 500 BTC in June, with revenue totaling $30 million from the sale.",
        {(SOLD, Decimal(500), "2022-06"), (PROCEEDS, Decimal(30_000_000), "2022-06")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REVENUE_CASES)
def test_revenue_beside_the_sale(text: str, expected: set[Row]) -> None:
    assert _sales(text) == expected
