"""A debt balance told as the level a cut reached, and the level it started from.

The real passage (s-bitf-2023-02-thedeepdive-blockfi-settlement): "Lowering our debt nearly 85%
from a high of $165 million in June 2022 to $25 million today" states the company's debt now,
$25 million (`debt_total_usd`, no date of its own: the publication month), with the share cut
told without "by". The level a cut started from is its starting point, not a balance (README,
decided case 1): "its $21 million debt obligation was reduced down to $7.75 million". A cut a
plan aims at is no balance yet (decided case 6).

Expected facts follow tests/extract/real/README.md. Published 9 February 2023.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import Fact, debt_facts, total

PUBLISHED = dt.date(2023, 2, 9)

CASES: list[tuple[str, set[Fact]]] = [
    (
        "“Lowering our debt nearly 85% from a high of $165 million in June 2022 to $25 million "
        "today has significantly decreased principal and interest obligations,” commented CFO "
        "Jeff Lucas.",
        {total("25000000", "2023-02")},
    ),
    (
        "The company lowered its debt nearly 85% from $165 million to $25 million.",
        {total("25000000", "2023-02")},
    ),
    (
        "The miner has trimmed its borrowings roughly 60% from $90 million to $36 million.",
        {total("36000000", "2023-02")},
    ),
    (
        "The miner cut its loan balance by about 40% to $12 million in January.",
        {total("12000000", "2023-01-31")},
    ),
    # look-alikes: the starting point of a cut, a planned cut, a share with no level
    ("The company's $21 million debt obligation was reduced down to $7.75 million.", set()),
    ("The company plans to lower its debt nearly 50% to $12 million by year-end.", set()),
    ("The company's debt was reduced by 85%.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_level_after_a_cut(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text, PUBLISHED) == expected
