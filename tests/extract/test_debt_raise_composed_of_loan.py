"""A raise told by its parts, one of them new loan money: that part is new debt (README: new
loans drawn are `debt_issued_usd`; the equity part is no debt).

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

from debt_facts import debt_facts, issued

NOV = dt.date(2022, 11, 15)


def _issued(text: str) -> set:
    facts = debt_facts(text, published=NOV, entity="ACME")
    return {fact for fact in facts if fact[0] == "debt_issued_usd"}


def test_loan_part_of_a_composed_raise_is_new_debt() -> None:
    text = (
        "Acme Mining raised $22 million in November. The $22 million was composed of $8.5 "
        "million in additional loan funds and $13.5 million in stock from existing investors."
    )
    assert _issued(text) == {issued("8500000", "2022-11")}


def test_a_planned_composition_is_not() -> None:
    text = (
        "The $22 million will be composed of $8.5 million in additional loan funds and $13.5 "
        "million in stock, subject to closing."
    )
    assert _issued(text) == set()
