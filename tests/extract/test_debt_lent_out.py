"""Loans the company makes to others (notes receivable) are not its debt; interest for a
year-to-date span told beside a quarter's is not a period's interest.

Real passages from batch s2: s2-any-2022-q1-10q-r11-notes-receivable-negative (Sphere 3D's
"Notes Receivable" note: "SPAC Sponsor Loan to MEOA … entered into promissory notes with MEOA
for a loan in the aggregate amount of $337,000") and s2-gree-2024-q3-10q-r11-notes-interest
("interest expense of $5.4 million and $9.7 million during the nine months ended September 30,
2024 and 2023, respectively"). Variants: other lending words and headings ("loaned GRIID",
"advanced … to", "Loans receivable"); the nine-month pair in other wordings. Look-alikes: a loan
made TO the company, a "Loans payable" heading, and a quarter's interest told the same way.
Expected values are read off the text by the labelling convention
(tests/extract/real/README.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2022, 5, 16)
_DEBT = ("debt_total_usd", "debt_issued_usd", "debt_repaid_usd", "interest_expense_usd")

LENT_OUT_CASES = [
    pytest.param(
        "Receivables, Loans, Notes Receivable, and Others\n3 Months Ended\nMar. 31, 2022\n"
        "Notes Receivable\nSPAC Sponsor Loan to MEOA\nIn February and March 2022, the Company's "
        "subsidiary, SPAC Sponsor, in connection with the MEOA Commitment Agreement, entered into "
        "promissory notes with MEOA for a loan in the aggregate amount of $337,000. Such loan is "
        "payable upon consummation of MEOA's initial business combination, without interest.",
        "ANY",
        set(),
        id="real-any-loan-to-meoa-under-notes-receivable",
    ),
    pytest.param(
        "Notes Receivable\nDuring the quarter, the Company entered into promissory notes with a "
        "hosting customer for loans in the aggregate amount of $1,800,000, bearing interest at 8% "
        "per annum.",
        "CLSK",
        set(),
        id="variant-notes-receivable-heading-hosting-customer",
    ),
    pytest.param(
        "Advances to Affiliates\nDuring the quarter, the Company entered into a loan agreement "
        "with its hosting customer for a loan in the principal amount of $1.2 million.",
        "CLSK",
        set(),
        id="variant-advances-to-heading",
    ),
    pytest.param(
        "During the quarter, the Company entered into a loan agreement with its hosting customer "
        "for a loan to the customer in the principal amount of $1.2 million.",
        "CLSK",
        set(),
        id="variant-loan-to-the-customer",
    ),
    pytest.param(
        "In April 2022, the Company loaned $4.0 million to Compute North under a promissory "
        "note, and agreed to loan in the aggregate to Gryphon a further $12.5 million.",
        "CLSK",
        set(),
        id="variant-loaned-to-agreed-to-loan",
    ),
    pytest.param(
        "Loans payable\nDuring the quarter, the Company entered into promissory notes with an "
        "equipment lender for loans in the aggregate amount of $1,800,000, bearing interest at 8% "
        "per annum.",
        "CLSK",
        {("debt_issued_usd", Decimal("1800000"), "2022-Q1")},
        id="negative-loans-payable-heading-equipment-lender",
    ),
    pytest.param(
        "Loans Payable\nNYDIG Loan\nIn February and March 2022, the Company entered into "
        "promissory notes with NYDIG for a loan in the aggregate amount of $3,370,000.",
        "ANY",
        {("debt_issued_usd", Decimal("3370000"), "2022-03")},
        id="negative-loans-payable-heading",
    ),
    pytest.param(
        "Loan to Value\nDuring the quarter, the Company entered into promissory notes with an "
        "equipment lender for loans in the aggregate amount of $1,800,000, bearing interest at 8% "
        "per annum.",
        "CLSK",
        {("debt_issued_usd", Decimal("1800000"), "2022-Q1")},
        id="negative-loan-to-value-heading",
    ),
    pytest.param(
        "In March 2022, Galaxy extended a $35 million loan to Argo, secured by its Helios "
        "facility.",
        "ARGO",
        {("debt_issued_usd", Decimal("35000000"), "2022-03")},
        id="negative-loan-made-to-the-company",
    ),
]


@pytest.mark.parametrize(("text", "entity", "wanted"), LENT_OUT_CASES)
def test_loan_made_by_the_company_is_no_debt(text: str, entity: str, wanted: set[object]) -> None:
    found = {
        (item.metric, item.value, item.period)
        for item in extract_text(text, published=PUBLISHED, entity=entity)
        if item.metric in _DEBT
    }
    assert found == wanted


NINE_MONTHS_CASES = [
    pytest.param(
        "The Company incurred interest expense of $1.8 million and $3.0 million during the three "
        "months ended September 30, 2024 and 2023, respectively, under the terms of these notes "
        "payable. The Company incurred interest expense of $5.4 million and $9.7 million during "
        "the nine months ended September 30, 2024 and 2023, respectively, under the terms of "
        "these notes payable and other financings.",
        {("interest_expense_usd", Decimal("1800000"), "2024-Q3")},
        id="real-gree-nine-months-pair",
    ),
    pytest.param(
        "Interest expense was $12.3 million and $4.1 million for the nine months ended "
        "September 30, 2025 and 2024, respectively.",
        set(),
        id="variant-was-pair-for-nine-months",
    ),
    pytest.param(
        "The Company recognized interest expense of $2.2 million and $0.9 million for the eight "
        "months ended August 31, 2023 and 2022, respectively, on its equipment loans.",
        set(),
        id="variant-eight-months-pair",
    ),
    pytest.param(
        "The Company incurred interest expense of $2.1 million and $1.7 million during the three "
        "months ended June 30, 2025 and 2024, respectively.",
        {("interest_expense_usd", Decimal("2100000"), "2025-Q2")},
        id="negative-quarter-pair-kept",
    ),
    pytest.param(
        "Interest expense was $1.8 million in the third quarter of 2024 and $5.4 million during "
        "the nine months ended September 30, 2024.",
        {("interest_expense_usd", Decimal("1800000"), "2024-Q3")},
        id="negative-quarter-beside-nine-months",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), NINE_MONTHS_CASES)
def test_nine_months_interest_is_no_period(text: str, wanted: set[object]) -> None:
    found = {
        (item.metric, item.value, item.period)
        for item in extract_text(text, published=dt.date(2025, 11, 7), entity="GREE")
        if item.metric == "interest_expense_usd"
    }
    assert found == wanted
