"""A debt balance set against cash ("$90M cash vs. $500M debt") is a balance, not a comparative.

v3-wulf-2025-q2-ainvest-summary-debt: "With $90M cash vs. $500M debt, TeraWulf faces liquidity
risks" states two quantities of one date; the "vs." before the debt is not a comparison with an
earlier period (README: prior-period comparatives). A debt compared with an earlier debt, and
cash compared with earlier cash, stay comparisons.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 8, 13)
Fact = tuple[str, Decimal, str | None]
TOTAL = "debt_total_usd"

CASES = [
    # v3-wulf-2025-q2-ainvest-summary-debt (holdout), verbatim bullet
    (
        "- With $90M cash vs. $500M debt, TeraWulf faces liquidity risks but plans to leverage "
        "HPC growth and optimize energy costs for long-term stability.",
        {(TOTAL, Decimal("500000000"), "2025-08")},
    ),
    # variants: "versus total debt", "against borrowings", cash and equivalents
    (
        "TeraWulf: $90 million cash and equivalents versus $500 million total debt at quarter end.",
        {(TOTAL, Decimal("500000000"), "2025-06-30")},
    ),
    ("Cash of $90 million vs. $500 million of debt.", {(TOTAL, Decimal("500000000"), "2025-08")}),
    (
        "Liquidity stands at $90 million versus $500 million in total debt.",
        {(TOTAL, Decimal("500000000"), "2025-08")},
    ),
    (
        "TeraWulf reported $90M in cash vs. $500M in debt.",
        {(TOTAL, Decimal("500000000"), "2025-08")},
    ),
    # near-misses: the other side of "vs." is debt of an earlier date, or cash
    (
        "TeraWulf's debt stood at $600 million, vs. $500 million a year earlier.",
        {(TOTAL, Decimal("600000000"), "2025-08")},
    ),
    ("Cash rose to $90 million vs. $60 million in the prior quarter.", set()),
    ("Cash was $90 million, compared with debt of $500 million a year earlier.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_debt_against_cash(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="WULF")
    assert {(item.metric, item.value, item.period) for item in found} == expected
