"""Nil debt "after" a cause that names no period has no date of its own: the report's period
(README "Periods"), like any undated nil; a cause that names its month dates the cause, not
the nil (publication month).

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

from debt_facts import debt_facts, total

MAR = dt.date(2024, 3, 6)
TITLE = "Acme Mining Reports February 2024 Operating Update\n"


def test_nil_after_an_undated_cause_takes_the_report_period() -> None:
    text = TITLE + (
        "Acme mined 120 BTC in February 2024.\n"
        "- Stays debt-free after using $40 million in prepayments for new machines.\n"
    )
    facts = debt_facts(text, published=MAR, entity="ACME")
    assert {fact for fact in facts if fact[0] == "debt_total_usd"} == {total("0", "2024-02")}


def test_nil_after_a_dated_cause_takes_publication() -> None:
    text = "Acme Mining has no outstanding debt following the repayment of its loan in January."
    facts = debt_facts(text, published=MAR, entity="ACME")
    assert {fact for fact in facts if fact[0] == "debt_total_usd"} == {total("0", "2024-03")}
