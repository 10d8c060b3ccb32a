"""The debt a settlement is "on" is the change's starting point, not a balance.

Real: s-bitf-2023-02-thedeepdive-blockfi-settlement, headline "Bitfarms Reaches $7.8 Million
Settlement On $21 Million Debt Facility": the $21 million is the debt the settlement retired
(README decided case 1: the starting point of the change; the label is the cash paid and the
debt left after it). A settlement "of $5 million in debentures" is the principal settled, and a
balance stated after the settlement stays a balance.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.debt_facts import Fact, debt_facts, repaid, total

_PUBLISHED = dt.date(2023, 2, 9)

SETTLED_DEBTS = [
    (  # real (cut): s-bitf-2023-02-thedeepdive-blockfi-settlement
        "Bitfarms Reaches $7.8 Million Settlement On $21 Million Debt Facility\n\nIt appears that "
        "a gamble by Bitfarms Ltd (TSX: BITF) to default on its debt as a means of renegotiating "
        "a loan has paid off handsomely for the company."
    ),
    "Greenidge reaches settlement on $74 million NYDIG loan",
    "Bitfarms wins discounted settlement on $21 million BlockFi debt",
]


@pytest.mark.parametrize("text", SETTLED_DEBTS)
def test_the_debt_a_settlement_is_on_is_no_balance(text: str) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == set()


STAND: list[tuple[str, set[Fact]]] = [
    (
        "Stronghold reached a settlement of $5 million in debentures with its lender.",
        {repaid("5000000", "2023-02")},
    ),
    (
        "Bitfarms has $21 million of debt outstanding after the settlement.",
        {total("21000000", "2023-02")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STAND)
def test_principal_settled_and_balances_after_stand(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == expected
