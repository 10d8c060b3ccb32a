"""Old notes retired by an exchange told in a participle of a deal done (README decided case
32: exchanged principal is retired, `debt_repaid_usd`; the new notes are new debt).

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import debt_facts, issued, repaid

JUL = dt.date(2025, 7, 19)


def test_exchange_participle_of_a_done_restructuring_retires_old_notes() -> None:
    text = (
        "In July 2025, Acme Mining completed a debt restructuring, exchanging $6.2 million of its "
        "9.00% Senior Notes due 2026 for $3.4 million of new 11.00% Senior Notes due 2030."
    )
    assert debt_facts(text, published=JUL, entity="ACME") == {
        repaid("6200000", "2025-07"),
        issued("3400000", "2025-07"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Acme Mining plans a restructuring, exchanging $6.2 million of its notes for new notes.",
        "Acme Mining will complete a restructuring, exchanging $6.2 million of its notes for new "
        "notes.",
    ],
)
def test_exchange_participle_of_a_plan_retires_nothing(text: str) -> None:
    facts = debt_facts(text, published=JUL, entity="ACME")
    assert {fact for fact in facts if fact[0] == "debt_repaid_usd"} == set()
