"""Rows of one flow over distinct periods are each that period's flow, not parts of a total.

Real case: holdout t-clsk-2023-09-walb-fy-close ("Bitcoin mined in September: 643", "CY2023
bitcoin mined: 5,372", "FY2023 ( October 1, 2022 , to September 30 , 2023) bitcoin mined:
6,903"): the month and the whole fiscal year are labelled, the calendar year-to-date row (no
whole period) is not. Variants: other row wordings and a quarter beside its month. Look-alikes:
rows by site with no period (parts, no total: none read), two rows naming the same month.
Expected sets follow the labelling convention (tests/extract/real/README.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

_LEAD = (
    "LAS VEGAS, Oct. 3, 2023 /PRNewswire/ -- CleanSpark Inc. (Nasdaq: CLSK) today released its "
    "unaudited bitcoin mining and operations update for the month ending September 30, 2023.\n\n"
)
_PUBLISHED = dt.date(2023, 10, 3)
Fact = tuple[str, Decimal | None, str | None]


def _produced(value: str, period: str) -> Fact:
    return ("btc_produced", Decimal(value), period)


CASES = [
    (
        "September Bitcoin Mining Update (unaudited)\n\nBitcoin mined in September: 643\n\n"
        "CY2023 bitcoin mined: 5,372\n\nFY2023 ( October 1, 2022 , to September 30 , 2023) "
        "bitcoin mined: 6,903\n\nTotal BTC sold in September: 80\n",
        {_produced("643", "2023-09"), _produced("6903", "2023")},
    ),
    (
        "Bitcoin mined in September: 643\n\nFY2023 bitcoin mined: 6,903\n\n"
        "Total BTC sold in September: 80\n",
        {_produced("643", "2023-09"), _produced("6903", "2023")},
    ),
    (
        "Bitcoin produced in September: 643\n\nBitcoin produced in Q3 2023: 1,850\n\n"
        "Total BTC sold in September: 80\n",
        {_produced("643", "2023-09"), _produced("1850", "2023-Q3")},
    ),
    # look-alikes: parts by site (no total row: none is the company's figure)
    (
        "Bitcoin mined at Dalton: 300\n\nBitcoin mined at Norcross: 343\n\n"
        "Total BTC sold in September: 80\n",
        set(),
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_rows_of_distinct_periods(body: str, expected: set[Fact]) -> None:
    found = extract_text(_LEAD + body, published=_PUBLISHED, entity="CLSK")
    assert {(i.metric, i.value, i.period) for i in found if i.metric == "btc_produced"} == expected
