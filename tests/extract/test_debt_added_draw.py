"""The increment of a draw named as the next sentence's subject is new debt (README decided
case 19: a facility counts for the amount stated as drawn).

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

from debt_facts import debt_facts, issued

OCT = dt.date(2025, 10, 11)


def _issued(text: str) -> set:
    facts = debt_facts(text, published=OCT, entity="ACME")
    return {fact for fact in facts if fact[0] == "debt_issued_usd"}


def test_added_amount_after_a_draw_is_new_debt() -> None:
    text = (
        "Acme Mining has now drawn $80 million from its $250 million project facility. The "
        "added $30 million will fund substation work and long-lead equipment."
    )
    assert _issued(text) == {issued("30000000", "2025-10")}


def test_added_amount_after_no_draw_is_not() -> None:
    text = (
        "Acme Mining signed a $250 million project facility with a bank. The added $30 million "
        "of equity will fund substation work."
    )
    assert _issued(text) == set()
