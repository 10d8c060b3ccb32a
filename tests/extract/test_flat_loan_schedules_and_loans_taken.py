"""Debt classes learnt from blind batches ab1 and ab2 (twentieth session): a notes schedule
flattened onto one line, a loan "funded for" part of a commitment, a loan obtained "of up to"
its principal, a promissory note from the company's chairman, a repayment summed "since" a
quarter, and a gerund item in a list of planned uses of proceeds.

* A 10-Q's notes schedule printed on one line: "Balance as of: Note Loan Date Maturity Date
  Interest Initial <date> <date> Equipment Financings: A <dates> <rate> $ <initial> $ <bal> $
  <bal> B <dates> …", each loan named by a letter or a name, its terms before its balances, and
  the total printed with no label after the last loan. Each balance in the current column and
  the total are labelled (decided cases 3 and 41); the initial amounts, the comparative column
  and the current portion are not.
* "Agreed to lend approximately $X under loan schedules that were partially funded for
  approximately $Y in <month>": $X is a commitment (decided case 19), $Y was drawn.
* "Obtained an additional loan of up to $X from the Lender": a loan obtained (decided case 6);
  only a facility's "up to" is a size (decided case 19).
* "Received a promissory note of $X from its chairman": money an insider lent (new debt); a
  note from a buyer as a sale's price is the company's asset.
* "Repaid $X of debt since Q2 2023": a span that is no named period (decided case 40).
* "… will fund growth, including: / - Repaying a $X … facility": a planned use (case 13).

Each text is written in the shape of the holdout passage with other companies, figures and
dates. Expected values follow tests/extract/real/README.md, never the extractor's output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from debt_facts import debt_facts

Fact = tuple[str, Decimal, str, str | None]


def balance(amount: str, date: str) -> Fact:
    return ("debt_total_usd", Decimal(amount), "USD", date)


def issued(amount: str, period: str) -> Fact:
    return ("debt_issued_usd", Decimal(amount), "USD", period)


def repaid(amount: str, period: str) -> Fact:
    return ("debt_repaid_usd", Decimal(amount), "USD", period)


# --- a notes schedule flattened onto one line ----------------------------------------------

SCHEDULE = (
    "Notes Payable | 6. DEBT The Company has entered into equipment finance agreements that are "
    "secured by the purchased miners. The following table provides information on the equipment "
    "financing agreements: $ in thousands Balance as of: Note Loan Date Maturity Date Interest "
    "Initial June 30, 2023 December 31, 2022 Equipment Financings: A January 2021 July 2023 "
    "16.0 % $ 3,150 $ 210 $ 905 B February 2021 August 2023 16.0 % 1,200 88 340 C May 2021 "
    "March 2024 14.5 % 6,400 2,150 3,020 K September 2021 May 2024 14.5 % 2,800 1,044 1,610 "
    "Term Loan November 2022 November 2025 11.0 % 20,000 18,500 19,750 Secured Promissory Note "
    "April 2023 October 2023 / 9.0 % 5,000 4,600 - 26,592 25,625 Less: Current portion "
    "( 9,870 ) ( 6,210 ) $ 16,722 $ 19,415 The Company incurred interest expense of $ 1.1 "
    "million and $ 0.4 million during the three months ended June 30, 2023 and 2022, "
    "respectively, under the terms of these financings."
)

SCHEDULES: list[tuple[str, dt.date, set[Fact]]] = [
    # variant of ab1-gree-2022-q1-10q-debt-table-nydig-funding: coded loans "B" and "K" (read
    # as units "billion" and "thousand" before), an unlabelled total after the last loan
    (
        SCHEDULE,
        dt.date(2023, 8, 14),
        {
            balance("210000", "2023-06-30"),
            balance("88000", "2023-06-30"),
            balance("2150000", "2023-06-30"),
            balance("1044000", "2023-06-30"),
            balance("18500000", "2023-06-30"),
            balance("4600000", "2023-06-30"),
            balance("26592000", "2023-06-30"),  # 210 + 88 + 2,150 + 1,044 + 18,500 + 4,600
        },
    ),
]


# variant: the total line also sums the amounts financed (3,150 + 1,200 + 6,400 + 2,800 +
# 20,000 + 5,000 = 38,550) before its two balances
SCHEDULES.append(
    (
        SCHEDULE.replace("4,600 - 26,592 25,625", "4,600 - $ 38,550 $ 26,592 $ 25,625"),
        dt.date(2023, 8, 14),
        SCHEDULES[0][2],
    )
)
# variant: one loan's rate is a range ("12.0 - 14.0 %"); a total, no named one, at three dates
SCHEDULES.append(
    (
        "DEBT The following table provides information on the Company's debt agreements: $ in "
        "thousands Balance as of: Note Loan Date Maturity Date Interest Amount Financed "
        "September 30, 2024 June 30, 2024 Equipment Financings: A-C June 2022 June 2025 "
        "12.0 - 14.0 % $ 9,000 $ 2,310 $ 3,905 D August 2022 February 2026 13.5 % 4,400 1,870 "
        "2,240 Bridge Note March 2024 March 2025 10.0 % 6,000 6,000 6,000 10,180 12,145 Less: "
        "Current portion (8,310) (7,905) Long-term debt $ 1,870 $ 4,240",
        dt.date(2024, 11, 12),
        {
            balance("2310000", "2024-09-30"),
            balance("1870000", "2024-09-30"),
            balance("6000000", "2024-09-30"),
            balance("10180000", "2024-09-30"),  # 2,310 + 1,870 + 6,000
        },
    )
)


@pytest.mark.parametrize(("text", "published", "expected"), SCHEDULES)
def test_flattened_loan_schedule(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published, metrics=("debt_total_usd",)) == expected


# --- new debt: a commitment partly funded, a loan obtained "of up to", a note from a chairman

NEW_DEBT: list[tuple[str, dt.date, set[Fact]]] = [
    # variant of the NYDIG paragraph of ab1-gree-2022-q1-10q-debt-table-nydig-funding
    (
        "Master Equipment Financing Agreement On May 9, 2023, Hashline Mining, as guarantor, "
        "together with its wholly-owned subsidiaries HM Collateral LLC and HMT Collateral LLC "
        "(collectively, the “Borrowers”), entered into a Master Equipment Finance Agreement with "
        "Anchor Capital LLC, as lender, whereby Anchor agreed to lend to the Borrowers "
        "approximately $ 42 million under loan schedules that were partially funded for "
        "approximately $18 million in May 2023 and will continue to be funded to finance the "
        "acquisition of certain miners",
        dt.date(2023, 8, 14),
        {issued("18000000", "2023-05")},
    ),
    # variant of ab1-lmfa-2025-09-8k-item-additional-loan-up-to-2m
    (
        'On March 3, 2025, Northfield Digital, Inc. (the "Company") entered into a Second '
        'Amendment to Loan Agreement with Birch Lane Partners LP, as lender (the "Lender"). '
        "Pursuant to the Second Amendment, the Company obtained an additional loan of up to $3.5 "
        'million from the Lender (the "Additional Loan"), which is in addition to the $6.0 '
        "million loan made to the Company under the original loan agreement.",
        dt.date(2025, 3, 6),
        {issued("3500000", "2025-03")},
    ),
    # the review finding: the amount after "note", the lender named after it
    (
        "Sphere Ridge Mining said on Monday it received a promissory note of $25 million from "
        "its chairman, bearing interest at 8% a year and maturing in 2027.",
        dt.date(2024, 5, 6),
        {issued("25000000", "2024-05")},
    ),
    (
        "Kestrel Hash Corp. received a promissory note of $7.5 million from its largest "
        "shareholder in April.",
        dt.date(2024, 5, 2),
        {issued("7500000", "2024-04")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), NEW_DEBT)
def test_new_debt(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published) == expected


# --- repayments that are no flow of a named period ------------------------------------------

NOT_REPAID: list[tuple[str, dt.date]] = [
    # variant of z1-cbit-2022-fy-results-spun-copy: a since-a-quarter cumulative (case 40)
    (
        "Fiscal 2023 Highlights\n- Repaid approximately C$12.4 million of debt since Q2 2023 "
        "through a combination of cash prepayments and settlements for shares.\n",
        dt.date(2024, 4, 29),
    ),
    # variant of y2-clsk-2025-11-convertible-announced-ai: a planned use of proceeds (case 13)
    (
        "Key Details of the Offering:\n- Use of Proceeds:\n- About $300 million will be used to "
        "repurchase common stock.\n- The remaining $400 million will fund growth, including:\n- "
        "Repaying a $120 million Bitcoin-backed credit facility.\n- Building new data centers.\n",
        dt.date(2025, 6, 3),
    ),
]


@pytest.mark.parametrize(("text", "published"), NOT_REPAID)
def test_not_a_repayment_of_the_period(text: str, published: dt.date) -> None:
    assert debt_facts(text, published, metrics=("debt_repaid_usd",)) == set()


# --- near misses: what stays as it was ---------------------------------------------------

NEAR_MISSES: list[tuple[str, dt.date, set[Fact]]] = [
    # a facility's "up to" is its size (decided case 19)
    (
        "Northfield Digital obtained a credit facility of up to $20 million from Birch Lane "
        "Partners.",
        dt.date(2025, 3, 6),
        set(),
    ),
    # a maximum secured is a facility's size (decided case 19), also when called a loan
    (
        "Birchwood Hash secured a loan of up to $300 million from Macquarie to build its HPC "
        "campus.",
        dt.date(2025, 4, 2),
        set(),
    ),
    # a loan sought is no loan taken (decided case 6)
    (
        "Northfield Digital is seeking to obtain a loan of up to $3.5 million from its lender.",
        dt.date(2025, 3, 6),
        set(),
    ),
    # a buyer's note is the sale's price: the company holds it
    (
        "Sphere Ridge Mining received a promissory note of $4 million from the buyer as "
        "consideration for the sale of its hosting business.",
        dt.date(2024, 5, 6),
        set(),
    ),
    # funding still to come
    (
        "Under the agreement, the loan schedules will be funded for approximately $30 million "
        "in June 2025.",
        dt.date(2025, 5, 6),
        set(),
    ),
    # a repayment told in a list with its own verb, under a highlights heading: done
    (
        "Second Quarter Highlights:\n- Repaid $20 million of equipment loans.\n",
        dt.date(2025, 8, 6),
        {repaid("20000000", "2025-Q2")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), NEAR_MISSES)
def test_near_misses(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published) == expected
