"""A part of a debt total named in the sentence after the total (README decided case 3), and a
headline's debt resolved or settled (no balance: the debt is what the deal retired).

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import debt_facts, total

OCT = dt.date(2024, 10, 1)


def test_part_named_in_the_next_sentence_is_a_balance() -> None:
    text = (
        "Even after the payoff, Acme Mining still carries substantial overall debt, "
        "approximating $210 million. This comprises a notable $90-million convertible note "
        "arranged in May with a hedge fund."
    )
    assert debt_facts(text, published=OCT, entity="ACME") == {
        total("210000000", "2024-10"),
        total("90000000", "2024-10"),
    }


def test_an_inclusion_after_no_balance_is_not_a_part() -> None:
    text = (
        "Acme Mining raised money for its new campus. This includes a $90 million convertible "
        "note priced last week."
    )
    facts = debt_facts(text, published=OCT, entity="ACME")
    assert {fact for fact in facts if fact[0] == "debt_total_usd"} == set()


@pytest.mark.parametrize(
    "text",
    [
        "Acme Mining Resolves $27 Million Debt with Its Lender through Stock Conversion",
        "Acme Mining settles $27 million debt with its lender",
    ],
)
def test_a_debt_resolved_in_a_headline_is_no_balance(text: str) -> None:
    facts = debt_facts(text, published=OCT, entity="ACME")
    assert {fact for fact in facts if fact[0] == "debt_total_usd"} == set()
