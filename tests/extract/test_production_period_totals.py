"""A whole period's production stated after the month's, with its period after the figure.

Class: a monthly update that closes a quarter or a year also gives that whole period's total,
the figure first and its period after it ("… for a Total of 5,621 Bitcoin Year-to-Date and
1,115 in the Third Quarter"). The total is labelled with the quarter or year (README: a whole
named period); a year-to-date, since-inception or earlier period's total is not, nor is a
quarter the reported month does not close (a running total).

The first case is the real passage (dev b-corz-2024-09-production-1); the others are written
the way other companies put the same fact, and the look-alikes that must not match. Expected
sets are read from the sentences by tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

OCTOBER = dt.date(2024, 10, 3)  # a September 2024 update
MINED = "btc_produced"

Facts = set[tuple[str, Decimal, str]]


def _produced(text: str, published: dt.date = OCTOBER, entity: str = "CORZ") -> Facts:
    found = extract_text(text, published=published, entity=entity)
    return {(item.metric, item.value, item.period) for item in found if item.metric == MINED}


def _mined(*pairs: tuple[str, str]) -> Facts:
    return {(MINED, Decimal(value), period) for value, period in pairs}


SEPTEMBER_AND_Q3 = _mined(("345", "2024-09"), ("1115", "2024-Q3"))
SEPTEMBER_ONLY = _mined(("345", "2024-09"))

CASES = [
    # the real headline (Core Scientific, September 2024 update)
    (
        "Earned 345 Self-Mined Bitcoin in September for a Total of 5,621 Bitcoin Year-to-Date "
        "and 1,115 in the Third Quarter",
        SEPTEMBER_AND_Q3,
    ),
    ("Core Scientific mined 345 BTC in September, for a total of 1,115 BTC in the third quarter.",
     SEPTEMBER_AND_Q3),
    ("Core Scientific mined 345 BTC in September, totaling 1,115 BTC for Q3 2024.",
     SEPTEMBER_AND_Q3),
    (
        "Core Scientific produced 345 bitcoin during September, for a quarterly total of 1,115 "
        "bitcoin over the third quarter of 2024.",
        SEPTEMBER_AND_Q3,
    ),
    # a year closed by December
    (
        "The company mined 700 bitcoin in December, totaling 7,000 bitcoin for the full year 2023.",
        _mined(("700", "2023-12"), ("7000", "2023")),
        dt.date(2024, 1, 3),
    ),
    # hard negatives: a year the month does not close (year-to-date), an earlier year's quarter,
    # a since-inception or year-to-date total
    ("Core Scientific mined 345 BTC in September, for a total of 4,100 BTC in 2024.",
     SEPTEMBER_ONLY),
    (
        "Core Scientific mined 345 BTC in September, for a total of 1,015 BTC in the third "
        "quarter of 2023.",
        SEPTEMBER_ONLY,
    ),
    ("Core Scientific mined 345 BTC in September, for a total of 5,621 BTC since inception.",
     SEPTEMBER_ONLY),
    ("Core Scientific mined 345 BTC in September, for a total of 5,621 BTC in the year to date.",
     SEPTEMBER_ONLY),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[case[0][:50] for case in CASES])
def test_period_total_after_its_figure(case: tuple) -> None:
    text, expected, *published = case
    assert _produced(text, *published) == expected
