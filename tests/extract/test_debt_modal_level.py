"""A level a plan would reach, in a clause coordinated with the plan's modal, is no balance
(README decided case 6); the same level reached is a balance.

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

from debt_facts import debt_facts, total

DEC = dt.date(2022, 12, 20)


def _totals(text: str) -> set:
    facts = debt_facts(text, published=DEC, entity="ACME")
    return {fact for fact in facts if fact[0] == "debt_total_usd"}


def test_level_a_term_sheet_would_reach_is_no_balance() -> None:
    text = (
        "Acme Mining signed a nonbinding term sheet with its lender that would restructure its "
        "debt, reduce its debt by $30 million to $41 million and extend the maturity."
    )
    assert _totals(text) == set()


def test_level_reached_stays_a_balance() -> None:
    text = (
        "Acme Mining signed a deal with its lender that restructured its debt, and it reduced "
        "its debt by $30 million to $41 million in December."
    )
    assert {fact[:3] for fact in _totals(text)} == {total("41000000")[:3]}
