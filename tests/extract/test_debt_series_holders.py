"""Notes named by their holders are an existing series, not new debt (README decided case 1).

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

from debt_facts import debt_facts, issued

OCT = dt.date(2025, 10, 8)


def test_holders_of_notes_issued_by_the_company_are_no_issue() -> None:
    text = (
        "Under the plan, holders of the $25 million unsecured notes issued by Acme will "
        "receive 12% of the equity, while existing shareholders keep 3%."
    )
    facts = debt_facts(text, published=OCT, entity="ACME")
    assert {fact for fact in facts if fact[0] == "debt_issued_usd"} == set()


def test_notes_issued_now_stay_new_debt() -> None:
    text = "Acme Mining said $25 million of unsecured notes were issued on October 3."
    assert issued("25000000", "2025-10") in debt_facts(text, published=OCT, entity="ACME")
