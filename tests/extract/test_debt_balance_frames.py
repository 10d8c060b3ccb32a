"""Debt balances and repayments stated in frames the older patterns missed (round 4).

Each sentence is written fresh in the way releases and rewrites put the fact: a balance
paid down or grown "to" an amount, "the balance of … loans … was", "the debts have reached",
"its remaining debt includes a … note", balance-sheet lines in prose ("current loans $X"),
a drawn balance "had already drawn", a repayment made "to lower its debt by" or "to settle
debts", and the false-positive class of a change's starting point ("the initial debt of $X").
Expected facts follow tests/extract/real/README.md; published 2025-11-12 unless a period is
named.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 11, 12)
_DEBT = ("debt_total_usd", "debt_issued_usd", "debt_repaid_usd")
Fact = tuple[str, Decimal, str, str | None]


def _facts(text: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED, entity="MINER")
    return {
        (item.metric, item.value, item.unit, item.period)
        for item in found
        if item.metric in _DEBT and item.value is not None
    }


def _total(amount: str, period: str = "2025-11") -> Fact:
    return ("debt_total_usd", Decimal(amount), "USD", period)


def _repaid(amount: str, period: str = "2025-11") -> Fact:
    return ("debt_repaid_usd", Decimal(amount), "USD", period)


BALANCES = [
    (
        "The miner paid down its bitcoin-backed term loan to $21 million this month.",
        {_total("21000000")},
    ),
    (
        "Interest added in kind raised the outstanding principal to $48.2 million.",
        {_total("48200000")},
    ),
    (
        "Under the amendment the balance due on the debentures rose from $9,100,000 to $9,640,500.",
        {_total("9640500")},
    ),
    (
        "The balance of loans drawn under the master lending agreement at September 30, 2025 "
        "was $62.5 million, which will mature in 2027.",
        {_total("62500000", "2025-09-30")},
    ),
    (
        "The company said its equipment debts have reached $88 million.",
        {_total("88000000")},
    ),
    (
        "The miner's remaining debt includes a $45 million convertible note held by its founder.",
        {_total("45000000")},
    ),
    (
        "Liabilities grew: current loans $31.7 M and long-term loans $210.4 M.",
        {_total("31700000"), _total("210400000")},
    ),
    (
        "As of November 3, the company had already drawn $25 million from the revolving line.",
        {_total("25000000", "2025-11-03")},
    ),
    (
        "It repaid part of the loan in March, with the balance reduced to about $12 million "
        "as of September 30, 2025.",
        {_total("12000000", "2025-09-30")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BALANCES)
def test_balance_frames(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


REPAYMENTS = [
    (
        "The company used part of the proceeds to lower its debt to its lender by $15 million.",
        {_repaid("15000000")},
    ),
    (
        "After the sale, the company allocated $6 million to settle loans owed to its lender.",
        {_repaid("6000000")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPAYMENTS)
def test_repayment_frames(text: str, expected: set[Fact]) -> None:
    assert _facts(text) == expected


NOT_BALANCES = [
    # the starting point of a change (README decided case 1), not the balance now
    "The paydown marks a 40% decrease from the original loan balance of $50 million.",
    # a facility's size grown, not a balance
    "The lender increased the facility to $200 million of availability.",
    # "to settle" something that is not debt
    "The company paid $3 million to settle the lawsuit with a former supplier.",
    # a balance of proceeds, not of debt
    "The balance of the notes offering proceeds of $40 million will fund new miners.",
]


@pytest.mark.parametrize("text", NOT_BALANCES)
def test_not_balances(text: str) -> None:
    assert {fact for fact in _facts(text) if fact[0] != "debt_issued_usd"} == set()
