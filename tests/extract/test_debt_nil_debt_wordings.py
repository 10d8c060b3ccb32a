"""Nil debt in two more plain wordings (README, decided cases 22 and 24).

"No external debt" is "no debt": a company's debt is owed to outside lenders, so the word
qualifies nothing away (unlike "no long-term debt", decided case 17). "The company has repaid
its debt" is decided case 24's "repaid all of its debt" in the perfect tense: the company's
debt, unqualified, is nil after the repayment. A partial repayment, one creditor's debt, a
repayment under way and a figurative phrase are not nil debt.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2024, 8, 28)
Fact = tuple[str, Decimal, str | None]
TOTAL = "debt_total_usd"
NIL = {(TOTAL, Decimal(0), "2024-08")}

CASES = [
    # v3-iren-2024-08-gurufocus-no-external-debt (holdout), verbatim bullet
    (
        "- The company has a strong balance sheet with $404.6 million in cash and no external "
        "debt, providing flexibility for future growth.",
        NIL,
    ),
    # variants: another newsroom's wording of the same state
    ("Iris Energy carries no external debt and funds its build-out from cash.", NIL),
    ("The miner has no third-party borrowings and $80 million of cash.", NIL),
    ("IREN remains free of leverage, with no external borrowings.", NIL),
    # v3-arbk-2024-q2-investing-call-debt-repaid (holdout), verbatim bullet
    (
        "  • Operational expenses were cut by over 70% since H2 2022, and the company has "
        "repaid its debt.",
        NIL,
    ),
    # variants: the perfect tense with an adverb, "retired", "our"
    ("Management said the group has now repaid its outstanding debt.", NIL),
    ("Iris Energy has fully retired its borrowings.", NIL),
    ("\u201cWe have repaid our debt,\u201d the chief executive said.", NIL),
    # near-misses: partial, one creditor, under way, figurative, a financing noun
    ("The company has partially repaid its debt.", set()),
    ("Iris Energy has repaid its debt to Galaxy.", set()),
    ("Iris Energy is repaying its debt.", set()),
    ("The company has no external debt financing in place yet.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_nil_debt_wordings(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="IREN")
    assert {(item.metric, item.value, item.period) for item in found} == expected
