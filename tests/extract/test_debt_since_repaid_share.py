"""A loan since repaid in part: the part repaid as printed, never the loan's size.

Expected answers worked out from the labelling rules (tests/extract/real/README.md, decided
case 45, and "figures as printed"): "has since been repaid by $40 million" repays $40 million,
with no date of its own (the dates before "since" are the loan's), and the loan's size is no
repayment; a share told without its dollar amount ("40% of it", "half of it", "all but $40
million of it") or an amount the extractor does not read as money ("40 million dollars")
repays an amount not printed as a dollar figure, so no repayment is labelled.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_HEAD = "Bitfarms Reports First Quarter 2025 Results\n"
_REPAID = "debt_repaid_usd"

_CASES: list[tuple[str, Must, MustNot]] = [
    # the part repaid, told after "repaid by"
    (
        _HEAD + "The $100 million bridge loan has since been repaid by $40 million.",
        [(_REPAID, 40_000_000, "2025-Q1")],
        [(_REPAID, 100_000_000)],
    ),
    (
        _HEAD + "The $80 million Galaxy loan, which has since been repaid by $30 million, "
        "carries a 9% rate.",
        [(_REPAID, 30_000_000, "2025-Q1")],
        [(_REPAID, 80_000_000)],
    ),
    # a loan funded this quarter, then the part since repaid
    (
        _HEAD + "The $100 million loan was funded in January 2025 and has since been repaid by "
        "$40 million.",
        [("debt_issued_usd", 100_000_000, "2025-01"), (_REPAID, 40_000_000, "2025-Q1")],
        [(_REPAID, 100_000_000)],
    ),
    # the loan's size before a part repaid "by" an amount; "since": no date of its own
    (
        _HEAD + "Its equipment loan of $60 million, drawn in February 2025, was repaid by $25 "
        "million in March 2025.",
        [(_REPAID, 25_000_000, "2025-03")],
        [(_REPAID, 60_000_000)],
    ),
    (
        _HEAD + "Its equipment loan of $70 million, drawn in February 2025, has since been "
        "repaid by $35 million.",
        [(_REPAID, 35_000_000, "2025-Q1")],
        [(_REPAID, 70_000_000)],
    ),
    # shares and remainders: the repaid amount is not printed as a dollar figure
    (
        _HEAD + "Bitfarms took out a $100 million loan in January 2025 and has since repaid 40% "
        "of it.",
        [("debt_issued_usd", 100_000_000, "2025-01")],
        [(_REPAID, None)],
    ),
    (
        _HEAD + "The company borrowed $90 million from Galaxy in January 2025 and has since "
        "repaid 40 percent of the loan.",
        [("debt_issued_usd", 90_000_000, "2025-01")],
        [(_REPAID, None)],
    ),
    (
        _HEAD + "The company borrowed $120 million in February 2025 and has since repaid half "
        "of it.",
        [("debt_issued_usd", 120_000_000, "2025-02")],
        [(_REPAID, None)],
    ),
    (
        _HEAD + "Bitfarms took out a $100 million loan in January 2025 and has since repaid all "
        "but $40 million of it.",
        [("debt_issued_usd", 100_000_000, "2025-01")],
        [(_REPAID, None), ("debt_total_usd", 40_000_000)],
    ),
    (
        _HEAD + "Bitfarms took out a $100 million loan in January 2025 and has since repaid 40 "
        "million dollars of it.",
        [("debt_issued_usd", 100_000_000, "2025-01")],
        [(_REPAID, 100_000_000)],
    ),
    # near misses: the amount after "by" is not the repayment's, or no part is stated
    (
        _HEAD + "The $100 million loan has since been repaid by issuing $40 million of shares.",
        [],
        [(_REPAID, None)],
    ),
    (
        _HEAD + "Bitfarms took out a $100 million loan in January 2025 and has since repaid it "
        "in full.",
        [("debt_issued_usd", 100_000_000, "2025-01"), (_REPAID, 100_000_000, "2025-Q1")],
        [(_REPAID, 40_000_000)],
    ),
    # the money repaid, the notes' earlier reduction told after it: the money is no loan size
    (
        "In April 2025 Bitfarms repaid $50 million of notes, which had been reduced by $20 "
        "million in March 2025.",
        [(_REPAID, 50_000_000, "2025-04")],
        [],
    ),
    (
        "In April 2025 the company paid back $45 million of its term loan, which had been paid "
        "down by $15 million in February 2025.",
        [(_REPAID, 45_000_000, "2025-04")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _CASES)
def test_a_loan_since_repaid_in_part_repays_the_printed_part(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "BITF", "2025-05-14"), must, must_not)
