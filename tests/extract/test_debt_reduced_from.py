"""A debt named by its size and then told brought down: the size is the starting point.

Real: s-bitf-2023-02-thedeepdive-blockfi-settlement, "With $21 million in debt remaining … its
$21 million debt obligation was reduced down to $7.75 million, which is to be paid via a single
cash payment": the $21 million is where the change started (README decided case 1), not a
balance the story reports. Another loan's balance beside a reduction stays a balance.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.extract.debt_facts import debt_facts, total

_PUBLISHED = dt.date(2023, 2, 9)

REDUCED = [
    (  # real (cut): s-bitf-2023-02-thedeepdive-blockfi-settlement
        "With $21 million in debt remaining, which was secured just by the equipment that debt "
        "purchased and some of the related bitcoin, Bitfarms debated taking a gamble by "
        "defaulting on the debt to force renegotiations. That gamble evidently worked, with the "
        "company this morning revealing that its $21 million debt obligation was reduced down to "
        "$7.75 million, which is to be paid via a single cash payment.",
        "21000000",
    ),
    (
        "Argo owes $50 million to Galaxy. Under the restructuring, the $50 million loan has been "
        "cut to $30 million.",
        "50000000",
    ),
    (
        "Greenidge had $74 million of debt outstanding with NYDIG. Its $74 million debt was "
        "reduced to $57 million after the exchange.",
        "74000000",
    ),
    (
        "The miner has $40 million of notes outstanding. Its $40 million notes were lowered to "
        "$25 million by the exchange.",
        "40000000",
    ),
]


@pytest.mark.parametrize(("text", "start"), REDUCED)
def test_the_size_a_debt_was_brought_down_from_is_no_balance(text: str, start: str) -> None:
    facts = debt_facts(text, _PUBLISHED, entity=None)
    assert not {fact for fact in facts if fact[1] == Decimal(start)}


OTHER_LOANS = [
    "Argo owes $50 million to Galaxy. It reduced its separate Tether loan to $30 million.",
    "Argo owes $50 million to Galaxy. Its $12 million Tether loan was reduced to $8 million.",
]


@pytest.mark.parametrize("text", OTHER_LOANS)
def test_another_loans_balance_stands(text: str) -> None:
    assert total("50000000", "2023-02") in debt_facts(text, _PUBLISHED, entity=None)
