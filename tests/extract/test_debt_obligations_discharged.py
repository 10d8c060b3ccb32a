"""Debt obligations discharged, named by their amount: the debt retired, not new debt.

Reading rule (README decided case 32: settlements, extinguishments and exchanges retire
principal; the cash paid is its price): "has fulfilled its loan obligations to NYDIG in the
amount of $30 million through a discounted cash payment of $12 million" retires $30 million of
debt. Obligations that are not debt, or that are still outstanding, are no repayment.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_CASES: list[tuple[str, str, Must, MustNot]] = [
    (
        "Greenidge has fulfilled its loan obligations to NYDIG in the amount of $30 million "
        "through a discounted cash payment of $12 million.",
        "GREE",
        [("debt_repaid_usd", 30_000_000, "2023-02")],
        [("debt_issued_usd", None), ("debt_repaid_usd", 12_000_000)],
    ),
    (
        "Argo satisfied its debt obligations of $15 million to Galaxy in January.",
        "ARBK",
        [("debt_repaid_usd", 15_000_000, "2023-01")],
        [("debt_total_usd", 15_000_000)],
    ),
    # near misses: obligations that are not debt; debt obligations still owed
    (
        "Riot met its hedging obligations of $5 million in January.",
        "RIOT",
        [],
        [("debt_repaid_usd", None)],
    ),
    (
        "Argo's debt obligations of $15 million to Galaxy remain outstanding.",
        "ARBK",
        [],
        [("debt_repaid_usd", None)],
    ),
    # near misses: a debt word only in the counterparty's name (fees owed to a servicer)
    (
        "Riot has met its obligations to its loan servicer of $3 million in fees.",
        "RIOT",
        [],
        [("debt_repaid_usd", None)],
    ),
    (
        "Argo fulfilled its obligations to its debt adviser of $2 million in January.",
        "ARBK",
        [],
        [("debt_repaid_usd", None)],
    ),
    # the debt named as what the obligations are under
    (
        "Argo satisfied its obligations under the loan agreement of $15 million in January.",
        "ARBK",
        [("debt_repaid_usd", 15_000_000, "2023-01")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "entity", "must", "must_not"), _CASES)
def test_debt_obligations_discharged_are_the_debt_retired(
    text: str, entity: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, entity, "2023-02-10"), must, must_not)
