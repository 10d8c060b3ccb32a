"""A year's production told as the running total the year's last month brought it to, the year
a bare modifier of the total ("bringing its total 2023 production to 6,626 Bitcoin").

The real passage (s2-riot-2023-12-ikablog-year-sold-proceeds, a December 2023 update): the month
closes the year, so the total is the whole year's production, labelled for 2023 (README: a whole
fiscal year stated as such is labelled with the year); the same words in a month that does not
close the year are a year-to-date total, not labelled (What is NOT labelled).

Expected facts follow tests/extract/real/README.md, never the extractor's output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal, str | None]


def _mined(qty: str, period: str) -> Fact:
    return ("btc_produced", Decimal(qty), period)


CASES: list[tuple[str, dt.date, set[Fact]]] = [
    (
        "The company mined 619 Bitcoin in December, a 12% increase from November's 552 BTC, "
        "bringing its total 2023 production to 6,626 Bitcoin.",
        dt.date(2024, 1, 4),
        {_mined("619", "2023-12"), _mined("6626", "2023")},
    ),
    (
        "Riot mined 1,434 BTC in December, taking its total 2024 output to 5,167 BTC.",
        dt.date(2025, 1, 6),
        {_mined("1434", "2024-12"), _mined("5167", "2024")},
    ),
    (
        "In December the miner produced 516 bitcoin, lifting the company's total 2024 production "
        "to 4,828 bitcoin.",
        dt.date(2025, 1, 3),
        {_mined("516", "2024-12"), _mined("4828", "2024")},
    ),
    # look-alikes: a month that does not close the year (year-to-date), a sale's total
    (
        "The company mined 519 Bitcoin in November, bringing its total 2023 production to 6,007 "
        "Bitcoin.",
        dt.date(2023, 12, 5),
        {_mined("519", "2023-11")},
    ),
    (
        "Riot mined 450 BTC in June, bringing its total 2024 production to 2,400 BTC.",
        dt.date(2024, 7, 3),
        {_mined("450", "2024-06")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_year_total_closed_by_its_last_month(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    found = extract_text(text, published=published, entity="RIOT")
    assert {(i.metric, i.value, i.period) for i in found if i.metric == "btc_produced"} == expected
