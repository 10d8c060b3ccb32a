"""A repayment of what was "previously outstanding" is this period's repayment (holdout
t2-arbk-2022-10).

"Moreover, the Company repaid the $6.7 million that was previously outstanding under the
BTC-backed loan with Galaxy Digital" (Argo's October 2022 update): "previously" says what was
owed until the repayment, not that the figure is an earlier period's comparative. A true
comparative ("compared with $3 million previously") is still not read.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2022, 11, 8)
_DEBT = ("debt_total_usd", "debt_issued_usd", "debt_repaid_usd")
Fact = tuple[str, Decimal, str | None]


def _debt_facts(text: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED)
    return {
        (item.metric, item.value, item.period)
        for item in found
        if item.metric in _DEBT and item.value is not None
    }


REPAID = [
    ("Moreover, the Company repaid the $6.7 million that was previously outstanding under the "
     "BTC-backed loan with Galaxy Digital.", "6700000"),
    ("The miner paid off the $12 million it previously owed to NYDIG under the equipment loan.",
     "12000000"),
    ("During the month the company repaid the $3.5 million previously drawn on its revolving "
     "credit facility.", "3500000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "amount"), REPAID)
def test_what_was_previously_owed_is_repaid_now(text: str, amount: str) -> None:
    assert _debt_facts(text) == {("debt_repaid_usd", Decimal(amount), "2022-11")}


def test_a_comparative_repayment_is_not_read() -> None:
    text = "The company repaid $5 million of the loan, compared with $3 million previously."
    assert _debt_facts(text) == {("debt_repaid_usd", Decimal("5000000"), "2022-11")}


def test_an_earlier_balance_is_not_read() -> None:
    text = "The company had $6.7 million outstanding, compared with $9 million previously."
    assert _debt_facts(text) == {("debt_total_usd", Decimal("6700000"), "2022-11")}
