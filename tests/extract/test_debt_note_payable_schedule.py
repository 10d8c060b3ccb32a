"""A one-note schedule ("NOTE 7 - NOTE PAYABLE") is a debt table: its principal row is a balance.

v3-gryp-2025-q2-10q-note-payable: a 10-Q note titled "NOTE PAYABLE" (singular) whose table
states "Principal - Note Payable | $ 5,000,000" at June 30, 2025. A schedule speaks of debt
whether it names "notes payable" or one "note payable" / "loan payable". The long-term part
("Notes Payable – long-term") and the current part are splits of the same debt, never labelled
(README, decided case 28).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 8, 14)
Fact = tuple[str, Decimal, str | None]
TOTAL = "debt_total_usd"

_GRYP = (
    "NOTE 7 - NOTE PAYABLE\n"
    "The following table summarizes the balance of the note payable as of:\n"
    "|\n|\n|June 30,\n2025\n|\n|\n|December 31,\n2024\n|\n"
    "|Principal - Note Payable\n|\n|$\n|5,000,000\n|\n|\n|$\n|5,000,000\n|\n"
    "|Aggregate interest to be paid\n|\n|\n|638,000\n|\n|\n|\n|638,000\n|\n"
    "|Notes Payable \u2013 long-term\n|\n|$\n|5,278,000\n|\n|\n|$\n|5,384,000\n"
)

CASES = [
    # v3-gryp-2025-q2-10q-note-payable (holdout), the table's rows verbatim (some cut)
    (_GRYP, {(TOTAL, Decimal("5000000"), "2025-06-30")}),
    # variants: a loan payable; a markdown table; a related-party note
    (
        "NOTE 6 - LOAN PAYABLE\nThe following table summarizes the loan payable as of:\n\n"
        "| | June 30, 2025 | December 31, 2024 |\n|---|---|---|\n"
        "| Principal - Loan Payable | $ 2,500,000 | $ 3,000,000 |\n",
        {(TOTAL, Decimal("2500000"), "2025-06-30")},
    ),
    (
        "Note 9. Note Payable - Related Party\n"
        "| | June 30, 2025 | December 31, 2024 |\n|---|---|---|\n"
        "| Promissory note | $ 1,200,000 | $ 1,200,000 |\n",
        {(TOTAL, Decimal("1200000"), "2025-06-30")},
    ),
    (
        "NOTE 7 - NOTE PAYABLE\nThe Company's note payable consisted of the following:\n"
        "|\n|\n|June 30,\n2025\n|\n|\n|December 31,\n2024\n|\n"
        "|Note payable principal\n|\n|$\n|750,000\n|\n|\n|$\n|900,000\n|\n"
        "|Accrued interest\n|\n|\n|12,000\n|\n|\n|\n|9,000\n|\n",
        {(TOTAL, Decimal("750000"), "2025-06-30")},
    ),
    # near-misses: the long-term and current parts of the same note
    (
        "NOTE 7 - NOTE PAYABLE\nThe following table summarizes the note payable as of:\n"
        "|\n|\n|June 30,\n2025\n|\n|\n|December 31,\n2024\n|\n"
        "|Notes Payable \u2013 long-term\n|\n|$\n|5,278,000\n|\n|\n|$\n|5,384,000\n",
        set(),
    ),
    (
        "NOTE 7 - NOTE PAYABLE\nThe following table summarizes the note payable as of:\n"
        "|\n|\n|June 30,\n2025\n|\n|\n|December 31,\n2024\n|\n"
        "|Note payable, current portion\n|\n|$\n|213,000\n|\n|\n|$\n|213,000\n",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_note_payable_schedule(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="GRYP")
    assert {(item.metric, item.value, item.period) for item in found} == expected
