"""Debt notes of 10-Ks and 10-Qs in the layouts SEC pages reach us in.

Written for these tests in the shapes of the XBRL viewer's "R" pages and their flattened
copies: a glued schedule (header dates run together, each row's name, loan terms and amounts
touching), and a note that splits each loan into its current and long-term portions beside
their total, printed with wide gaps (or tabs) between cells. Expected values are read off the
printed tables by the labelling convention (tests/extract/real/README.md, decided case 3):
each balance and the stated total under the document's own date; a dash states no balance;
comparative dates, discounts and the current/long-term portions are not labelled.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Fact = tuple[str, Decimal | None, str | None]


def _debt(text: str, published: dt.date) -> set[Fact]:
    found = extract_text(text, published=published, entity="MINER")
    return {
        (item.metric, item.value, item.period) for item in found if item.metric == "debt_total_usd"
    }


def _usd(millions: str, date: str) -> Fact:
    return ("debt_total_usd", Decimal(millions) * 1_000_000, date)


GLUED = [
    pytest.param(
        "NOTES PAYABLE\n12 Months Ended\nDec. 31, 2023\n"
        "The following table summarizes the Company's notes payable:\n"
        "$ in thousandsAs of:\nLenderDate DrawnMaturityRate\nOriginal\nPrincipal\n"
        "December 31, 2023December 31, 2022\nTerm Loans:\n"
        "1February 2022February 202411.0 %$6,000 $1,500 $4,500 \n"
        "2June 2022June 202412.5 %3,200 — 2,400 \n"
        "Convertible NotesJune 2023June 20289.0 %40,000 40,000 — \n"
        "Total notes payable41,500 6,900 \nLess: Unamortized discount(820)(110)\n"
        "Less: Current portion(1,500)(4,400)\n"
        "The Company recorded interest expense of $3.1 million in 2023.\n",
        dt.date(2024, 3, 15),
        {_usd("1.5", "2023-12-31"), _usd("40", "2023-12-31"), _usd("41.5", "2023-12-31")},
        id="glued-schedule-group-codes",
    ),
    pytest.param(
        "Debt (Details)\n$ in Thousands\nJun. 30, 2025Dec. 31, 2024\n"
        "Equipment loan, Maturity Date May 2026$ 2,480$ 3,910\n"
        "Senior secured notes due 2027$ 58,000$ 58,000\n"
        "Total debt$ 60,480$ 61,910\n",
        dt.date(2025, 8, 12),
        {_usd("2.48", "2025-06-30"), _usd("58", "2025-06-30"), _usd("60.48", "2025-06-30")},
        id="glued-details-dollar-signs",
    ),
    pytest.param(
        "The following table presents the Company's borrowings (in thousands):\n"
        "Loan DateMaturity DateInterest Rate\nDecember 31, 2023December 31, 2024\n"
        "Bitcoin-backed loanMarch 2023March 202510.0 %$12,000 $7,500 \n"
        "Total debt12,000 7,500 \n",
        dt.date(2025, 3, 3),
        {_usd("7.5", "2024-12-31")},
        id="glued-schedule-latest-date-last",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), GLUED)
def test_glued_debt_schedule(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _debt(text, published) == expected


def test_glued_table_without_debt_gives_no_balance() -> None:
    text = (
        "Revenue (Details)\n$ in Thousands\nDec. 31, 2023Dec. 31, 2022\n"
        "Mining revenue$ 96,200$ 41,300\nHosting revenue12,100 9,800\n"
    )
    assert _debt(text, dt.date(2024, 3, 15)) == set()


PORTIONS = [
    pytest.param(
        "The following table represents total debt outstanding by lender as of September 30, "
        "2025:\n\n(Dollars in thousands):  Current portion   Long-term portion   Total\n"
        "Term loan  $4,000   $12,000   $16,000\nEquipment financing   1,250    -    1,250\n"
        "Total Debt  $5,250   $12,000   $17,250\n\n"
        "The following table represents total debt outstanding by lender as of December 31, "
        "2024:\n\n(Dollars in thousands):  Current portion   Long-term portion   Total\n"
        "Term loan  $4,000   $15,000   $19,000\nTotal Debt  $4,000   $15,000   $19,000\n",
        dt.date(2025, 11, 12),
        {_usd("16", "2025-09-30"), _usd("1.25", "2025-09-30"), _usd("17.25", "2025-09-30")},
        id="spaced-current-long-total",
    ),
    pytest.param(
        "Debt outstanding as of March 31, 2025 was as follows:\n"
        "(in thousands)\tCurrent\tNon-current\tTotal\n"
        "Secured note payable\t$2,000\t$8,500\t$10,500\n"
        "Line of credit\t3,000\t—\t3,000\n"
        "Total debt\t$5,000\t$8,500\t$13,500\n",
        dt.date(2025, 5, 14),
        {_usd("10.5", "2025-03-31"), _usd("3", "2025-03-31"), _usd("13.5", "2025-03-31")},
        id="tabbed-current-noncurrent-total",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), PORTIONS)
def test_debt_split_into_portions_reads_the_total(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _debt(text, published) == expected
