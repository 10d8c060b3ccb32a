"""A summary of the issuer's "fiscal fourth quarter" (no year named) reports that quarter.

Class (holdout first-run miss of a fiscal-Q4 call summary, issue 16): an AI summary of an
earnings call that names its quarter only as "the fiscal fourth quarter" took the month of
publication for its undated lines ("Interest Expense $6.2 million, …") and read "the fiscal
fourth quarter" as the last calendar Q4, long closed for an issuer whose fiscal year ends in
June, so the debt "at the end of the fiscal fourth quarter" was dated a December and dropped.
README Periods: "a fiscal quarter as the issuer names it"; a fiscal quarter named without its
year is the issuer's latest fourth quarter before publication: the calendar Q4 when the
publication follows it by a reporting season (≤ 100 days), else the fiscal year that ended in
the year of publication (its quarter label, no calendar day: its closing day is not stated).
Kept: a fourth quarter named with its year; a calendar issuer's Q4 summary published in
February (2024-Q4 and its last day). Expected sets follow tests/extract/real/README.md.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_SUMMARY = (
    "Revenue $187.3 million, up 28% year-over-year, driven by new AI cloud contracts.\n"
    "Interest Expense $6.2 million, up from $1.1 million.\n"
    "Adjusted EBITDA $92.1 million for the quarter.\n"
    "Debt $960.0 million at the end of the fiscal fourth quarter."
)

# (text, published, expected (metric, value, period))
CASES: list[tuple[str, str, set[tuple[str, float, str | None]]]] = [
    (
        _SUMMARY,
        "2025-08-28",
        {
            ("interest_expense_usd", 6_200_000.0, "2025-Q4"),
            ("debt_total_usd", 960_000_000.0, "2025-Q4"),
        },
    ),
    (
        "Highlights of the fiscal fourth quarter\n"
        "Interest expense was $3.4 million in the fiscal fourth quarter.\n"
        "Total debt stood at $210 million at the end of the fiscal fourth quarter.",
        "2025-11-20",
        {
            ("interest_expense_usd", 3_400_000.0, "2025-Q4"),
            ("debt_total_usd", 210_000_000.0, "2025-Q4"),
        },
    ),
    # kept: a calendar issuer's fourth quarter, reported in February
    (
        _SUMMARY,
        "2025-02-20",
        {
            ("interest_expense_usd", 6_200_000.0, "2024-Q4"),
            ("debt_total_usd", 960_000_000.0, "2024-12-31"),
        },
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_fiscal_fourth_quarter_summary(
    text: str, published: str, expected: set[tuple[str, float, str | None]]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity="ACME")
    got = {
        (item.metric, float(item.value), item.period)
        for item in found
        if item.value is not None and item.metric in ("interest_expense_usd", "debt_total_usd")
    }
    assert got == expected
