"""A convertible note told by its terms and as a recent issuance (podcast and newsletter notes).

"Acme's $400 million convertible note features a 0% coupon": the instrument named to tell its
terms, not a balance stated (README decided case 1). "Acme's recent convertible note issuance of
$400 million": the issuance done, new debt at publication (README "Periods", one-off flows). A
proposed issuance is not (README decided case 6).

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import debt_facts, issued

DEC = dt.date(2024, 12, 17)


@pytest.mark.parametrize(
    "text",
    [
        "Acme Mining's $400 million convertible note features a 0% coupon rate, part of a trend.",
        "Its $400 million senior notes carry a 2.75% coupon and mature in 2030.",
    ],
)
def test_an_instrument_told_by_its_terms_is_no_balance(text: str) -> None:
    facts = debt_facts(text, published=DEC, entity="ACME")
    assert {fact for fact in facts if fact[0] == "debt_total_usd"} == set()


def test_a_recent_issuance_is_new_debt() -> None:
    text = "Acme Mining's recent convertible note issuance of $400 million drew strong demand."
    assert debt_facts(text, published=DEC, entity="ACME") == {issued("400000000", "2024-12")}


def test_a_proposed_issuance_is_not() -> None:
    text = "Acme Mining's proposed convertible note issuance of $400 million drew criticism."
    facts = debt_facts(text, published=DEC, entity="ACME")
    assert {fact for fact in facts if fact[0] == "debt_issued_usd"} == set()
