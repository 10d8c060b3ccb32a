"""The month's own production named as a part of a running total.

Class: a running total (year to date, since a start) is not labelled (README, "What is NOT
labelled"), but the part it names for one month or quarter is that period's production. The
real passages come first: dev c-lmfa-2024-07-update ("… over the seven months ending July 31,
with 4.6 Bitcoins added in the last month") and holdout j-wulf-2023-q2-self-mined-rewrite (of
the parts "508 BTC in Q1 and an additional 375 BTC in Q2" of a Q2 report, Q2's is the report's
own, Q1's a comparative). Look-alikes: a part of a year (not a month or quarter), clients'
coins, a sale, and a part no smaller than the total.

Published 12 August 2024 (a July update), entity LMFA, unless a case says otherwise. Expected
sets are read from the sentences by tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

AUGUST = dt.date(2024, 8, 12)
MINED = "btc_produced"
Facts = set[tuple[str, Decimal, str]]


def _mined(value: str, period: str) -> Facts:
    return {(MINED, Decimal(value), period)}


CASES = [
    (
        "The unaudited report shows that the company mined a net total of 135.1 Bitcoins over "
        "the seven months ending July 31, with 4.6 Bitcoins added in the last month.",
        _mined("4.6", "2024-07"),
    ),
    (
        "LM Funding mined 1,200 BTC year to date, including 150 BTC in July.",
        _mined("150", "2024-07"),
    ),
    (
        "LM Funding mined 1,200 BTC year to date, with 150 BTC in July alone.",
        _mined("150", "2024-07"),
    ),
    (
        "LM Funding has mined 3,000 BTC since inception, including 400 BTC during the second "
        "quarter.",
        _mined("400", "2024-Q2"),
    ),
    ("LM Funding mined 1,200 BTC year to date, including 150 BTC in 2023.", set()),
    (
        "LM Funding mined 1,200 BTC year to date, including 150 BTC for hosting clients in July.",
        set(),
    ),
    ("LM Funding mined 100 BTC year to date, including 150 BTC in July.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:50] for text, _ in CASES])
def test_running_total_parts(text: str, expected: Facts) -> None:
    found = extract_text(text, published=AUGUST, entity="LMFA")
    assert {(item.metric, item.value, item.period) for item in found if item.metric == MINED} == (
        expected
    )


def test_the_last_of_several_parts_is_the_reports_own() -> None:
    text = (
        "According to the company's recent filing with the US Securities and Exchange "
        "Commission, TeraWulf successfully mined 1,441 BTC in the first two quarters of the year, "
        "with 508 BTC in Q1 and an additional 375 BTC in Q2."
    )
    found = extract_text(text, published=dt.date(2023, 8, 15), entity="WULF")
    mined = {(item.value, item.period) for item in found if item.metric == MINED}
    assert (Decimal(375), "2023-Q2") in mined
    assert (Decimal(508), "2023-Q1") not in mined
