"""Debt schedules: one row per loan, note or facility, its terms (dates drawn and due, rate,
amount financed) printed before the balances the date columns head.

The schedules below are written for these tests in the shapes 10-Q notes and their re-posts
give (flattened to one paragraph, or piped). Expected values are read off the printed tables by
the labelling convention (tests/extract/real/README.md): each balance stated in the current
column is a `debt_total_usd` dated by that column; a loan with a dash there states no balance;
prior-period columns, discounts and current portions are not labelled.
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


SCHEDULES = [
    pytest.param(
        "Note 7. Debt The Company's borrowings were as follows (in thousands): Balance as of: "
        "Lender Origination Maturity Rate Principal March 31, 2024 December 31, 2023 Term Loan "
        "June 2022 June 2025 12.5 % $ 40,000 $ 31,250 $ 35,000 Equipment Note A August 2021 "
        "February 2024 10.0 % $ 9,800 — 1,120 Convertible Notes November 2021 December 2026 "
        "4.0 % $ 150,000 150,000 150,000 Total debt $ 181,250 $ 186,120 Less: current portion "
        "(12,500) (13,620) Long-term debt $ 168,750 $ 172,500 Interest expense is recorded "
        "under other expense in the statements of operations for every period shown here.",
        dt.date(2024, 5, 14),
        {
            ("debt_total_usd", Decimal(31_250_000), "2024-03-31"),
            ("debt_total_usd", Decimal(150_000_000), "2024-03-31"),
            ("debt_total_usd", Decimal(181_250_000), "2024-03-31"),
        },
        id="flattened-schedule-current-first",
    ),
    pytest.param(
        "Loans payable (US$ in thousands) Balance as of: Facility Date Due Interest September "
        "30, 2025 June 30, 2025 Bitcoin-backed Loan January 2025 January 2026 9.0 % 60,000 "
        "80,000 Revolving Credit Facility April 2025 April 2027 7.25 % 25,500 — Total borrowings "
        "85,500 80,000",
        dt.date(2025, 11, 10),
        {
            ("debt_total_usd", Decimal(60_000_000), "2025-09-30"),
            ("debt_total_usd", Decimal(25_500_000), "2025-09-30"),
            ("debt_total_usd", Decimal(85_500_000), "2025-09-30"),
        },
        id="flattened-schedule-no-amount-financed",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SCHEDULES)
def test_schedule_rows_give_each_loan_balance(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _debt(text, published) == expected


def test_loan_rows_outside_a_debt_table_are_not_balances() -> None:
    text = (
        "Cash flows (in thousands) Year Ended December 31, 2024 December 31, 2023 Proceeds from "
        "term loan 20,000 — Repayment of equipment notes (4,000) (3,500) Mining revenue 90,000 "
        "70,000"
    )
    assert _debt(text, dt.date(2025, 3, 1)) == set()


def test_loan_flows_in_a_debt_note_are_not_balances() -> None:
    text = (
        "Debt activity (in thousands): Three Months Ended September 30, 2025 2024 Borrowings "
        "under credit facility $ 25,000 $ 10,000 Principal payments on term loan (5,000) "
        "(5,000) Total debt $ 180,000 $ 150,000"
    )
    found = _debt(text, dt.date(2025, 11, 5))
    assert ("debt_total_usd", Decimal(25_000_000), "2025-Q3") not in found
    assert not any(fact[1] == Decimal(25_000_000) for fact in found)


EBITDA_TABLE = (
    "{title}\n"
    "|\nPeriod ended\n|\nPeriod ended\n|\n|\n30 June 2024\n|\n30 June 2023\n|\n|\n"
    "(unaudited)\n|\n(unaudited)\n|\n|\n$'000\n|\n$'000\n|\n|\n"
    "Net Loss\n|\n(32,734)\n|\n(18,563)\n|\n"
    "Interest\nexpense\n|\n4,296\n|\n6,335\n|\n"
    "Depreciation\nand amortisation\n|\n10,114\n|\n12,698\n|\n"
    "Adjusted EBITDA\n|\n5,706\n|\n2,813\n|\n"
)


def _interest(text: str) -> set[Fact]:
    found = extract_text(text, published=dt.date(2024, 8, 28), entity="MINER")
    return {
        (item.metric, item.value, item.period)
        for item in found
        if item.metric == "interest_expense_usd"
    }


def test_an_expense_under_a_period_ended_date_takes_the_reports_half_year() -> None:
    # (README decided case 42: the title names the half; "Interim results for the six months
    # ended 30 June 2024", as before, names none and gives no period)
    title = "Interim half-year results for the six months ended 30 June 2024"
    assert _interest(EBITDA_TABLE.format(title=title)) == {
        ("interest_expense_usd", Decimal(4_296_000), "2024-H1")
    }


def test_an_expense_under_a_bare_period_ended_30_june_is_no_half_year() -> None:
    # The dev label of this very table (c-arbk-2024-h1-ebitda-table: no title, published
    # 2024-08-28) was 2024-H1 and is none since README decided case 42 (eighteenth session):
    # a bare "Period ended | 30 June" names no half (`named_halves`).
    assert _interest(EBITDA_TABLE.format(title="Adjusted EBITDA reconciliation")) == set()


def test_an_expense_under_a_bare_date_of_a_quarterly_report_is_not_dated_by_guess() -> None:
    title = "Adjusted EBITDA reconciliation for the three months ended 30 June 2024"
    found = _interest(EBITDA_TABLE.format(title=title))
    assert not any(period == "2024-H1" for _, _, period in found)


@pytest.mark.parametrize(
    "label", ["Total loans and borrowings", "Total outstanding debt", "Total notes payable"]
)
def test_total_rows_of_other_wordings(label: str) -> None:
    text = (
        "Borrowings (US$ in thousands)\n"
        "| | December 31, 2024 | December 31, 2023 |\n"
        f"| {label} | 42,500 | 61,000 |\n"
        "| Cash | 90,000 | 40,000 |\n"
    )
    assert _debt(text, dt.date(2025, 3, 20)) == {
        ("debt_total_usd", Decimal(42_500_000), "2024-12-31")
    }
