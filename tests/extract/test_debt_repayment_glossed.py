"""A repayment whose object is glossed by the amount in brackets (a monthly update's bullet):
"Repayment by the financing subsidiary of all outstanding amounts (approximately $2 million)
under its equipment facility" is the period's repayment (README decided case 7).

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

from debt_facts import debt_facts, repaid

JAN = dt.date(2024, 1, 10)


def test_repayment_of_outstanding_amounts_glossed_in_brackets() -> None:
    text = (
        "Acme Mining Provides December 2023 Monthly Update\n"
        "- Repayment by the financing subsidiary of all outstanding amounts (approximately $2 "
        "million) under its equipment facility\n"
    )
    facts = debt_facts(text, published=JAN, entity="ACME")
    assert {fact for fact in facts if fact[0] == "debt_repaid_usd"} == {
        repaid("2000000", "2023-12")
    }


def test_a_bracketed_outstanding_amount_without_repayment_is_no_flow() -> None:
    text = "The subsidiary still has outstanding amounts (approximately $2 million) to its lender."
    facts = debt_facts(text, published=JAN, entity="ACME")
    assert {fact for fact in facts if fact[0] == "debt_repaid_usd"} == set()
