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
