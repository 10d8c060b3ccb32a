"""A loan funded and since repaid, told in a report of the funding's own period.

Expected answers worked out from the labelling rules (tests/extract/real/README.md, decided
cases 1, 6, 7, 27 and 45): a funding the report's own period holds is that period's new debt,
and "has since been repaid" is the loan repaid in the size that names it, with no date of its
own, so the report's period. A funding of an earlier period, the loan since repaid, is
background (case 1): neither is labelled.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

_DEBT = ("debt_issued_usd", "debt_repaid_usd")


def _debt(text: str, published: dt.date) -> set[tuple[str, Decimal | None, str | None]]:
    found = extract_text(text, published=published, entity="BITF")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _DEBT}


_SAME_PERIOD = [
    (
        "Bitfarms Provides March 2025 Production and Operations Update\n"
        "The Macquarie loans were funded for $50 million in March 2025 and have since been "
        "repaid in full.",
        dt.date(2025, 4, 2),
        {
            ("debt_issued_usd", Decimal(50000000), "2025-03"),
            ("debt_repaid_usd", Decimal(50000000), "2025-03"),
        },
    ),
    (
        "Bitfarms Reports First Quarter 2025 Results\n"
        "Its equipment loans were funded for approximately $12.5 million in February 2025 and "
        "were later repaid.",
        dt.date(2025, 5, 14),
        {
            ("debt_issued_usd", Decimal(12500000), "2025-02"),
            ("debt_repaid_usd", Decimal(12500000), "2025-Q1"),
        },
    ),
    # a loan taken, its funding dated in a clause after it
    (
        "Bitfarms Reports First Quarter 2025 Results\n"
        "Bitfarms took out a $20 million bridge loan, which was funded in January 2025 and has "
        "since been repaid.",
        dt.date(2025, 5, 14),
        {
            ("debt_issued_usd", Decimal(20000000), "2025-Q1"),
            ("debt_repaid_usd", Decimal(20000000), "2025-Q1"),
        },
    ),
]

_EARLIER = [
    # the funding of an earlier year, recalled in a 2025 report
    (
        "Bitfarms Reports First Quarter 2025 Results\n"
        "The Macquarie loans were funded for $50 million in March 2023 and have since been "
        "repaid.",
        dt.date(2025, 5, 14),
    ),
    # no report period: a 2021 funding in a story of 2025
    (
        "The equipment loans were funded for $54 million in 2021 and have since been repaid.",
        dt.date(2025, 5, 6),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _SAME_PERIOD)
def test_a_funding_of_the_reports_period_since_repaid_is_both_flows(
    text: str, published: dt.date, expected: set[tuple[str, Decimal, str]]
) -> None:
    assert _debt(text, published) == expected


@pytest.mark.parametrize(("text", "published"), _EARLIER)
def test_an_earlier_funding_since_repaid_is_background(text: str, published: dt.date) -> None:
    assert _debt(text, published) == set()
