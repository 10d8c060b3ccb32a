"""A loan since repaid in part: the repayment is the amount the clause states, not the loan.

Expected answers worked out from the labelling rules (tests/extract/real/README.md, decided
case 45: a loan repaid in one event is repaid in the size that names it "unless the text states
another amount repaid"; decided cases 7 and 27 with the since-repaid rule: a borrowing of the
report's period is its new debt, and the repayment told with no date of its own is the report's
period's). "borrowed $100 million … and has since repaid $40 million of it" repays $40 million;
the $100 million stays the new debt. The near miss, "has since repaid it", repays the loan's
size.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

_DEBT = ("debt_issued_usd", "debt_repaid_usd")
_HEAD = "Bitfarms Reports First Quarter 2025 Results\n"
_PUBLISHED = dt.date(2025, 5, 14)


def _debt(text: str) -> set[tuple[str, Decimal | None, str | None]]:
    found = extract_text(_HEAD + text, published=_PUBLISHED, entity="BITF")
    return {(item.metric, item.value, item.period) for item in found if item.metric in _DEBT}


CASES = [
    (
        "Bitfarms borrowed $100 million from Galaxy in January 2025 and has since repaid $40 "
        "million of it.",
        {
            ("debt_issued_usd", Decimal(100000000), "2025-01"),
            ("debt_repaid_usd", Decimal(40000000), "2025-Q1"),
        },
    ),
    (
        "Bitfarms drew $30 million on its term loan in February 2025 and has since paid down "
        "$12 million of it.",
        {
            ("debt_issued_usd", Decimal(30000000), "2025-02"),
            ("debt_repaid_usd", Decimal(12000000), "2025-Q1"),
        },
    ),
    (
        "Bitfarms borrowed $100 million from Galaxy in January 2025 and has since repaid $40 "
        "million.",
        {
            ("debt_issued_usd", Decimal(100000000), "2025-01"),
            ("debt_repaid_usd", Decimal(40000000), "2025-Q1"),
        },
    ),
    # near miss: no amount of its own, the loan repaid in the size that names it
    (
        "Bitfarms borrowed $100 million from Galaxy in January 2025 and has since repaid it.",
        {
            ("debt_issued_usd", Decimal(100000000), "2025-01"),
            ("debt_repaid_usd", Decimal(100000000), "2025-Q1"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_loan_since_repaid_in_part_repays_the_stated_amount(
    text: str, expected: set[tuple[str, Decimal, str]]
) -> None:
    assert _debt(text) == expected


def test_a_repayment_counted_since_a_start_stays_a_span() -> None:
    # near miss: "since" before a date is a starting point, a total over no named period
    text = "Since January 2024, Bitfarms has repaid $40 million of its Galaxy loan."
    assert _debt(text) == set()
