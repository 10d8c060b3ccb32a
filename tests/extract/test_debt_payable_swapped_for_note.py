"""A payable of the company swapped for a note it issues is new debt (README: debt is borrowed
money, case 33: a payable alone is not; the note that replaces it is a note issued). A payable
swapped for shares is no debt at all.

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

from debt_facts import debt_facts, issued

MAR = dt.date(2023, 3, 31)


def _issued(text: str) -> set:
    facts = debt_facts(text, published=MAR, entity="ACME")
    return {fact for fact in facts if fact[0] == "debt_issued_usd"}


def test_payable_swapped_for_a_note_is_a_note_issued() -> None:
    text = (
        "In March 2023, under a settlement with its builder, the contractor agreed to cancel a "
        "$7.2 million outstanding payable in exchange for a Promissory Note in the amount of "
        "$2.4 million and a warrant."
    )
    assert _issued(text) == {issued("2400000", "2023-03")}


def test_payable_swapped_for_shares_is_no_debt() -> None:
    text = (
        "In March 2023, the contractor agreed to cancel a $7.2 million outstanding payable in "
        "exchange for 3,000,000 shares of common stock."
    )
    assert _issued(text) == set()
