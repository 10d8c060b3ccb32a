"""A loan whose first draw is named is new debt for the draw, not for its size.

v-apld-2025-12-macquarie-devloan-summary: "Applied Digital secures $100M development loan …
Initial $45M drawn Dec 18, 2025; additional $55M uncommitted second draw available": the $100M
is the loan's size, released in draws; only the amount drawn is new debt (README decided case
19). The size is dropped whether the draw is told in another sentence or after the size in the
same one; the draw itself is kept. A term loan with no draw named stays new debt at its size.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 12, 22)
Fact = tuple[str, Decimal, str | None]
ISSUED = "debt_issued_usd"

CASES = [
    # v-apld-2025-12-macquarie-devloan-summary (holdout), verbatim title and bullet
    (
        "# Applied Digital secures $100M development loan from Macquarie for AI data centers\n\n"
        "## Summary\n- Initial $45M drawn Dec 18, 2025; additional $55M uncommitted second draw "
        "available.",
        set(),
    ),
    # variants: the draw in the next sentence; after the size in the same sentence
    (
        "The company closed a $150 million loan with Coinbase. The deal begins with an initial "
        "$50 million draw.",
        set(),
    ),
    (
        "The company secured a $200 million development loan; an initial $50 million tranche was "
        "funded at closing.",
        {(ISSUED, Decimal("50000000"), "2025-12")},
    ),
    (
        "The company obtained a $100 million loan from Macquarie, of which an initial $45 million "
        "was drawn on December 18.",
        {(ISSUED, Decimal("45000000"), "2025-12")},
    ),
    # near-misses: no draw named (the term loan is funded at its size); the draw noun alone
    (
        "Applied Digital closed a $100 million term loan from Macquarie. Initial interest is 8%.",
        {(ISSUED, Decimal("100000000"), "2025-12")},
    ),
    (
        "The company secured a $100 million credit line from Generate Capital, with an initial "
        "draw of $12.6 million.",
        {(ISSUED, Decimal("12600000"), "2025-12")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_initial_draw_size(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="APLD")
    assert {(item.metric, item.value, item.period) for item in found} == expected
