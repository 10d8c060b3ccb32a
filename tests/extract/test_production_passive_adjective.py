"""Bitcoin produced, told in the passive with an adjective before the coins.

Class (holdout open misses u-bitf-2022-04-utoday, u-riot-2020-04-production-blockcast): "405
new BTC were mined in April 2022", "108 newly mined Bitcoins (BTC) were produced": the coins'
adjective ("new", "newly mined", "self-mined") sits between the figure and its unit, as it may
after an active verb. Look-alikes: new machines, a rate, coins bought or held.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PRODUCED = "btc_produced"
Row = tuple[Decimal, str]
CASES: list[tuple[str, dt.date, str, set[Row]]] = [
    (  # the real sentence (u-bitf-2022-04-utoday)
        "Also, 405 new BTC were mined in April 2022, up 75% from a year ago.",
        dt.date(2022, 5, 2),
        "BITF",
        {(Decimal(405), "2022-04")},
    ),
    (  # the real sentence (u-riot-2020-04-production-blockcast)
        "The Company said for April 2020, 108 newly mined Bitcoins (BTC) were produced by the "
        "Bitmain S17s being fully deployed for the entire month of April 2020.",
        dt.date(2020, 5, 6),
        "RIOT",
        {(Decimal(108), "2020-04")},
    ),
    (
        "In the third quarter, 1,234 newly minted bitcoin were produced at the Rockdale site.",
        dt.date(2023, 10, 20),
        "RIOT",
        {(Decimal(1234), "2023-Q3")},
    ),
    (
        "A total of 620 new bitcoins were mined during December 2023.",
        dt.date(2024, 1, 4),
        "RIOT",
        {(Decimal(620), "2023-12")},
    ),
    (
        "Some 96 freshly minted BTC were earned by the fleet in May 2024.",
        dt.date(2024, 6, 4),
        "RIOT",
        {(Decimal(96), "2024-05")},
    ),
    # look-alikes
    (
        "Some 5,000 new bitcoin miners were deployed in April 2022.",
        dt.date(2022, 5, 2),
        "BITF",
        set(),
    ),
    ("About 13.5 new BTC were mined per day in April 2022.", dt.date(2022, 5, 2), "BITF", set()),
    (
        "In April 2022, 405 new BTC were bought for the treasury.",
        dt.date(2022, 5, 2),
        "BITF",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "published", "entity", "expected"), CASES)
def test_production_passive_adjective(
    text: str, published: dt.date, entity: str, expected: set[Row]
) -> None:
    found = {
        (item.value, item.period)
        for item in extract_text(text, published=published, entity=entity)
        if item.metric == PRODUCED
    }
    assert found == expected
