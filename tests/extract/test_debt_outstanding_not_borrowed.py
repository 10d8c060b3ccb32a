""" "Outstanding" before a payable, an invoice or a lender's commitments is no debt balance.

Real: s2-sdig-fy2022-10k-r38-bm-note-issued, "B&M agreed to eliminate an approximately $11.4
million outstanding payable in exchange for a Promissory Note": a trade payable to an
electrical contractor (the labeller: not debt). A lender's "outstanding commitments" are room
to borrow (README decided case 19), and purchase orders are purchases. An amount outstanding
under or on a loan stays a balance.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.debt_facts import debt_facts, total

_PUBLISHED = dt.date(2023, 3, 31)

NOT_BORROWED = [
    (  # real (cut): s2-sdig-fy2022-10k-r38-bm-note-issued
        "Pursuant to the B&M Settlement, B&M agreed to eliminate an approximately $11.4 million "
        "outstanding payable in exchange for a Promissory Note in the amount of $3.5 million."
    ),
    "Macquarie has $250 million outstanding commitments under the facility.",
    "The miner had $2 million outstanding purchase orders with Bitmain.",
    "The company settled $4.2 million outstanding invoices with its hosting provider.",
]


@pytest.mark.parametrize("text", NOT_BORROWED)
def test_outstanding_payables_and_commitments_are_no_balance(text: str) -> None:
    assert not {
        fact for fact in debt_facts(text, _PUBLISHED, entity=None) if fact[0] == "debt_total_usd"
    }


BALANCES = [
    ("The Company has $5 million outstanding under the loan.", "5000000"),
    ("The company has $11.4 million outstanding on its equipment loan.", "11400000"),
    ("Riot had $20 million outstanding and payable under the term loan.", "20000000"),
]


@pytest.mark.parametrize(("text", "amount"), BALANCES)
def test_amounts_outstanding_under_a_loan_stay_balances(text: str, amount: str) -> None:
    assert debt_facts(text, _PUBLISHED, entity=None) == {total(amount, "2023-03")}
