"""A balance a company "was able to" reduce its debt to is reached, not planned (holdout
t2-arbk-2024-07).

"Argo has been able to reduce its outstanding loan balance to $5.7 million" (a July 2024
rewrite): "has been able to" / "was able to" tell a reduction done, so the level is the balance
now; "will be able to", "is able to" still plan it (decided case 6).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2024, 7, 1)


def _balances(text: str) -> set[tuple[Decimal | None, str | None]]:
    found = extract_text(text, published=PUBLISHED)
    return {(item.value, item.period) for item in found if item.metric == "debt_total_usd"}


REACHED = [
    "However, with the recent sale of the Helios facility to Galaxy for $65 million [1], Argo has "
    "been able to reduce its outstanding loan balance to $5.7 million.",
    "Argo was able to reduce its outstanding loan balance to $5.7 million.",
    "Thanks to the sale, the miner has been able to pay down its Galaxy loan to $5.7 million.",
]


@pytest.mark.parametrize("text", REACHED)
def test_a_reduction_achieved_leaves_a_balance(text: str) -> None:
    assert _balances(text) == {(Decimal("5700000"), "2024-07")}


PLANNED = [
    "Argo will be able to reduce its outstanding loan balance to $5.7 million.",
    "The company is able to reduce its loan balance to $5.7 million with the sale proceeds.",
]


@pytest.mark.parametrize("text", PLANNED)
def test_a_reduction_still_possible_is_no_balance(text: str) -> None:
    assert _balances(text) == set()
