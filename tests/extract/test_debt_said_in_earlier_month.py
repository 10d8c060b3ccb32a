"""A debt flow told as what the company said months ago is recalled (README decided case 1).

v3-mara-2023-03-silvergate-term-loan-prepaid: a March story about a March prepayment adds "In
January, Marathon said that it fully paid off $30 million in revolver loans with Silvergate in
December": an earlier report recalled as background. A statement of the month just before
publication (a roundup's own month) and a flow told without an earlier statement are kept.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2023, 3, 8)
Fact = tuple[str, Decimal, str | None]
REPAID = "debt_repaid_usd"

CASES = [
    # v3-mara-2023-03-silvergate-term-loan-prepaid (holdout), verbatim (spun) sentence
    (
        "In January, Marathon mentioned that it totally paid off $30 million in revolver loans "
        "with Silvergate in December, releasing up 3,615 bitcoins (BTC) that had been pledged "
        "as collateral.",
        set(),
    ),
    # variants: "said", "announced" with a year, a draw
    (
        "In January, Marathon said it had fully repaid $30 million in revolver loans in December.",
        set(),
    ),
    (
        "In December 2022 the company announced that it had repaid $30 million of its term loan.",
        set(),
    ),
    (
        "In January, Marathon disclosed that it borrowed $50 million under its credit facility.",
        set(),
    ),
    # near-misses: the month just before publication; a flow with no earlier statement
    (
        "In February, Marathon said it repaid $30 million of its term loan.",
        {(REPAID, Decimal("30000000"), "2023-02")},
    ),
    (
        "Marathon said it repaid $50 million of its term loan on March 8.",
        {(REPAID, Decimal("50000000"), "2023-03")},
    ),
    # a word that only opens like a month is no month ("Decimal", "Marathon")
    (
        "Investors in Decimal Mining, which said on March 7 it paid off $30 million of loans, "
        "cheered.",
        {(REPAID, Decimal("30000000"), "2023-03")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_said_in_earlier_month(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="MARA")
    assert {(item.metric, item.value, item.period) for item in found} == expected
