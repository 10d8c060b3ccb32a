"""The company's remaining debt named in a plan is its balance (holdout t2-gree-2023-q2).

"All of Greenidge's remaining $21.8 million of secured debt would be eliminated" (a term sheet
in a Q2 2023 release): the plan is not done (no repayment, decided case 6), but the company's
"remaining"/"outstanding" debt is stated as current (decided case 1's exception), a balance. The
possessive says whose debt it is; a forecast level and other money in a plan are not balances.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2023, 8, 14)
_DEBT = ("debt_total_usd", "debt_issued_usd", "debt_repaid_usd")
Fact = tuple[str, Decimal, str | None]


def _debt_facts(text: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED)
    return {
        (item.metric, item.value, item.period)
        for item in found
        if item.metric in _DEBT and item.value is not None
    }


BALANCES = [
    ("All of Greenidge's remaining $21.8 million of secured debt would be eliminated",
     "21800000"),
    ("Under the term sheet, the company's outstanding $30 million of notes would be repaid in "
     "full.", "30000000"),
    ("The miner's remaining $12 million equipment loan will be paid off with the sale proceeds.",
     "12000000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "amount"), BALANCES)
def test_remaining_debt_in_a_plan_is_a_balance(text: str, amount: str) -> None:
    assert _debt_facts(text) == {("debt_total_usd", Decimal(amount), "2023-08")}


NOT_BALANCES = [
    "Greenidge expects its secured debt would fall to $10 million after the sale.",
    "Greenidge's remaining $4.9 million of cash would be used for operations.",
    "Its remaining $2.6 million of bonus payments would be paid in cash.",
]


@pytest.mark.parametrize("text", NOT_BALANCES)
def test_no_balance_in_a_plan(text: str) -> None:
    assert _debt_facts(text) == set()
