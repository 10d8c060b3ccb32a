"""Debt flows and balances worded with a determiner or an adjective before the amount.

Sentences written for these tests: a verb of repayment or new debt may reach its amount
through "the remaining", "the final", "a substantial", and a balance a deal left may be stated
with "leaving … of debt". Expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2024, 7, 8)

CASES = [
    ("The company eliminated the remaining $21.8 million of secured debt.",
     {("debt_repaid_usd", Decimal(21_800_000))}),
    ("The company paid off the final $5 million of its equipment loans.",
     {("debt_repaid_usd", Decimal(5_000_000))}),
    ("The company retired the remaining $40 million of its 2026 notes.",
     {("debt_repaid_usd", Decimal(40_000_000))}),
    # a facility's size is no new debt (README, decided case 19); a draw on it is
    ("The miner secured a substantial €575 million debt financing facility from Tether.", set()),
    ("The miner drew a substantial €75 million under its debt financing facility.",
     {("debt_issued_usd", Decimal(75_000_000))}),
    ("The company closed a significant $200 million term loan with Macquarie.",
     {("debt_issued_usd", Decimal(200_000_000))}),
    ("The sale repaid $21.8 million of secured debt, leaving $72.2 million of unsecured debt.",
     {("debt_repaid_usd", Decimal(21_800_000)), ("debt_total_usd", Decimal(72_200_000))}),
    ("The repayment left the company with $30 million of convertible notes.",
     {("debt_total_usd", Decimal(30_000_000))}),
    ("The company is leaving $12 million on the table in the negotiation.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_debt_wording_with_adjectives(text: str, expected: set[tuple[str, Decimal]]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="MINER")
    debt = {(item.metric, item.value) for item in found if item.metric.startswith("debt")}
    assert debt == expected
