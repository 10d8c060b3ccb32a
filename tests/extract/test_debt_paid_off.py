"""Paying off "its debt" leaves the company with no debt (README, decided case 24).

"Paid off its outstanding debt", "repaid all of its borrowings": the company's debt,
unqualified, is nil after the repayment, dated by the repayment's month. A named loan paid
off ("its term loan"), one creditor's debt ("its debt to Bitmain") or a plan is not.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2024, 7, 10)
Fact = tuple[str, Decimal, str | None]
TOTAL, REPAID = "debt_total_usd", "debt_repaid_usd"

CASES = [
    # j-wulf-2024-07-term-loan-paid-off-news (holdout), verbatim sentence
    (
        "On July 9, TeraWulf, a crypto mining firm, announced it had paid off its outstanding "
        "debt earlier than expected with a final payment of $77.5 million.",
        {(TOTAL, Decimal(0), "2024-07"), (REPAID, Decimal("77500000"), "2024-07")},
    ),
    # variant: "repaid all of its …", the month named
    (
        "The company repaid all of its outstanding borrowings in March 2024.",
        {(TOTAL, Decimal(0), "2024-03")},
    ),
    # variant: present tense headline wording of a rewrite
    ("TeraWulf pays off its debt ahead of schedule.", {(TOTAL, Decimal(0), "2024-07")}),
    # near-misses: a named loan, one creditor's debt, a plan, a hypothetical
    ("TeraWulf paid off its term loan in July.", set()),
    ("It also paid off its debt to mining server maker Bitmain for a 2021 order.", set()),
    ("TeraWulf plans to pay off its outstanding debt by year-end.", set()),
    ("TeraWulf said it would have paid off its debt had the sale closed.", set()),
    ("The company has been paying off some of its debts.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_paying_off_its_debt_is_nil_debt(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="WULF")
    assert {(item.metric, item.value, item.period) for item in found} == expected
