"""A filing's notes-payable table set one row a line, its cells apart by wide gaps.

An XBRL viewer page of a 10-K note ("Notes payable at December 31, 2023 and 2022, were
comprised of the following:") prints the header's cells on short lines ("Collateral
Guarantors", "Interest", "rate", "Due date", "December 31,", "2023", …) and each note on one
line: label, collateral, guarantor, rate, due date, then a balance per date; a wrapped
guarantor or due date puts the rate and balances on a later line. Written in that shape (the
class of tests/extract/real/holdout ah1-gpus-2023-notes-payable-schedule, not its text). By the
README (tables rule, decided cases 3, 15, 41): each named note's balance in the first date's
column and the stated total; never a collateral's book value, a due date, a dash (a note at
nil), or the comparative column.
"""

from __future__ import annotations

from tests.extract.must_checks import figures_read

_NOTE = (
    "NOTES PAYABLE\n12 Months Ended\nDec. 31, 2024\nNotes Payable  \n\n14. NOTES PAYABLE\n\n \n\n"
    "Notes payable at December 31, 2024 and 2023, were comprised of the following:\n\n"
    "                              \n   Collateral   Guarantors  \n\nInterest\n\nrate\n\n"
    "   Due date  \n\nDecember 31,\n\n2024\n\n  \n\nDecember 31,\n\n2023\n\n \n"
    " Mill Creek term loan    Mining equipment with a book value of $12.4 million    -    "
    "9.5%    June 30, 2026   $8,250,000   $9,900,000 \n"
    " 7% secured promissory notes   -    -    7.0%    April 1, 2024    -    3,150,000 \n"
    " 12% promissory note   -    \n\n Holdings LLC and\n\nJane Q. Founder\n\n    12.0%    "
    "March 31, 2025    1,400,000    1,400,000 \n"
    " Equipment financing notes    Miners with a book value of $2.2 million    -    6.0%    \n\n"
    "February 15, 2025 through\n\nAugust 15, 2026\n\n    2,075,000    3,310,000 \n"
    " Total notes payable   -    -             $11,725,000   $17,760,000 \n"
)


def test_gapped_notes_payable_rows() -> None:
    assert figures_read(_NOTE, "MINER", "2025-03-14", ("debt_total_usd",)) == {
        ("debt_total_usd", 8250000.0, "USD", "2024-12-31"),
        ("debt_total_usd", 1400000.0, "USD", "2024-12-31"),
        ("debt_total_usd", 2075000.0, "USD", "2024-12-31"),
        ("debt_total_usd", 11725000.0, "USD", "2024-12-31"),
    }
