"""Debt as one side of a deal's mix with equity is no balance (README decided cases 19, 33).

A financing or a deal price split into equity and debt ("consisting of $300 million in
ordinary shares and $60 million in convertible debt", "a blend of $200 million of equity and
$800 million of debt", "$90 million in equity value and the assumption of $30 million in
debt") says what the deal is made of, not what the company owes. A balance beside cash stays a
balance, and a drawn amount stays new debt.

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import debt_facts, issued, total

JUL = dt.date(2025, 7, 10)

MIXES = [
    "Acme Mining said it has secured up to $360 million of financing for its treasury plan, "
    "consisting of $300 million in ordinary shares and $60 million in convertible debt from "
    "institutional investors.",
    "The $1 billion campus financing, a blend of $200 million of equity and $800 million of "
    "debt, reflects careful capital allocation.",
    "The merger values the target at $90 million in equity value and the assumption of $30 "
    "million in debt, for $120 million in total.",
    "Its $1 billion package, split into $800 million in debt and $200 million in equity, "
    "funds the first phase.",
]


@pytest.mark.parametrize("text", MIXES)
def test_debt_side_of_an_equity_mix_is_no_balance(text: str) -> None:
    facts = debt_facts(text, published=JUL)
    assert {fact for fact in facts if fact[0] == "debt_total_usd"} == set()


def test_debt_beside_cash_stays_a_balance() -> None:
    text = "Acme Mining ended June with $40 million in cash and $25 million in debt."
    assert debt_facts(text, published=JUL) == {total("25000000", "2025-06-30")}


def test_a_drawn_closing_beside_the_mix_stays_new_debt() -> None:
    text = (
        "Acme Mining secured up to $360 million, consisting of $300 million in ordinary shares "
        "and $60 million in convertible debt. It completed an initial closing of $10 million "
        "under the convertible debt facility."
    )
    assert debt_facts(text, published=JUL) == {issued("10000000", "2025-07")}
