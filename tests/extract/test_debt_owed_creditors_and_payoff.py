"""Two amounts that are no debt balance:

* What a company "owes its creditors" is liabilities, not borrowed money (README decided case
  36), unless the text calls it debt, loans or notes.
* What a note pays at maturity ("the minimum payoff at maturity related to the principal
  balance was $310.5 million") is a redemption amount, not the balance owed now.

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import debt_facts, total

OCT = dt.date(2022, 10, 21)

NOT_BALANCES = [
    "The operator of the hosting site owes its creditors $41.2 million and has lost access to "
    "further credit.",
    "According to reports, the company owes $300 million to around 150 creditors and has "
    "assets worth between $50 and $100 million.",
    "The minimum payoff at maturity related to the principal balance was $310.5 million on "
    "September 30, 2022.",
]


@pytest.mark.parametrize("text", NOT_BALANCES)
def test_owed_to_creditors_or_payoff_is_no_balance(text: str) -> None:
    assert debt_facts(text, published=OCT, entity="ACME") == set()


def test_debt_owed_to_creditors_named_as_loans_stays_a_balance() -> None:
    text = "Acme Mining owes its creditors $41.2 million in loans, the filing shows."
    assert debt_facts(text, published=OCT, entity="ACME") == {total("41200000", "2022-10")}
