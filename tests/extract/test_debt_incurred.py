"""A loan "incurred" is new debt (an 8-K's "Creation of a Direct Financial Obligation" wording).

v-apld-2025-12-macquarie-devloan-summary: "Applied Digital Corp. incurred loan of $45 million
with Macquarie Equipment Capital" is the principal drawn (README Metrics: new loans drawn).
Interest, issuance costs and fees incurred are not debt.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 12, 22)
Fact = tuple[str, Decimal, str | None]
ISSUED, INTEREST = "debt_issued_usd", "interest_expense_usd"

CASES = [
    # v-apld-2025-12-macquarie-devloan-summary (holdout), verbatim key fact
    (
        "- Debt Financings\n  Applied Digital Corp. incurred loan of $45 million with Macquarie "
        "Equipment Capital, Inc. at 8.0% per annum maturing December 18, 2027.",
        {(ISSUED, Decimal("45000000"), "2025-12")},
    ),
    # variants: an article, a filing's "indebtedness … under", the amount before its noun
    (
        "Applied Digital incurred a loan of $45 million with Macquarie.",
        {(ISSUED, Decimal("45000000"), "2025-12")},
    ),
    (
        "On December 18, the Company incurred indebtedness of $25.0 million under the term loan.",
        {(ISSUED, Decimal("25000000"), "2025-12")},
    ),
    (
        "The company incurred $45 million of new borrowings in December.",
        {(ISSUED, Decimal("45000000"), "2025-12")},
    ),
    # near-misses: costs and interest incurred
    ("The Company incurred debt issuance costs of $1.2 million.", set()),
    ("The Company incurred $2 million of debt issuance costs.", set()),
    (
        "The company incurred $3.0 million of interest expense on its loans.",
        {(INTEREST, Decimal("3000000"), "2025-12")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_debt_incurred(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="APLD")
    assert {(item.metric, item.value, item.period) for item in found} == expected
