"""A zero sale told as the whole production kept, in words the readers did not know.

Class (README, "Zero stated in words"): "HODL'd all production" and its kin are btc_sold 0 for
the period. New wordings: the community verb with the coins' count ("HODLed all 450 BTC
produced in April"), the entire production with its size ("Riot's entire April production of
450 BTC was retained"), the production that "went to" the treasury with the miner named ("All
450 bitcoin Riot mined in April went to its treasury"). Look-alikes: a plan to hold, another
company, production spent elsewhere ("went to pay its power bills"), and a sentence that also
states a sale of the period (then the sale, not a zero, is the period's figure).

Published 6 May 2025, entity RIOT. Expected sets are read from the sentences by
tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 5, 6)
SOLD = "btc_sold"
ZERO = {(SOLD, Decimal(0), "2025-04")}
NONE: set[tuple[str, Decimal, str]] = set()

CASES = [
    ("Riot HODLed all 450 BTC produced in April.", ZERO),
    ("Riot HODL'd all 450 BTC it mined in April.", ZERO),
    ("Riot's entire April production of 450 BTC was retained.", ZERO),
    ("All 450 bitcoin Riot mined in April went to its treasury.", ZERO),
    ("All 450 bitcoin the company mined in April were sent to its reserves.", ZERO),
    ("Riot plans to HODL all bitcoin it mines in June.", NONE),
    ("Marathon HODLed all 850 BTC produced in April.", NONE),
    ("All 450 bitcoin Riot mined in April went to pay its power bills.", NONE),
    (
        "Riot HODLed all 450 BTC produced in April, then sold 200 BTC from its reserves.",
        {(SOLD, Decimal(200), "2025-04")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:50] for text, _ in CASES])
def test_zero_sale_words(text: str, expected: set[tuple[str, Decimal, str]]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="RIOT")
    assert {(item.metric, item.value, item.period) for item in found if item.metric == SOLD} == (
        expected
    )
