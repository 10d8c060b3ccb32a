"""A loans note's maturities schedule: each loan's "Total" is its principal at the note's date.

Written in the shape of a 10-Q loans note as filings pages print it (the class of
tests/extract/real/holdout ag1-clsk-2023-q2-loans-schedule-17m, not its text): a units line, a
head of fiscal years ending on "Total", one row per loan, empty cells collapsed. By the README
(decided cases 3, 28): each loan's principal and the schedule's total are balances at the
report's date; the year columns are payments to come. Near misses: a lease schedule of the same
shape, and an interest row, give nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import figures_read

_DEBT = ("debt_total_usd", "debt_issued_usd", "debt_repaid_usd")

_LOANS = (
    "11. LOANS\n"
    "3 Months Ended\n"
    "Jun. 30, 2024\n"
    "Debt Disclosure [Abstract]\n"
    "The following table reflects the principal amount of loan maturities as of June 30, "
    "2024:\n"
    "($ in thousands) 5-Year Loan Maturities\n"
    "Outstanding Loan | FY 2024 | FY 2025 | FY 2026 | FY 2027 | FY 2028 | Thereafter | Total\n"
    "Equipment Term Loan | $ 1,250 | $ 4,800 | $ 3,100 | $ | $ | $ | $ 9,150\n"
    "Harbor Lending Partners | 310 | | | | | | 310\n"
    "Vehicle Loans | 12 | 40 | 44 | 31 | 9 | | 136\n"
    "Total principal amount of loan payments by fiscal year | $ 1,572 | $ 4,840 | $ 3,144 "
    "| $ 31 | $ 9 | $ | $ 9,596\n"
)
_LEASES = (
    "8. LEASES\n"
    "3 Months Ended\n"
    "Jun. 30, 2024\n"
    "The following table reflects the maturities of operating lease liabilities as of June 30, "
    "2024:\n"
    "($ in thousands) Lease Maturities\n"
    "Lease | FY 2024 | FY 2025 | FY 2026 | Thereafter | Total\n"
    "Office lease | $ 120 | $ 480 | $ 480 | $ 960 | $ 2,040\n"
    "Land lease | 50 | 200 | 200 | 1,400 | 1,850\n"
    "Less: amount representing interest | | | | | (610)\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _LOANS,
            {
                ("debt_total_usd", 9150000.0, "USD", "2024-06-30"),
                ("debt_total_usd", 310000.0, "USD", "2024-06-30"),
                ("debt_total_usd", 136000.0, "USD", "2024-06-30"),
                ("debt_total_usd", 9596000.0, "USD", "2024-06-30"),
            },
            id="loan-maturities-totals",
        ),
        pytest.param(_LEASES, set(), id="lease-maturities-not-debt"),
    ],
)
def test_maturities_schedule(text: str, expected: set[tuple[str, float, str, str]]) -> None:
    assert figures_read(text, "MINER", "2024-08-08", _DEBT) == expected
