"""A filing's XBRL "Details" page flattened one cell a line (`xbrl_details`).

v3-riot-2025-q2-10q-debt-details-facilities: "$ in Thousands", columns flattened, each cell on
a line of its own and the empty ones dropped. A row of two equal values sits in the two columns
of the report's end date (the one date printed twice: its 3- and 6-month columns): a balance at
that date, a flow of the quarter, scaled by the page's unit, named by its facility. Rows whose
column cannot be told (one value, three, an unequal pair) and sizes, capacities and fair values
are not read, nor taken unscaled by the generic row readers.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal, str | None, str | None]
TOTAL, ISSUED, INTEREST = "debt_total_usd", "debt_issued_usd", "interest_expense_usd"

_HEADER = (
    "Debt - Revolving credit facilities and security facility (Details)\n$ in {unit}\n"
    "|1 Months Ended\n|3 Months Ended\n|6 Months Ended\n|\n"
    "Apr. 22, 2025\nUSD ($)\n|\nJun. 30, 2025\nUSD ($)\nitem\n|\nJun. 30, 2025\nUSD ($)\nitem\n|\n"
    "Apr. 20, 2025\nUSD ($)\n"
)
# v3-riot-2025-q2-10q-debt-details-facilities (holdout), rows verbatim (some cut)
_RIOT = _HEADER.format(unit="Thousands") + (
    "|Debt\n|Number of Bitcoins | item\n|3,300\n|3,300\n"
    "|Level 3\n|Debt\n|Notes payable fair value\n|$ 5,300\n|$ 5,300\n"
    "|Block Mining Inc.\n|Debt\n|Net debt outstanding\n|$ 10,678\n|$ 10,678\n"
    "|Revolving credit facility\n|Debt\n|Total borrowings\n|$ 61,000\n"
    "|$50 Million Credit Facility\n|Debt\n|Term of debt\n|1 year\n"
    "|Total revolving credit facility\n|$ 50,000\n|$ 50,000\n|$ 50,000\n"
    "|Interest rate of debt during the period\n|1.25%\n"
    "|Total borrowings\n|$ 34,300\n|Interest Expense, Debt\n|300\n|300\n"
    "|Amount borrowed\n|15,200\n|15,200\n|Remaining Borrowing Capacity\n|600\n|600\n"
    "|Outstanding balance\n|$ 34,272\n|$ 34,272\n"
    "|$20 Million Credit Facility\n|Debt\n|Total borrowings\n|20,000\n"
    "|Interest Expense, Debt\n|300\n|300\n|Outstanding balance\n|$ 20,000\n|$ 20,000\n"
)

CASES = [
    (
        _RIOT,
        dt.date(2025, 7, 31),
        {
            (TOTAL, Decimal("10678000"), "2025-06-30", "Block Mining"),
            (INTEREST, Decimal("300000"), "2025-Q2", "$50 Million Credit Facility"),
            (ISSUED, Decimal("15200000"), "2025-Q2", None),
            (TOTAL, Decimal("34272000"), "2025-06-30", "$50 Million Credit Facility"),
            (INTEREST, Decimal("300000"), "2025-Q2", "$20 Million Credit Facility"),
            (TOTAL, Decimal("20000000"), "2025-06-30", "$20 Million Credit Facility"),
        },
    ),
    # variant: another filer's page in millions, a principal outstanding row
    (
        _HEADER.format(unit="Millions")
        + "|Coinbase Credit Facility LLC\n|Debt\n|Principal outstanding\n|$ 174.5\n|$ 174.5\n"
        "|Interest Expense, Debt\n|2.1\n|4.0\n",
        dt.date(2025, 8, 5),
        {(TOTAL, Decimal("174500000"), "2025-06-30", "Coinbase Credit Facility")},
    ),
    # variant: a lone facility, no member line (the group right after the header)
    (
        _HEADER.format(unit="Thousands")
        + "|Debt\n|Outstanding borrowings\n|$ 12,500\n|$ 12,500\n|Amount drawn\n|2,500\n|2,500\n",
        dt.date(2025, 8, 5),
        {
            (TOTAL, Decimal("12500000"), "2025-06-30", None),
            (ISSUED, Decimal("2500000"), "2025-Q2", None),
        },
    ),
    # variant: a 10-K page (12 months): balances at the repeated date, no quarter's flows
    (
        "Notes Payable (Details)\n$ in Thousands\n|12 Months Ended\n|\n"
        "Dec. 31, 2024\nUSD ($)\n|\nDec. 31, 2024\nUSD ($)\n|\nDec. 31, 2023\nUSD ($)\n"
        "|Debt\n|Fair value of notes\n|$ 41,000\n|Senior Secured Notes\n|Debt\n"
        "|Principal outstanding\n|$ 45,000\n|$ 45,000\n|Interest Expense, Debt\n|900\n|900\n",
        dt.date(2025, 3, 1),
        {(TOTAL, Decimal("45000000"), "2024-12-31", "Senior Secured Notes")},
    ),
    # near-misses: only sizes, capacities, fair values and unaligned values
    (
        _HEADER.format(unit="Thousands")
        + "|Debt\n|Total revolving credit facility\n|$ 50,000\n|$ 50,000\n"
        "|Notes payable fair value\n|$ 5,300\n|$ 5,300\n|Total borrowings\n|$ 61,000\n"
        "|Remaining Borrowing Capacity\n|600\n|600\n",
        dt.date(2025, 7, 31),
        set(),
    ),
    (
        _HEADER.format(unit="Thousands")
        + "|Debt\n|Outstanding balance\n|$ 34,272\n|$ 30,000\n|$ 28,000\n",
        dt.date(2025, 7, 31),
        set(),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_xbrl_details_page(text: str, published: dt.date, expected: set[Fact]) -> None:
    found = extract_text(text, published=published, entity="RIOT")
    assert {(item.metric, item.value, item.period, item.detail) for item in found} == expected
