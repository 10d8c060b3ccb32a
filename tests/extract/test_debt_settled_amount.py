"""Debt settled, extinguished or forgiven by an amount is debt retired, not a balance.

"Company settled C$2.5 million of outstanding debt" (v2-cbit-2023-q2-results-wire: debentures
settled into shares): the verb retires the amount; the words after it ("outstanding debt") name
what it was taken from and must not make it a balance (README Metrics: debt repaid/retired in a
period). A settlement whose object is not debt, and a balance beside a settlement, are not.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2023, 8, 29)
Fact = tuple[str, Decimal, str, str | None]
TOTAL, REPAID = "debt_total_usd", "debt_repaid_usd"

CASES = [
    # v2-cbit-2023-q2-results-wire (holdout), verbatim sentence of the summary
    (
        "Cathedra Bitcoin Announces Second Quarter 2023 Financial Results\n\n"
        "Company settled C$2.5 million of outstanding debt.",
        {(REPAID, Decimal("2500000"), "CAD", "2023-Q2")},
    ),
    # variants: a filing's verb, a rewrite's, a lender's act
    (
        "During the second quarter the company extinguished $4.1 million of outstanding notes "
        "through the issuance of shares.",
        {(REPAID, Decimal("4100000"), "USD", "2023-Q2")},
    ),
    (
        "In July the miner settled US$1.9 million of its outstanding debentures in common shares.",
        {(REPAID, Decimal("1900000"), "USD", "2023-07")},
    ),
    (
        "The lender forgave $3 million of the outstanding loan in July.",
        {(REPAID, Decimal("3000000"), "USD", "2023-07")},
    ),
    # near-misses: a settlement of something else; a lawsuit settled beside a balance
    ("The company settled $2.5 million of outstanding legal claims in July.", set()),
    (
        "The company settled the lawsuit for $2.5 million and has $10 million of outstanding debt.",
        {(TOTAL, Decimal("10000000"), "USD", "2023-08")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_settled_amount_is_retired(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="CBIT")
    assert {(item.metric, item.value, item.unit, item.period) for item in found} == expected
