"""A balance told only as a creditor's claim of default is not the company's debt (README
decided case 35); what the debtor states, or a default told as fact, stays a balance.

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import debt_facts, total

NOV = dt.date(2023, 11, 9)

CLAIMS = [
    "Two equipment lenders claim the miner defaulted on $64 million of hardware loans.",
    "Acme Mining is facing claims from its lender alleging that it has defaulted on $64 "
    "million of equipment loans held by a subsidiary.",
    "Acme Mining Faces Default Claim on $64M of Equipment Loans",
    "Its lender alleges that the company failed to repay a $64 million loan on time.",
    "The current claimed outstanding principal balance as of September 30, 2023 under the "
    "working capital loan is of $2.3 million.",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_creditor_claim_is_no_balance(text: str) -> None:
    assert debt_facts(text, published=NOV, entity="ACME") == set()


def test_debtor_statement_and_stated_default_stay_balances() -> None:
    owes = "The filing states that one subsidiary claims it owes $40 million to its lender."
    stated = "Acme Mining defaulted on $64 million of equipment loans this week."
    assert debt_facts(owes, published=NOV, entity="ACME") == {total("40000000", "2023-11")}
    assert debt_facts(stated, published=NOV, entity="ACME") == {total("64000000", "2023-11")}
