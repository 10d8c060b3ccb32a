"""A balance dated "as of the end of last month" by the clause it opens (holdout t-arbk-2022-06).

"As of the end of last month, the entity had an outstanding balance of $22 million under its
credit" (published 8 July 2022) states the balance at 30 June 2022: the month before
publication, its last day (README: stock figures "at month-end" take the ISO date). The phrase
may open the clause or follow the amount; a comparative in the same sentence is not read, and
a flow of last month keeps its month.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2022, 7, 8)
_DEBT = ("debt_total_usd", "debt_issued_usd", "debt_repaid_usd")
Fact = tuple[str, Decimal, str | None]


def _debt_facts(text: str) -> set[Fact]:
    found = extract_text(text, published=PUBLISHED)
    return {
        (item.metric, item.value, item.period)
        for item in found
        if item.metric in _DEBT and item.value is not None
    }


DATED = [
    ("As of the end of last month, the entity had an outstanding balance of $22 million under "
     "its credit.", "22000000"),
    ("At the end of the previous month, Argo owed $22 million under its Galaxy loan.",
     "22000000"),
    ("As at the end of last month, the miner had $41 million of outstanding debt, compared with "
     "$60 million a year earlier.", "41000000"),
    ("The company had an outstanding balance of $22 million under the facility as at the end of "
     "last month.", "22000000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "amount"), DATED)
def test_a_balance_at_last_month_end(text: str, amount: str) -> None:
    assert _debt_facts(text) == {("debt_total_usd", Decimal(amount), "2022-06-30")}


def test_a_flow_of_last_month_keeps_its_month() -> None:
    text = "At the end of last month the company mined 120 BTC and repaid $5 million of its loan."
    assert _debt_facts(text) == {("debt_repaid_usd", Decimal("5000000"), "2022-06")}


def test_a_balance_with_no_date_is_at_publication() -> None:
    text = "The entity now has an outstanding balance of $22 million under its credit."
    assert _debt_facts(text) == {("debt_total_usd", Decimal("22000000"), "2022-07")}
