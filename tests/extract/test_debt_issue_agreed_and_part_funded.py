"""New debt told by an agreement or as part of how a purchase was paid (README decided case 6:
an agreement entered into is `debt_issued_usd`; rule 19: notes funded at closing count).

"Agreed to an extra $40M in loans with its lender", "the purchase was funded partly with a $9
million promissory note": the debt is taken on. A modal or a repayment is not new debt.

Sentences are written for these tests; expected values follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import debt_facts, issued

JUL = dt.date(2025, 7, 10)

CASES = [
    (
        "Acme Mining agreed to an extra $40M in loans with its current lender, according to a "
        "filing.",
        {issued("40000000", "2025-07")},
    ),
    (
        "Acme Mining bought the rest of the campus for $14 million. The purchase was funded "
        "partly with a $9 million unsecured promissory note due 2027.",
        {issued("9000000", "2025-07")},
    ),
    (
        "The company secured an extra $20 million term loan in July.",
        {issued("20000000", "2025-07")},
    ),
    # near-misses: a modal, a repayment agreed
    ("Acme Mining may have agreed to an additional $40 million in loans.", set()),
    ("Acme Mining agreed to an additional $40 million repayment.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_agreed_or_part_funded_debt_is_new_debt(text: str, expected: set) -> None:
    facts = debt_facts(text, published=JUL, entity="ACME")
    assert {fact for fact in facts if fact[0] == "debt_issued_usd"} == expected
