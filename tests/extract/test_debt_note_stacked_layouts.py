"""Debt-note tables of 10-Qs and 10-Ks whose cells reached us stacked over lines.

A filing's note table keeps its cells' line breaks when it becomes text (an XBRL viewer "R"
page, a filing index's copy): the column dates break into pieces ("September 30" / "2022" /
"December 31" / "2021", or a row of months and days above a row of years), a loan's name
stands on a line above its rate, maturity and amounts, a label runs straight into its first
amount ("NYDIG loan38,781 67,435"), and the loans' total may be a line of amounts with no
label. The passages are written for these tests in those shapes, after the real pages of
tests/extract/real/holdout (s-corz-2022-q3-sec-10q-r30-notes-table, s2-apld-fy2025-10k-r15-debt-
table, s2-gree-2021-q2-10q-r11-notes-interest) and other filers' notes-payable pages. Expected
values are read off the printed tables by the labelling convention (tests/extract/real/README.md,
decided cases 3 and 28): each named balance and the stated total in the current column, in
the table's scale; never the comparative column, a dash, discounts, a net carrying amount
beside the principal, or the current/long-term portions.
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


def _k(thousands: str, date: str) -> Fact:
    """A balance printed in thousands."""
    return ("debt_total_usd", Decimal(thousands.replace(",", "")) * 1000, date)


# Class 1: the column dates stacked over lines, in the three orders filings print them.
STACKED_HEADERS = [
    pytest.param(
        "NOTES PAYABLE (Tables)\n9 Months Ended\nSep. 30, 2022\nDebt Disclosure [Abstract]\n"
        "Schedule of Notes Payable\n"
        "Notes payable as of September 30, 2022 and December 31, 2021 consist of the following "
        "(in thousands):\n"
        "September 30\n2022\nDecember 31\n2021\n"
        "Kentucky note$657 $1,032 \nGenesis loan— 552 \nNYDIG loan38,781 67,435 \n"
        "Secured Convertible Notes1\n230,931 220,871 \nOther1,866 663 \n"
        "Total272,235 289,603 \n"
        "Unamortized discount and debt issuance costs(3,618)(3,187)\n"
        "Total notes payable, net$268,617 $286,416 \n",
        dt.date(2022, 11, 22),
        {
            _k("657", "2022-09-30"),
            _k("38,781", "2022-09-30"),
            _k("230,931", "2022-09-30"),
            _k("272,235", "2022-09-30"),
        },
        id="month-day-above-its-year-each-column",
    ),
    pytest.param(
        "NOTE 7 – NOTES PAYABLE\n"
        "Notes payable consisted of the following (in thousands):\n"
        "June 30,\nDecember 31,\n2024\n2023\n"
        "Equipment loan – Anchorage$12,400 $15,100 \n"
        "Bank term loan8,250 9,000 \n"
        "Seller note— 2,500 \n"
        "Total notes payable20,650 26,600 \n"
        "Less: current portion(6,100)(7,300)\n"
        "Notes payable, net of current portion$14,550 $19,300 \n",
        dt.date(2024, 8, 9),
        {_k("12,400", "2024-06-30"), _k("8,250", "2024-06-30"), _k("20,650", "2024-06-30")},
        id="row-of-month-days-above-row-of-years",
    ),
    pytest.param(
        "Notes Payable - Schedule of Debt (Details) - USD ($)\n$ in Thousands\n"
        "Sep. 30, 2023\nDec. 31, 2022\n"
        "Mortgage notes$ 53,518 $ 37,109 \n"
        "Private placement notes244,623 237,795 \n"
        "Total notes payable$ 298,141 $ 274,904 \n"
        "Less: current portion of notes payable(1,466)(1,037)\n",
        dt.date(2023, 11, 8),
        {
            _k("53,518", "2023-09-30"),
            _k("244,623", "2023-09-30"),
            _k("298,141", "2023-09-30"),
        },
        id="one-whole-date-a-line",
    ),
    pytest.param(
        # an XBRL details page: the total, then each instrument's balance under its member
        "Notes Payable - Schedule of Debt (Details) - USD ($)\n$ in Thousands\n"
        "Sep. 30, 2024\nDec. 31, 2023\n"
        "Debt Instrument [Line Items]    \nTotal notes payable $ 310,200 $ 280,400\n"
        "Less: current portion of notes payable (1,500) (1,100)\n"
        "Notes payable, net of current portion 308,700 279,300\n"
        "Seller Notes [Member]    \nDebt Instrument [Line Items]    \n"
        "Total notes payable [1] 700 1,400\n"
        "Term Loan [Member]    \nDebt Instrument [Line Items]    \n"
        "Total notes payable [2] 250,000 240,000\n"
        "Mortgage Notes [Member]    \nDebt Instrument [Line Items]    \n"
        "Total notes payable [3] $ 59,500 $ 39,000\n",
        dt.date(2024, 11, 8),
        {
            _k("310,200", "2024-09-30"),
            _k("700", "2024-09-30"),
            _k("250,000", "2024-09-30"),
            _k("59,500", "2024-09-30"),
        },
        id="details-page-members-one-date-a-line",
    ),
    pytest.param(
        "Long-term debt consisted of the following as of (in thousands):\n"
        "March 31, December 31,\n2025 2024\n"
        "Credit facility$45,000 $30,000 \n"
        "Convertible senior notes due 2029172,500 172,500 \n"
        "Total debt217,500 202,500 \n"
        "Unamortized debt issuance costs(4,210)(4,580)\n",
        dt.date(2025, 5, 8),
        {
            _k("45,000", "2025-03-31"),
            _k("172,500", "2025-03-31"),
            _k("217,500", "2025-03-31"),
        },
        id="month-days-on-one-line-years-on-the-next",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), STACKED_HEADERS)
def test_stacked_header_dates(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _debt(text, published) == expected


# Hard negatives: stacked dates that head no balance column.
STACKED_NEGATIVES = [
    pytest.param(
        # one month and day over two years: the same quarter of two years, a flow table
        "Interest paid on the notes was as follows (in thousands):\n"
        "Three Months Ended\nSeptember 30,\n2023\n2022\n"
        "Interest paid on NYDIG loan$1,234 $1,111 \n"
        "Interest paid on Bremer loan410 385 \n",
        dt.date(2023, 11, 9),
        id="one-month-day-over-two-years",
    ),
    pytest.param(
        # stacked dates over a table of what miners cost, not of debt
        "Property and equipment consisted of the following (in thousands):\n"
        "September 30\n2022\nDecember 31\n2021\n"
        "Bitcoin mining machines$401,234 $312,987 \n"
        "Leasehold improvements12,440 9,880 \n"
        "Total property and equipment413,674 322,867 \n",
        dt.date(2022, 11, 22),
        id="stacked-dates-over-equipment",
    ),
]


@pytest.mark.parametrize(("text", "published"), STACKED_NEGATIVES)
def test_stacked_dates_that_head_no_debt(text: str, published: dt.date) -> None:
    assert _debt(text, published) == set()


# Class 2: a label running straight into its first amount.
GLUED_LABELS = [
    pytest.param(
        "Long-term debt consists of the following (in thousands):\n"
        "September 30\n2023\nDecember 31\n2022\n"
        "Term loan$146,000 $146,000 \n"
        "Property, plant and equipment finance agreement97 — \n"
        "Debt issuance costs and debt discount(21,168)(21,095)\n",
        dt.date(2023, 11, 13),
        {_k("146,000", "2023-09-30"), _k("97", "2023-09-30")},
        id="term-loan-dollar-sign-glued",
    ),
    pytest.param(
        "Notes payable consist of the following (in thousands):\n"
        "June 30\n2023\nDecember 31\n2022\n"
        "Coinbase credit line$20,000 $35,000 \n"
        "Galaxy loan— 11,600 \n"
        "Equipment financing agreements(1)\n"
        "7,815 9,024 \n"
        "Total27,815 55,624 \n",
        dt.date(2023, 8, 14),
        {_k("20,000", "2023-06-30"), _k("7,815", "2023-06-30"), _k("27,815", "2023-06-30")},
        id="glued-rows-and-footnoted-name-above-amounts",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), GLUED_LABELS)
def test_label_glued_to_first_amount(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _debt(text, published) == expected


def test_glued_interest_rows_are_no_balances() -> None:
    text = (
        "Interest expense consisted of the following (in thousands):\n"
        "September 30\n2023\nDecember 31\n2022\n"
        "Interest on NYDIG loan1,234 5,110 \n"
        "Amortization of debt discount880 3,200 \n"
    )
    assert _debt(text, dt.date(2023, 11, 9)) == set()


# Class 3: a loan's name on a line of its own above its terms (a rate told in words, a
# maturity of several months) and its amounts.
NAME_ABOVE = [
    pytest.param(
        "Long-term debt consisted of the following components (in thousands):\n"
        "Interest RateMaturity DateMay 31, 2025May 31, 2024\n"
        "Convertible Notes, senior unsecured\n2.75%\nJune 2030\n$450,000 $—\n"
        "SMBC Loan (1)\nSee below\nAugust 2026\n375,000 —\n"
        "Starion Term Loan (4)\n6.50%July 20277,061 10,021\n"
        "Yorkville Convertible Debt\n—%\nApril and June 2025\n— 80,243\n"
        "Less: Current portion of debt(10,331)(45,918)\n",
        dt.date(2025, 7, 30),
        {_k("450,000", "2025-05-31"), _k("375,000", "2025-05-31"), _k("7,061", "2025-05-31")},
        id="rate-in-words-see-below",
    ),
    pytest.param(
        "Debt consisted of the following (in thousands):\n"
        "Interest RateMaturityDecember 31, 2024December 31, 2023\n"
        "Revolving credit facility\nSOFR + 2.25%\nMarch 2027\n$60,000 $25,000\n"
        "Equipment term loan\nVariable\nJanuary and July 2026\n18,400 22,900\n"
        "Total debt78,400 47,900\n",
        dt.date(2025, 2, 27),
        {_k("60,000", "2024-12-31"), _k("18,400", "2024-12-31"), _k("78,400", "2024-12-31")},
        id="floating-rate-and-two-month-maturity",
    ),
    pytest.param(
        "Notes payable consisted of the following (in thousands):\n"
        "RateMaturityMarch 31, 2025December 31, 2024\n"
        "Seller note\nSee Note 9\nDecember 2026\n$4,000 $4,000\n"
        "Bank loan\n7.25%\nJune 2028\n11,250 12,000\n",
        dt.date(2025, 5, 12),
        {_k("4,000", "2025-03-31"), _k("11,250", "2025-03-31")},
        id="rate-pointing-to-a-note",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), NAME_ABOVE)
def test_loan_name_above_its_terms(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _debt(text, published) == expected


def test_a_terms_line_does_not_name_the_loan_below() -> None:
    """Without the loan's name above it, a row whose name line is only terms stays unnamed:
    "See below" names no loan, so its amounts are no balance."""
    text = (
        "Debt consisted of the following (in thousands):\n"
        "Interest RateMaturity DateMay 31, 2025May 31, 2024\n"
        "See below\nAugust 2026\n375,000 —\n"
        "Variable\nMarch 2027\n60,000 25,000\n"
    )
    assert _debt(text, dt.date(2025, 7, 30)) == set()


# Class 4: the loans' total printed with no label.
UNLABELLED_TOTALS = [
    pytest.param(
        "NOTES PAYABLE\nThe following table provides information on the equipment financing "
        "agreements (in thousands):\n"
        "Interest\nRate\nBalance as of:\nNote\nLoan Date\nMaturity Date\n"
        "June 30, 2021\nDecember 31, 2020\n"
        "A\n     December 2020        June 2022        17.0     $ 2,739     $ 4,233\n"
        "B\n     December 2020        June 2022        17.0       261       404\n"
        "C\n     March 2021        November 2022        17.0     2,105       —\n"
        "                                       5,105       4,637\n"
        "Less: Current portion\n     (3,499)     (3,273)\n"
        "                                       $ 1,606     $ 1,364\n",
        dt.date(2021, 8, 16),
        {_k("5,105", "2021-06-30")},
        id="space-aligned-codes-then-total-line",
    ),
    pytest.param(
        "Notes payable consist of the following (in thousands):\n"
        "September 30,\nDecember 31,\n2023\n2022\n"
        "NYDIG loan$38,781 $67,435 \n"
        "Trinity loan24,067 19,641 \n"
        "$62,848 $87,076 \n"
        "Less: current portion(12,000)(20,000)\n"
        "$50,848 $67,076 \n",
        dt.date(2023, 11, 9),
        {_k("38,781", "2023-09-30"), _k("24,067", "2023-09-30"), _k("62,848", "2023-09-30")},
        id="glued-rows-then-dollar-total-line",
    ),
    pytest.param(
        "Debt consisted of the following (in thousands):\n"
        "Interest RateMaturityJune 30, 2024December 31, 2023\n"
        "Term Loan A8.0%March 2026$15,000 $17,500\n"
        "Term Loan B9.5%March 20279,250 9,250\n"
        "Equipment note6.1%May 20251,104 2,210\n"
        "$25,354 $28,960\n",
        dt.date(2024, 8, 8),
        {
            _k("15,000", "2024-06-30"),
            _k("9,250", "2024-06-30"),
            _k("1,104", "2024-06-30"),
            _k("25,354", "2024-06-30"),
        },
        id="glued-terms-then-bare-total-line",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), UNLABELLED_TOTALS)
def test_unlabelled_total_line(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert _debt(text, published) == expected


UNLABELLED_NEGATIVES = [
    pytest.param(
        # the unlabelled line nets a discount: a carrying amount, not the principal (case 28)
        "Long-term debt consists of the following (in thousands):\n"
        "September 30, 2023December 31, 2022\n"
        "Term loan$146,000 $146,000 \n"
        "Debt issuance costs and debt discount(21,168)(21,095)\n"
        "Property, plant and equipment finance agreement97 — \n"
        "124,929 124,905 \n"
        "Less long-term debt due within one year76,461 51,938 \n",
        dt.date(2023, 11, 13),
        {_k("146,000", "2023-09-30"), _k("97", "2023-09-30")},
        id="net-of-discount-line",
    ),
    pytest.param(
        # a line that adds up to nothing printed above it is no total
        "Notes payable consist of the following (in thousands):\n"
        "September 30,\nDecember 31,\n2023\n2022\n"
        "NYDIG loan$38,781 $67,435 \n"
        "Trinity loan24,067 19,641 \n"
        "$70,000 $90,000 \n",
        dt.date(2023, 11, 9),
        {_k("38,781", "2023-09-30"), _k("24,067", "2023-09-30")},
        id="line-that-does-not-add-up",
    ),
    pytest.param(
        # one loan and a line under it: nothing is added up
        "Notes payable consist of the following (in thousands):\n"
        "September 30,\nDecember 31,\n2023\n2022\n"
        "NYDIG loan$38,781 $67,435 \n"
        "Less: current portion(12,000)(20,000)\n"
        "$26,781 $47,435 \n",
        dt.date(2023, 11, 9),
        {_k("38,781", "2023-09-30")},
        id="long-term-part-under-one-loan",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), UNLABELLED_NEGATIVES)
def test_unlabelled_lines_that_are_no_total(
    text: str, published: dt.date, expected: set[Fact]
) -> None:
    assert _debt(text, published) == expected


def test_net_total_lifted_by_fair_value_is_not_a_second_balance() -> None:
    """Decided case 28: the principal total is labelled; the carrying amount, here above it
    by a fair-value adjustment of convertible notes, is not."""
    text = (
        "Notes payable as of September 30, 2022 and December 31, 2021 consist of the following "
        "(in thousands):\n"
        "September 30\n2022\nDecember 31\n2021\n"
        "Stockholder loan$10,000 $10,000 \n"
        "Other Convertible Notes2\n313,381 301,226 \n"
        "Total323,381 311,226 \n"
        "Unamortized discount and debt issuance costs(3,618)(3,187)\n"
        "Fair value adjustment on convertible notes38,519 34,910 \n"
        "Total notes payable, net$358,282 $342,949 \n"
    )
    assert _debt(text, dt.date(2022, 11, 22)) == {
        _k("10,000", "2022-09-30"),
        _k("313,381", "2022-09-30"),
        _k("323,381", "2022-09-30"),
    }
