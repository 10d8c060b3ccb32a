"""The debt a repayment or cut left, named by the bare noun "balance".

Real: u-bitf-2023-04-cryptoslate, "it reduced its debt by $2 million, leaving a balance of $19
million as of April 30": the $19 million is the debt still owed (README `debt_total_usd`),
beside the $2 million repaid. The noun "balance" names no debt by itself, so the clause must
name one; a purchase price's, an ATM programme's or an undrawn line's balance is not debt, and
a planned repayment leaves no balance yet (decided case 6).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.debt_facts import debt_facts, repaid, total

_PUBLISHED = dt.date(2023, 5, 1)

LEFT = [
    (  # real: u-bitf-2023-04-cryptoslate
        "Of the mined BTC, the miner sold 349 units of the assets to generate $10.1 million, "
        "adding that it reduced its debt by $2 million, leaving a balance of $19 million as of "
        "April 30.",
        {repaid("2000000", "2023-04"), total("19000000", "2023-04-30")},
    ),
    (
        "The miner repaid $2 million of its Galaxy loan in April, leaving a balance of $19 "
        "million.",
        {repaid("2000000", "2023-04"), total("19000000", "2023-04-30")},
    ),
    (
        "The company said it reduced its debt by $2 million to a balance of $19 million as of "
        "April 30.",
        {repaid("2000000", "2023-04"), total("19000000", "2023-04-30")},
    ),
    (
        "The miner repaid $2 million of its notes in April, which left a balance of $19 million "
        "as of April 30.",
        {repaid("2000000", "2023-04"), total("19000000", "2023-04-30")},
    ),
    (
        "The company repaid $2 million on its term loan in April, with a balance of $19 million "
        "as of April 30.",
        {repaid("2000000", "2023-04"), total("19000000", "2023-04-30")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEFT)
def test_the_balance_a_cut_left_is_the_debt_owed(text: str, expected: set[object]) -> None:
    assert debt_facts(text, _PUBLISHED, entity="BITF") == expected


NOT_DEBT = [
    # a purchase price's balance, an ATM programme's, capacity still available, a plan
    "The miner paid $2 million of the purchase price for the miners, leaving a balance of $19 "
    "million.",
    "The company sold $2 million of shares under its ATM, leaving a balance of $19 million.",
    "The company drew $2 million on its credit line, leaving a balance of $19 million available.",
    "The miner will repay $2 million of the loan, leaving a balance of $19 million.",
]


@pytest.mark.parametrize("text", NOT_DEBT)
def test_a_balance_that_is_not_debt_owed_is_no_balance(text: str) -> None:
    assert not {fact for fact in debt_facts(text, _PUBLISHED, entity="BITF") if fact[0] ==
                "debt_total_usd"}  # fmt: skip
